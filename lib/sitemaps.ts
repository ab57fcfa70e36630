import type { Article } from 'contentlayer/generated';
import { getAllArticles, getArticles, getArticlesByAuthor, getArticlesBySection, getArticlesByTag, getAuthors, getSections, getTags } from './articles';
import { now } from './clock';
import { getIssues } from './magazine';
import { isoWithOffset } from './dates';
import { listingPageRefs, numberedPageUrl, pageFromOldest, pageUrl, totalPages } from './pagination';
import { absoluteUrl, modifiedAt } from './seo';
import { EDITIONS, editionPath, editions, site, type Edition } from './site';

// What search engines are told exists. Every public page is in the sitemap; the
// news sitemap holds the articles of the last two days, as Google News asks.

export type SitemapEntry = { url: string; lastModified?: string };

const latest = (articles: readonly Article[]) => articles.map(modifiedAt).sort().at(-1);

/** A listing's front and numbered pages, each dated by the latest change among its own articles. */
function paged(base: string, articles: readonly Article[], pageSize: number): SitemapEntry[] {
  return listingPageRefs(articles.length, pageSize).map((ref) => ({
    url: absoluteUrl(ref === 'front' ? base : numberedPageUrl(base, ref)),
    lastModified: latest(pageFromOldest(articles, ref, pageSize, base)?.items ?? []),
  }));
}

function editionEntries(edition: Edition): SitemapEntry[] {
  const articles = getArticles(edition);
  const all = latest(articles);
  const tags = getTags(edition);
  const at = (p: string) => absoluteUrl(editionPath(edition, p));
  return [
    { url: at('/'), lastModified: all },
    ...articles.map((a) => ({ url: absoluteUrl(a.url), lastModified: modifiedAt(a) })),
    ...getSections(edition).flatMap((s) => paged(s.url, getArticlesBySection(edition, s.slug), site.pageSize)),
    ...tags.flatMap((t) => paged(t.url, getArticlesByTag(edition, t.slug), site.pageSize)),
    ...getAuthors(edition).flatMap((a) => paged(a.url, getArticlesByAuthor(edition, a.slug), site.pageSize)),
    ...Array.from({ length: totalPages(tags.length, site.tagsPageSize) }, (_, i) => ({ url: at(pageUrl('/tags', i + 1)), lastModified: all })),
    { url: at('/authors'), lastModified: all },
    { url: at('/archive'), lastModified: all },
    ...magazineEntries(edition),
  ];
}

function magazineEntries(edition: Edition): SitemapEntry[] {
  const issues = getIssues(edition);
  if (!issues.length) return [];
  return [{ url: absoluteUrl(editionPath(edition, '/magazine')), lastModified: issues[0]!.publishedAt }, ...issues.map((i) => ({ url: absoluteUrl(i.url), lastModified: i.publishedAt }))];
}

export function sitemapEntries(): SitemapEntry[] {
  return [...EDITIONS.flatMap(editionEntries), { url: absoluteUrl('/about') }].map((e) => (e.lastModified ? { ...e, lastModified: isoWithOffset(e.lastModified, site.timeZone) } : e));
}

const escapeXml = (s: string) =>
  s.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);

export const NEWS_WINDOW_MS = 2 * 24 * 60 * 60 * 1000;
export const NEWS_MAX = 1000;

/** Google News sitemap: articles first published in the last two days (at most 1,000). */
export function newsSitemapXml(articles: readonly Article[] = getAllArticles(), at: Date = now()): string {
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
        <news:name>${escapeXml(editions[a.lang].name)}</news:name>
        <news:language>${escapeXml(editions[a.lang].language)}</news:language>
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
