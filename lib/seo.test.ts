import { describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import type { Article, Section } from 'contentlayer/generated';
import { articleJsonLd, breadcrumbJsonLd, modifiedAt, newsArticleType, serializeJsonLd } from './seo';
import { newsSitemapXml } from './sitemaps';

describe('serializeJsonLd', () => {
  it('cannot close its <script> element, whatever the strings hold', () => {
    const evil = { headline: '</script><script>alert(1)</script> & <!-- \u2028' };
    const json = serializeJsonLd(evil);
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual(evil);
  });
});

describe('structured data helpers', () => {
  it('maps each format to its schema.org type', () => {
    expect(newsArticleType('analysis')).toBe('AnalysisNewsArticle');
    expect(newsArticleType('opinion')).toBe('OpinionNewsArticle');
    expect(newsArticleType('explainer')).toBe('BackgroundNewsArticle');
    expect(newsArticleType('interview')).toBe('NewsArticle');
  });
  it('dateModified is the latest of publication, update and corrections', () => {
    const base = { publishedAt: '2026-01-07T21:00:00.000Z', updatedAt: undefined, corrections: [] } as unknown as Article;
    expect(modifiedAt(base)).toBe('2026-01-07T21:00:00.000Z');
    expect(modifiedAt({ ...base, updatedAt: '2026-01-09T11:20:00.000Z' } as Article)).toBe('2026-01-09T11:20:00.000Z');
    // A correction dated 12 January (midnight in Riyadh) is later than the update.
    expect(
      modifiedAt({ ...base, updatedAt: '2026-01-09T11:20:00.000Z', corrections: [{ date: '2026-01-12', text: 'x' }] } as unknown as Article),
    ).toBe('2026-01-11T21:00:00.000Z');
  });
});

describe('news sitemap', () => {
  const article = (slug: string, publishedAt: string, title = slug) => ({ slug, url: `/articles/${slug}`, title, publishedAt, lang: 'en' }) as Article;
  const at = new Date('2026-11-26T12:00:00Z');
  const parse = (xml: string) => new XMLParser({ ignoreAttributes: false }).parse(xml) as { urlset: { url?: unknown } };

  it('lists only articles of the last two days, with publication, date and title', () => {
    const xml = newsSitemapXml(
      [
        article('fresh', '2026-11-26T08:00:00.000Z', 'Oil & <gas>'),
        article('yesterday', '2026-11-25T09:00:00.000Z'),
        article('old', '2026-11-23T09:00:00.000Z'),
        article('future', '2026-11-27T09:00:00.000Z'),
      ],
      at,
    );
    const doc = parse(xml);
    const urls = ([] as Record<string, unknown>[]).concat(doc.urlset.url as Record<string, unknown>[]);
    expect(urls.map((u) => u.loc)).toEqual(['https://standfirst.example/articles/fresh', 'https://standfirst.example/articles/yesterday']);
    const news = urls[0]!['news:news'] as Record<string, Record<string, string>>;
    expect(news['news:publication']).toEqual({ 'news:name': 'Standfirst', 'news:language': 'en' });
    expect(news['news:publication_date']).toBe('2026-11-26T11:00:00+03:00');
    expect(news['news:title']).toBe('Oil & <gas>');
    expect(xml).toContain('Oil &amp; &lt;gas&gt;');
  });

  it('declares each article in its own edition language', () => {
    const arabic = { ...article('ar-fresh', '2026-11-26T08:00:00.000Z', 'عنوان'), url: '/ar/articles/ar-fresh', lang: 'ar' } as Article;
    const doc = parse(newsSitemapXml([arabic, article('fresh', '2026-11-26T07:00:00.000Z')], at));
    const urls = ([] as Record<string, unknown>[]).concat(doc.urlset.url as Record<string, unknown>[]);
    const langs = urls.map((u) => [u.loc, (u['news:news'] as Record<string, Record<string, string>>)['news:publication']!['news:language']]);
    expect(langs).toEqual([
      ['https://standfirst.example/ar/articles/ar-fresh', 'ar'],
      ['https://standfirst.example/articles/fresh', 'en'],
    ]);
  });

  it('is a valid, empty urlset when nothing is recent', () => {
    const doc = parse(newsSitemapXml([article('old', '2026-01-01T00:00:00.000Z')], at));
    expect(doc.urlset).toBeDefined();
    expect(doc.urlset.url).toBeUndefined();
  });
});

describe('VideoObject', () => {
  const article = (raw: string) =>
    ({
      slug: 'a', url: '/articles/a', title: 'T', dek: 'D', format: 'analysis', lang: 'en', tags: [], corrections: [], section: 's',
      publishedAt: '2026-01-07T21:00:00.000Z', wordCount: 10, body: { raw },
    }) as unknown as Article;

  it('describes each <Video> of the body, a file by its address, a YouTube video by its page', () => {
    const body = [
      '<Video title="Clip" poster="/p.jpg" caption="What it shows." credit="K" src="/media/a/clip.mp4" />',
      '<Video title="On YouTube" poster="/q.jpg" caption="C" credit="K" youtube="aBcD3fGh1jK" />',
    ].join('\n\n');
    const videos = (articleJsonLd(article(body), [], undefined) as { video?: Record<string, string>[] }).video!;
    expect(videos).toHaveLength(2);
    expect(videos[0]).toMatchObject({ '@type': 'VideoObject', name: 'Clip', description: 'What it shows.', contentUrl: expect.stringMatching(/\/media\/a\/clip\.mp4$/), thumbnailUrl: expect.stringMatching(/\/p\.jpg$/), uploadDate: '2026-01-08T00:00:00+03:00' });
    expect(videos[1]).toMatchObject({ url: 'https://www.youtube.com/watch?v=aBcD3fGh1jK', embedUrl: 'https://www.youtube.com/embed/aBcD3fGh1jK' });
  });

  it('adds no video key to an article without one', () => {
    expect('video' in articleJsonLd(article('Just text.'), [], undefined)).toBe(false);
  });

  it('names the page by url only (no mainEntityOfPage repeating it)', () => {
    const data = articleJsonLd(article('Just text.'), [], undefined) as unknown as Record<string, unknown>;
    expect(data.url).toMatch(/\/articles\/a$/);
    expect('mainEntityOfPage' in data).toBe(false);
  });

  it('breadcrumbs link every level but the page itself', () => {
    const crumbs = breadcrumbJsonLd(article('Just text.'), { title: 'Gulf', url: '/sections/gulf' } as Section) as unknown as { itemListElement: Record<string, unknown>[] };
    expect(crumbs.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: expect.any(String), item: expect.stringMatching(/\/$/) },
      { '@type': 'ListItem', position: 2, name: 'Gulf', item: expect.stringMatching(/\/sections\/gulf$/) },
      { '@type': 'ListItem', position: 3, name: 'T' },
    ]);
  });
});
