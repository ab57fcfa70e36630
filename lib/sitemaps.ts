import type { Article } from 'contentlayer/generated';
import { getArticles, getArticlesByAuthor, getArticlesBySection, getArticlesByTag, getAuthors, getSections, getTags } from './articles';
import { now } from './clock';
import { isoWithOffset } from './dates';
import { pageUrl, totalPages } from './pagination';
import { absoluteUrl, modifiedAt } from './seo';
import { site } from './site';

// What search engines are told exists. Every public page is in the sitemap; the
// news sitemap holds the articles of the last two days, as Google News asks.

export type SitemapEntry = { url: string; lastModified?: string };

const latest = (articles: readonly Article[]) => articles.map(modifiedAt).sort().at(-1);

function paged(base: string, articles: readonly Article[], pageSize: number): SitemapEntry[] {
  const lastModified = latest(articles);
  return Array.from({ length: totalPages(articles.length, pageSize) }, (_, i) => ({
    url: absoluteUrl(pageUrl(base, i + 1)),
    lastModified,
  }));
}

export function sitemapEntries(): SitemapEntry[] {
  const articles = getArticles();
  const all = latest(articles);
  const tags = getTags();
  return [
    { url: absoluteUrl('/'), lastModified: all },
    ...articles.map((a) => ({ url: absoluteUrl(a.url), lastModified: modifiedAt(a) })),
    ...getSections().flatMap((s) => paged(s.url, getArticlesBySection(s.slug), site.pageSize)),
    ...tags.flatMap((t) => paged(t.url, getArticlesByTag(t.slug), site.pageSize)),
    ...getAuthors().flatMap((a) => paged(a.url, getArticlesByAuthor(a.slug), site.pageSize)),
    ...Array.from({ length: totalPages(tags.length, site.tagsPageSize) }, (_, i) => ({ url: absoluteUrl(pageUrl('/tags', i + 1)), lastModified: all })),
    { url: absoluteUrl('/authors'), lastModified: all },
    { url: absoluteUrl('/archive'), lastModified: all },
    { url: absoluteUrl('/about') },
  ].map((e) => (e.lastModified ? { ...e, lastModified: isoWithOffset(e.lastModified, site.timeZone) } : e));
}

const escapeXml = (s: string) =>
  s.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);

export const NEWS_WINDOW_MS = 2 * 24 * 60 * 60 * 1000;
export const NEWS_MAX = 1000;

/** Google News sitemap: articles first published in the last two days (at most 1,000). */
export function newsSitemapXml(articles: readonly Article[] = getArticles(), at: Date = now()): string {
  const since = at.getTime() - NEWS_WINDOW_MS;
  const recent = articles
    .filter((a) => {
      const t = new Date(a.publishedAt).getTime();
      return t >= since && t <= at.getTime();
    })
    .slice(0, NEWS_MAX);
  const urls = recent.map(
    (a) => `  <url>
    <loc>${escapeXml(absoluteUrl(a.url))}</loc>
    <news:news>
      <news:publication>
        <news:name>${escapeXml(site.name)}</news:name>
        <news:language>${escapeXml(site.language)}</news:language>
      </news:publication>
      <news:publication_date>${isoWithOffset(a.publishedAt, site.timeZone)}</news:publication_date>
      <news:title>${escapeXml(a.title)}</news:title>
    </news:news>
  </url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
${urls.join('\n')}
</urlset>
`;
}
