import { allArticles, allAuthors, allSections, type Article, type Author, type Section } from 'contentlayer/generated';
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { buildRelatedEngine, type RelatedEngine } from './related';
import { isPublished } from './publication';
import { site } from './site';
import { slugify } from './slug';

// Every content query lives here; pages never filter allArticles themselves.

/** Drafts and scheduled articles show in `next dev` (with a banner) and never in a production build. */
export const showDrafts = process.env.NODE_ENV !== 'production';

export function isPublic(article: Article): boolean {
  return showDrafts || isPublished(article);
}

const newestFirst = (a: Article, b: Article) => b.publishedAt.localeCompare(a.publishedAt) || a.slug.localeCompare(b.slug);

let cache: Article[] | undefined;
/** Published articles, newest first. */
export function getArticles(): Article[] {
  cache ??= allArticles.filter(isPublic).sort(newestFirst);
  return cache;
}

let bySlug: Map<string, Article> | undefined;
export function getArticle(slug: string): Article | undefined {
  bySlug ??= new Map(getArticles().map((a) => [a.slug, a]));
  return bySlug.get(slug);
}

export function getArticlesBySection(section: string): Article[] {
  return getArticles().filter((a) => a.section === section);
}

export function getArticlesByAuthor(author: string): Article[] {
  return getArticles().filter((a) => a.authors.includes(author));
}

let relatedEngine: RelatedEngine | undefined;
/** Editor picks first, then the most similar published articles by content (lib/related.ts). */
export function getRelatedArticles(article: Article, count = site.relatedCount): Article[] {
  relatedEngine ??= buildRelatedEngine(
    getArticles().map((a) => ({
      slug: a.slug,
      title: a.title,
      dek: a.dek,
      tags: a.tags,
      section: a.section,
      publishedAt: a.publishedAt,
      related: a.related,
      text: a.body.raw,
    })),
    { count: site.relatedCount },
  );
  return relatedEngine
    .relatedTo(article.slug, count)
    .map((slug) => getArticle(slug))
    .filter((a): a is Article => a !== undefined);
}

// ---------- front page ----------

export type FrontPage = {
  lead: Article;
  secondTier: Article[];
  sections: { section: Section; articles: Article[] }[];
  latest: Article[];
};

/**
 * The lead is the newest `featured: true` article, else the newest one. The second
 * tier and the section blocks do not repeat the lead or each other; "Latest" is
 * the plain newest-first list.
 */
export function getFrontPage(): FrontPage | undefined {
  const articles = getArticles();
  const lead = articles.find((a) => a.featured) ?? articles[0];
  if (!lead) return undefined;
  const shown = new Set([lead.slug]);
  const secondTier = articles.filter((a) => !shown.has(a.slug)).slice(0, site.frontSecondTier);
  for (const a of secondTier) shown.add(a.slug);
  const sections = getSections()
    .map((section) => ({
      section,
      articles: articles.filter((a) => a.section === section.slug && !shown.has(a.slug)).slice(0, site.frontSectionCount),
    }))
    .filter((block) => block.articles.length > 0);
  return { lead, secondTier, sections, latest: articles.slice(0, site.frontLatestCount) };
}

// ---------- sections and authors ----------

export function getSections(): Section[] {
  return [...allSections].sort(
    (a, b) => (a.order ?? Number.MAX_SAFE_INTEGER) - (b.order ?? Number.MAX_SAFE_INTEGER) || a.title.localeCompare(b.title),
  );
}

export function getSection(slug: string): Section | undefined {
  return allSections.find((s) => s.slug === slug);
}

export function getAuthors(): Author[] {
  return [...allAuthors].sort((a, b) => a.name.localeCompare(b.name));
}

export function getAuthor(slug: string): Author | undefined {
  return allAuthors.find((a) => a.slug === slug);
}

/** Authors of an article in byline order. The content check guarantees they exist. */
export function getArticleAuthors(article: Article): Author[] {
  return article.authors.map((slug) => getAuthor(slug)).filter((a): a is Author => a !== undefined);
}

// ---------- tags ----------

export type Tag = { slug: string; name: string; url: string; count: number };

let tagCache: Map<string, { tag: Tag; articles: Article[] }> | undefined;
function tagIndex() {
  if (tagCache) return tagCache;
  const index = new Map<string, { names: Map<string, number>; articles: Article[] }>();
  for (const a of getArticles()) {
    const seen = new Set<string>();
    for (const name of a.tags) {
      const slug = slugify(name);
      if (!slug || seen.has(slug)) continue;
      seen.add(slug);
      const entry = index.get(slug) ?? { names: new Map<string, number>(), articles: [] as Article[] };
      entry.names.set(name, (entry.names.get(name) ?? 0) + 1);
      entry.articles.push(a);
      index.set(slug, entry);
    }
  }
  tagCache = new Map(
    [...index].map(([slug, { names, articles }]) => {
      // "Oil" and "oil" share a page; it is titled with the spelling editors use most.
      const name = [...names].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0]![0];
      return [slug, { tag: { slug, name, url: `/tags/${slug}`, count: articles.length }, articles }];
    }),
  );
  return tagCache;
}

/** All tags of published articles, alphabetical. */
export function getTags(): Tag[] {
  return [...tagIndex().values()].map((e) => e.tag).sort((a, b) => a.name.localeCompare(b.name, site.locale));
}

export function getTag(slug: string): Tag | undefined {
  return tagIndex().get(slug)?.tag;
}

export function getArticlesByTag(slug: string): Article[] {
  return tagIndex().get(slug)?.articles ?? [];
}

/** The tags of one article, as links. */
export function getArticleTags(article: Article): Tag[] {
  return [...new Set(article.tags.map(slugify))].map((slug) => getTag(slug)).filter((t): t is Tag => t !== undefined);
}

// ---------- archive ----------

export type ArchiveMonth = { key: string; label: string; articles: Article[] };

/** Articles grouped by month of publication in the publication's time zone, newest first. */
export function getArchive(): ArchiveMonth[] {
  const months: ArchiveMonth[] = [];
  for (const a of getArticles()) {
    const zoned = new TZDate(new Date(a.publishedAt).getTime(), site.timeZone);
    const key = format(zoned, 'yyyy-MM');
    let month = months[months.length - 1];
    if (!month || month.key !== key) {
      month = { key, label: format(zoned, 'MMMM yyyy'), articles: [] };
      months.push(month);
    }
    month.articles.push(a);
  }
  return months;
}

// ---------- labels ----------

export type Format = Article['format'];

export function formatLabel(format: Format): string {
  switch (format) {
    case 'analysis':
      return 'Analysis';
    case 'explainer':
      return 'Explainer';
    case 'opinion':
      return 'Opinion';
    case 'interview':
      return 'Interview';
    default: {
      const never: never = format;
      return never;
    }
  }
}

/** What the search page offers to filter by: the sections and formats that have articles, in navigation and alphabetical order. */
export function getSearchFilters(): { sections: Section[]; formats: { value: Format; label: string }[] } {
  const articles = getArticles();
  const sections = getSections().filter((s) => articles.some((a) => a.section === s.slug));
  const formats = [...new Set(articles.map((a) => a.format))].sort().map((value) => ({ value, label: formatLabel(value) }));
  return { sections, formats };
}
