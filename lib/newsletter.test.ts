import { describe, expect, it } from 'vitest';
import { digestLink, newsletterPaths, newsletterText, weekArticles } from './newsletter';

const at = new Date('2026-11-21T12:00:00Z');
const article = (slug: string, publishedAt: string, over: Partial<{ lang: string; draft: boolean }> = {}) => ({
  title: `Title ${slug}`,
  dek: `Dek ${slug}`,
  url: `/articles/${slug}`,
  lang: 'en',
  draft: false,
  publishedAt,
  section: 'economy',
  image: { src: `/images/${slug}.jpg` },
  ...over,
});

describe('the newsletter’s articles', () => {
  const articles = [
    article('old', '2026-11-10T06:00:00Z'),
    article('monday', '2026-11-16T06:00:00Z'),
    article('friday', '2026-11-20T06:00:00Z'),
    article('draft', '2026-11-19T06:00:00Z', { draft: true }),
    article('tomorrow', '2026-11-22T06:00:00Z'),
    article('arabic', '2026-11-19T06:00:00Z', { lang: 'ar' }),
  ];

  it('are the edition’s published articles of the last seven days, newest first', () => {
    expect(weekArticles(articles, 'en', at)).toEqual({ articles: [articles[2], articles[1]], quietWeek: false });
    expect(weekArticles(articles, 'ar', at).articles.map((a) => a.url)).toEqual(['/articles/arabic']);
  });

  it('are the newest few in a week without any', () => {
    const quiet = weekArticles(articles, 'en', new Date('2026-12-10T12:00:00Z'));
    expect(quiet.quietWeek).toBe(true);
    expect(quiet.articles.map((a) => a.url)).toEqual(['/articles/tomorrow', '/articles/friday', '/articles/monday']);
  });
});

describe('newsletter links and files', () => {
  it('links absolutely, with no tracking parameters unless the settings give some', () => {
    expect(digestLink('/articles/x')).toBe('https://standfirst.example/articles/x');
    expect(digestLink('/articles/x', { utm_medium: 'email' })).toBe('https://standfirst.example/articles/x?utm_medium=email');
  });

  it('go under each edition’s prefix, dated by the newsroom’s day', () => {
    // 22:30 UTC is already the next day in Riyadh.
    expect(newsletterPaths('ar', new Date('2026-11-21T22:30:00Z'))).toEqual({ dir: '/ar/newsletter', dated: '2026-11-22' });
    expect(newsletterPaths('en', at).dir).toBe('/newsletter');
  });

  it('has a plain-text twin with every headline, link and the issue', () => {
    const text = newsletterText({
      edition: 'en',
      dateLabel: '21 November 2026',
      subject: 'The week',
      quietWeek: false,
      articles: [{ title: 'A headline', dek: 'A dek', url: 'https://standfirst.example/articles/a' }],
      issue: { title: 'Cover line', description: 'Theme', url: 'https://standfirst.example/magazine/2026-11', label: 'November 2026' },
      onlineUrl: 'https://standfirst.example/newsletter/2026-11-21.html',
      homeUrl: 'https://standfirst.example/',
    });
    expect(text).toContain('A headline\nA dek\nhttps://standfirst.example/articles/a');
    expect(text).toContain('== Latest issue: November 2026 ==');
    expect(text).toContain('https://standfirst.example/magazine/2026-11');
    expect(text).not.toMatch(/<[a-z]/);
  });
});
