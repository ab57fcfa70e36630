import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import Parser from 'rss-parser';
import { EDITION_HEAD, newestFirst, publishedArticles, type GeneratedArticle } from './helpers';

const SITE = 'https://standfirst.example';
const OFFSET_ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+03:00$/;

/** An absolute URL of the site must be a file in out/ (the static host serves nothing else). */
function fileFor(url: string): string | undefined {
  expect(url.startsWith(`${SITE}/`), url).toBe(true);
  const p = decodeURIComponent(new URL(url).pathname);
  for (const candidate of [p, `${p}.html`, path.join(p, 'index.html')]) {
    const f = path.join('out', candidate);
    if (existsSync(f) && statSync(f).isFile()) return f;
  }
  return undefined;
}

async function head(page: Page) {
  return page.evaluate(() => {
    const meta: Record<string, string[]> = {};
    for (const m of Array.from(document.querySelectorAll('head meta[property], head meta[name]'))) {
      const key = m.getAttribute('property') ?? m.getAttribute('name')!;
      (meta[key] ??= []).push(m.getAttribute('content') ?? '');
    }
    return {
      title: document.title,
      canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
      meta,
      jsonld: Array.from(document.querySelectorAll('script[type="application/ld+json"]')).map((s) => JSON.parse(s.textContent!)),
      alternates: Array.from(document.querySelectorAll('link[rel="alternate"]')).map((l) => ({ type: l.getAttribute('type'), href: l.getAttribute('href') })),
    };
  });
}

const correctionInstants = (a: GeneratedArticle) => a.corrections.map((c) => new Date(/T/.test(c.date) ? c.date : `${c.date}T00:00:00+03:00`).toISOString());

test('every article: complete metadata and NewsArticle + BreadcrumbList JSON-LD', async ({ page }) => {
  test.setTimeout(120_000);
  for (const a of publishedArticles()) {
    await page.goto(a.url);
    const h = await head(page);
    // As a URL writes it: a slug in Arabic letters is percent-encoded.
    const url = new URL(a.url, SITE).href;
    const ed = EDITION_HEAD[a.lang];
    expect(h.title).toBe(`${a.title} | ${ed.name}`);
    expect(h.canonical).toBe(url);
    expect(h.meta.description).toEqual([a.dek]);
    expect(h.meta.robots?.[0]).toMatch(/max-image-preview:large/);
    expect(h.meta['og:type']).toEqual(['article']);
    expect(h.meta['og:title']).toEqual([a.title]);
    expect(h.meta['og:description']).toEqual([a.dek]);
    expect(h.meta['og:url']).toEqual([url]);
    expect(h.meta['og:site_name']).toEqual([ed.name]);
    expect(h.meta['og:locale']).toEqual([ed.ogLocale]);
    expect(h.meta['og:image:width']).toEqual(['1200']);
    expect(h.meta['og:image:height']).toEqual(['630']);
    expect(h.meta['og:image:alt']?.[0]).toBeTruthy();
    expect(h.meta['article:published_time']?.[0]).toMatch(OFFSET_ISO);
    expect(h.meta['article:modified_time']?.[0]).toMatch(OFFSET_ISO);
    expect(h.meta['article:author']).toEqual(a.authors.map((s) => `${SITE}${ed.prefix}/authors/${s}`));
    expect(h.meta['article:section']?.length).toBe(1);
    // Tags are in the JSON-LD keywords (checked below) and the rel=tag links, not repeated as article:tag.
    expect(h.meta['article:tag']).toBeUndefined();
    expect(h.meta['twitter:card']).toEqual(['summary_large_image']);
    // X falls back to the og: tags: none of them is repeated as twitter:*.
    for (const k of ['title', 'description', 'image', 'image:alt', 'image:width', 'image:height']) expect(h.meta[`twitter:${k}`], k).toBeUndefined();
    for (const img of [...(h.meta['og:image'] ?? []), ...(h.meta['twitter:image'] ?? [])]) expect(fileFor(img), img).toBeDefined();

    const news = h.jsonld.find((j) => /NewsArticle$/.test(j['@type']));
    expect(news, a.url).toBeDefined();
    expect(news['@context']).toBe('https://schema.org');
    expect(news['@type']).toBe({ analysis: 'AnalysisNewsArticle', opinion: 'OpinionNewsArticle', explainer: 'BackgroundNewsArticle', interview: 'NewsArticle' }[a.format]);
    expect(news.headline).toBe(a.title);
    expect(news.description).toBe(a.dek);
    expect(news.datePublished).toMatch(OFFSET_ISO);
    expect(new Date(news.datePublished).toISOString()).toBe(a.publishedAt);
    // dateModified = the latest of publication, update and corrections.
    const latest = [a.publishedAt, ...(a.updatedAt ? [a.updatedAt] : []), ...correctionInstants(a)].sort().at(-1)!;
    expect(news.dateModified).toMatch(OFFSET_ISO);
    expect(new Date(news.dateModified).toISOString()).toBe(latest);
    expect(news.author).toEqual(
      a.authors.map((s) => expect.objectContaining({ '@type': 'Person', name: expect.any(String), url: `${SITE}${ed.prefix}/authors/${s}` })),
    );
    expect(news.publisher).toMatchObject({ '@type': 'Organization', name: 'Standfirst', logo: { '@type': 'ImageObject' } });
    expect(fileFor(news.publisher.logo.url)).toBeDefined();
    // url, not mainEntityOfPage (which only repeated it; optional in Google's Article documentation).
    expect(news.url).toBe(url);
    expect(news.mainEntityOfPage).toBeUndefined();
    expect(news.articleSection).toBeTruthy();
    expect(news.keywords).toBe(a.tags.join(', '));
    expect(news.inLanguage).toBe(ed.language);
    expect(news.image).toHaveLength(3);
    for (const img of news.image) expect(fileFor(img), img).toBeDefined();

    const crumbs = h.jsonld.find((j) => j['@type'] === 'BreadcrumbList');
    expect(crumbs.itemListElement.map((i: { position: number }) => i.position)).toEqual([1, 2, 3]);
    expect(crumbs.itemListElement[0].item).toBe(ed.prefix ? `${SITE}${ed.prefix}` : `${SITE}/`);
    expect(crumbs.itemListElement[1].item).toBe(`${SITE}${ed.prefix}/sections/${a.section}`);
    // The current page's crumb has no `item` (not required for the last ListItem; it repeated the URL).
    expect(crumbs.itemListElement[2]).toEqual({ '@type': 'ListItem', position: 3, name: a.title });
  }
});

test('the crops in JSON-LD have the ratios they claim, and the social card (og:image) is 1200×630', async ({ page }) => {
  const a = publishedArticles()[0]!;
  await page.goto(a.url);
  const h = await head(page);
  const news = h.jsonld.find((j) => /NewsArticle$/.test(j['@type']));
  const sizes = await page.evaluate(async (urls: string[]) => {
    return Promise.all(
      urls.map(
        (u) =>
          new Promise<[number, number]>((resolve) => {
            const img = new Image();
            img.onload = () => resolve([img.naturalWidth, img.naturalHeight]);
            img.onerror = () => resolve([0, 0]);
            img.src = new URL(u).pathname;
          }),
      ),
    );
  }, [...news.image.slice(0, 3), h.meta['og:image']![0]!]);
  expect(sizes.map(([w, h]) => Math.round((w / h) * 100) / 100)).toEqual([1.78, 1.33, 1, 1.9]);
  expect(sizes[3]).toEqual([1200, 630]);
});

test('every page has a unique title, a description and an absolute canonical URL', async ({ page }) => {
  const sitemap = new XMLParser().parse(readFileSync('out/sitemap.xml', 'utf8')) as { urlset: { url: { loc: string }[] } };
  const titles = new Map<string, string>();
  for (const { loc } of sitemap.urlset.url) {
    await page.goto(new URL(loc).pathname);
    const h = await head(page);
    // URL-equal: Next writes the home page as https://host, the sitemap as https://host/.
    expect(new URL(h.canonical!).href, loc).toBe(new URL(loc).href);
    expect(h.meta.description?.[0], loc).toBeTruthy();
    expect(titles.has(h.title), `${loc} repeats the title of ${titles.get(h.title)}`).toBe(false);
    titles.set(h.title, loc);
    expect(h.meta['og:image']?.length, loc).toBe(1);
    expect(fileFor(h.meta['og:image']![0]!), loc).toBeDefined();
  }
});

test('sitemap: every public page, articles with lastmod = dateModified, all URLs absolute and served', async ({ request }) => {
  const doc = new XMLParser({ ignoreAttributes: false }).parse(readFileSync('out/sitemap.xml', 'utf8')) as {
    urlset: { '@_xmlns': string; url: { loc: string; lastmod?: string }[] };
  };
  expect(doc.urlset['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
  const urls = doc.urlset.url;
  expect(urls.length).toBeLessThanOrEqual(50_000);
  const locs = urls.map((u) => u.loc);
  expect(new Set(locs).size).toBe(locs.length);
  for (const a of publishedArticles()) {
    const entry = urls.find((u) => u.loc === new URL(a.url, SITE).href);
    expect(entry, a.url).toBeDefined();
    const latest = [a.publishedAt, ...(a.updatedAt ? [a.updatedAt] : []), ...correctionInstants(a)].sort().at(-1)!;
    expect(entry!.lastmod).toMatch(OFFSET_ISO);
    expect(new Date(entry!.lastmod!).toISOString()).toBe(latest);
  }
  for (const must of ['/', '/archive', '/tags', '/authors']) expect(locs).toContain(`${SITE}${must}`);
  expect(locs.some((l) => l.includes('/search'))).toBe(false);
  for (const loc of locs) expect((await request.get(new URL(loc).pathname)).status(), loc).toBe(200);
});

test('news sitemap and robots.txt', async ({ request }) => {
  const xml = readFileSync('out/news-sitemap.xml', 'utf8');
  const doc = new XMLParser({ ignoreAttributes: false }).parse(xml) as { urlset: Record<string, unknown> };
  expect(doc.urlset['@_xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9');
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/^Sitemap: https:\/\/standfirst\.example\/sitemap\.xml$/m);
  expect(robots).toMatch(/^Sitemap: https:\/\/standfirst\.example\/news-sitemap\.xml$/m);
});

test('feeds: RSS and Atom for the site and each section, parsed by a feed reader, discoverable', async ({ page }) => {
  const parser = new Parser({ customFields: { item: ['enclosure', 'category'] } });
  // The English edition's feeds (tests/e2e/arabic.spec.ts covers /ar/…).
  const articles = newestFirst(publishedArticles('en'));
  const scopes = [
    { page: '/', rss: '/feed.xml', atom: '/atom.xml', items: articles },
    ...[...new Set(articles.map((a) => a.section))].map((s) => ({
      page: `/sections/${s}`,
      rss: `/sections/${s}/feed.xml`,
      atom: `/sections/${s}/atom.xml`,
      items: articles.filter((a) => a.section === s),
    })),
  ];
  for (const scope of scopes) {
    await page.goto(scope.page);
    const alternates = (await head(page)).alternates;
    expect(alternates).toContainEqual({ type: 'application/rss+xml', href: `${SITE}${scope.rss}` });
    expect(alternates).toContainEqual({ type: 'application/atom+xml', href: `${SITE}${scope.atom}` });
    for (const url of [scope.rss, scope.atom]) {
      const res = await page.request.get(url);
      expect(res.status(), url).toBe(200);
      const feed = await parser.parseString(await res.text());
      const expected = scope.items.slice(0, 50);
      expect(feed.items.map((i) => i.link), url).toEqual(expected.map((a) => `${SITE}${a.url}`));
      for (const [i, item] of feed.items.entries()) {
        const a = expected[i]!;
        expect(item.title).toBe(a.title);
        expect(item.contentSnippet ?? item.summary ?? item.content).toContain(a.dek.slice(0, 40));
        expect(new Date(item.isoDate!).getTime()).toBeGreaterThan(0);
        if (url.endsWith('feed.xml')) {
          const enclosure = item.enclosure as { url: string; type: string; length: string };
          expect(enclosure.url).toBe(`${SITE}${a.image.src}`);
          expect(enclosure.type).toBe('image/jpeg');
          expect(Number(enclosure.length)).toBe(statSync(path.join('out', a.image.src)).size);
        }
      }
    }
  }
});
