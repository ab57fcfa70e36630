import { allArticles, allAuthors, allSections, type Article, type Author, type Section } from 'contentlayer/generated';
import { formatIn, formatMonth } from './dates';
import { layFrontPage } from './front-page';
import { dictionary } from './dictionaries';
import { buildRelatedEngine, type RelatedEngine } from './related';
import { isPublished } from './publication';
import { DEFAULT_EDITION, EDITIONS, editionPath, editions, site, type Edition } from './site';
import { slugify } from './slug';
import { typesetArticle } from './typography';

// Every content query lives here; pages never filter allArticles themselves.

/** Drafts and scheduled articles show in `next dev` (with a banner) and never in a production build. */
export const showDrafts = process.env.NODE_ENV !== 'production';

export function isPublic(article: Article): boolean {
  return showDrafts || isPublished(article);
}

const newestFirst = (a: Article, b: Article) => b.publishedAt.localeCompare(a.publishedAt) || a.slug.localeCompare(b.slug);

let all: Article[] | undefined;
/** Published articles of every edition, newest first (sitemaps, search index checks). */
export function getAllArticles(): Article[] {
  all ??= allArticles.filter(isPublic).map(typesetArticle).sort(newestFirst);
  return all;
}

const byEdition = new Map<Edition, Article[]>();
/** Published articles of one edition, newest first. An edition's pages, feeds and lists show only these. */
export function getArticles(edition: Edition): Article[] {
  let list = byEdition.get(edition);
  if (!list) {
    list = getAllArticles().filter((a) => a.lang === edition);
    byEdition.set(edition, list);
  }
  return list;
}

let bySlug: Map<string, Article> | undefined;
/** An article of the given edition (slugs are file names, so unique across editions). */
export function getArticle(edition: Edition, slug: string): Article | undefined {
  bySlug ??= new Map(getAllArticles().map((a) => [a.slug, a]));
  const article = bySlug.get(slug);
  return article?.lang === edition ? article : undefined;
}

/** The edition an article belongs to. */
export function editionOf(article: Pick<Article, 'lang'>): Edition {
  return article.lang;
}

/** The published translations of an article (same translationKey, other languages), in edition order. */
export function getTranslations(article: Article): Article[] {
  if (!article.translationKey) return [];
  return EDITIONS.flatMap((e) =>
    e === article.lang ? [] : getArticles(e).filter((a) => a.translationKey === article.translationKey).slice(0, 1),
  );
}

export function getArticlesBySection(edition: Edition, section: string): Article[] {
  return getArticles(edition).filter((a) => a.section === section);
}

export function getArticlesByAuthor(edition: Edition, author: string): Article[] {
  return getArticles(edition).filter((a) => a.authors.includes(author));
}

const relatedEngines = new Map<Edition, RelatedEngine>();
/** Editor picks first, then the most similar published articles by content (lib/related.ts), in the article's own language only. */
export function getRelatedArticles(article: Article, count = site.relatedCount): Article[] {
  const edition = editionOf(article);
  let engine = relatedEngines.get(edition);
  if (!engine) {
    engine = buildRelatedEngine(
      getArticles(edition).map((a) => ({
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
    relatedEngines.set(edition, engine);
  }
  return engine
    .relatedTo(article.slug, count)
    .map((slug) => getArticle(edition, slug))
    .filter((a): a is Article => a !== undefined);
}

// ---------- front page ----------

export type FrontPage = {
  lead: Article;
  secondTier: Article[];
  sections: { section: Section; articles: Article[]; cardsShowSection: boolean }[];
  latest: Article[];
};

/** The edition's front page: see lib/front-page.ts for which story goes where. */
export function getFrontPage(edition: Edition): FrontPage | undefined {
  return layFrontPage(getArticles(edition), getSections(edition), { secondTier: site.frontSecondTier, latest: site.frontLatestCount, perSection: site.frontSectionCount });
}

// ---------- sections and authors ----------
// Returned as the edition shows them: localized names where the file has them
// (title_ar, name_ar, role_ar…), the default otherwise, and the edition's URL.

function localize<T extends { url: string }, K extends keyof T & string>(doc: T, edition: Edition, fields: readonly K[]): T {
  if (edition === DEFAULT_EDITION) return doc;
  const out: T = { ...doc, url: editionPath(edition, doc.url) };
  for (const f of fields) {
    const value = (doc as Record<string, unknown>)[`${f}_${edition}`];
    if (typeof value === 'string' && value.trim()) (out as Record<string, unknown>)[f] = value;
  }
  return out;
}

export function getSections(edition: Edition): Section[] {
  return [...allSections]
    .sort((a, b) => (a.order ?? Number.MAX_SAFE_INTEGER) - (b.order ?? Number.MAX_SAFE_INTEGER) || a.title.localeCompare(b.title))
    .map((s) => localize(s, edition, ['title', 'description']));
}

export function getSection(edition: Edition, slug: string): Section | undefined {
  const s = allSections.find((x) => x.slug === slug);
  return s ? localize(s, edition, ['title', 'description']) : undefined;
}

export function getAuthors(edition: Edition): Author[] {
  return allAuthors.map((a) => localize(a, edition, ['name', 'role'])).sort((a, b) => a.name.localeCompare(b.name, editions[edition].locale));
}

export function getAuthor(edition: Edition, slug: string): Author | undefined {
  const a = allAuthors.find((x) => x.slug === slug);
  return a ? localize(a, edition, ['name', 'role']) : undefined;
}

/** Authors of an article in byline order, as its edition names them. The content check guarantees they exist. */
export function getArticleAuthors(article: Article): Author[] {
  return article.authors.map((slug) => getAuthor(editionOf(article), slug)).filter((a): a is Author => a !== undefined);
}

/** The article's section as its edition names it. */
export function getArticleSection(article: Article): Section | undefined {
  return getSection(editionOf(article), article.section);
}

// ---------- tags ----------

export type Tag = { slug: string; name: string; url: string; count: number };

const tagCaches = new Map<Edition, Map<string, { tag: Tag; articles: Article[] }>>();
function tagIndex(edition: Edition) {
  const cached = tagCaches.get(edition);
  if (cached) return cached;
  const index = new Map<string, { names: Map<string, number>; articles: Article[] }>();
  for (const a of getArticles(edition)) {
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
  const built = new Map(
    [...index].map(([slug, { names, articles }]) => {
      // "Oil" and "oil" share a page; it is titled with the spelling editors use most.
      const name = [...names].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0]![0];
      return [slug, { tag: { slug, name, url: editionPath(edition, `/tags/${slug}`), count: articles.length }, articles }];
    }),
  );
  tagCaches.set(edition, built);
  return built;
}

/** All tags of an edition's published articles, alphabetical. */
export function getTags(edition: Edition): Tag[] {
  return [...tagIndex(edition).values()].map((e) => e.tag).sort((a, b) => a.name.localeCompare(b.name, editions[edition].locale));
}

export function getTag(edition: Edition, slug: string): Tag | undefined {
  return tagIndex(edition).get(slug)?.tag;
}

export function getArticlesByTag(edition: Edition, slug: string): Article[] {
  return tagIndex(edition).get(slug)?.articles ?? [];
}

/** The tags of one article, as links. */
export function getArticleTags(article: Article): Tag[] {
  const edition = editionOf(article);
  return [...new Set(article.tags.map(slugify))].map((slug) => getTag(edition, slug)).filter((t): t is Tag => t !== undefined);
}

// ---------- archive ----------

export type ArchiveMonth = { key: string; label: string; articles: Article[] };

/** Articles grouped by month of publication in the publication's time zone, newest first. */
export function getArchive(edition: Edition): ArchiveMonth[] {
  const months: ArchiveMonth[] = [];
  for (const a of getArticles(edition)) {
    const key = formatIn(a.publishedAt, site.timeZone, 'yyyy-MM');
    let month = months[months.length - 1];
    if (!month || month.key !== key) {
      month = { key, label: formatMonth(a.publishedAt, site.timeZone, edition), articles: [] };
      months.push(month);
    }
    month.articles.push(a);
  }
  return months;
}

// ---------- labels ----------

export type Format = Article['format'];

export function formatLabel(format: Format, edition: Edition): string {
  return dictionary(edition).formats[format];
}
