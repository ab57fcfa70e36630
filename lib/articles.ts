import { allArticles, allAuthors, allSections, type Article, type Author, type Section } from 'contentlayer/generated';
import { formatIn, formatMonth } from './dates';
import { layFrontPage } from './front-page';
import { dictionary } from './dictionaries';
import { hashOf, query, registerDocumentKind, trackedDocument } from './dependencies';
import { buildRelatedEngine, type RelatedEngine } from './related';
import { isPublished } from './publication';
import { DEFAULT_EDITION, EDITIONS, editionPath, editions, site, type Edition } from './site';
import { slugify } from './slug';
import { typesetArticle } from './typography';

// Every content query lives here; pages never filter allArticles themselves. Each exported query
// is a `query()` (lib/dependencies.ts): the build notes which pages called it with which result,
// and articles are tracked documents, so it also notes which of their fields a page read.

/** Drafts and scheduled articles show in `next dev` (with a banner) and never in a production build. */
export const showDrafts = process.env.NODE_ENV !== 'production';

export function isPublic(article: Article): boolean {
  return showDrafts || isPublished(article);
}

const newestFirst = (a: Article, b: Article) => b.publishedAt.localeCompare(a.publishedAt) || a.slug.localeCompare(b.slug);

let all: Article[] | undefined;
let bySlug: Map<string, Article> | undefined;
function published(): Article[] {
  all ??= allArticles
    .filter(isPublic)
    .map((a) => trackedDocument(typesetArticle(a), `Article/${a.slug}`))
    .sort(newestFirst);
  return all;
}
function publishedBySlug(): Map<string, Article> {
  bySlug ??= new Map(published().map((a) => [a.slug, a]));
  return bySlug;
}

// A page that shows an article's body depends on the body's text and compiled code; nothing else
// reads it, so its hash is taken only when a page reads it.
registerDocumentKind('Article', {
  resolve: (slug) => publishedBySlug().get(slug),
  fieldHash: (doc, field) => (field === 'body' ? hashOf([(doc as Article).body.raw, (doc as Article).body.code]) : undefined),
});

/** Published articles of every edition, newest first (sitemaps, search index checks). */
export const getAllArticles = query('articles.all', (): Article[] => published());

/** Published articles of one edition, newest first. An edition's pages, feeds and lists show only these. */
export const getArticles = query('articles.edition', (edition: Edition): Article[] => published().filter((a) => a.lang === edition));

/** An article of the given edition (slugs are file names, so unique across editions). */
export const getArticle = query('articles.one', (edition: Edition, slug: string): Article | undefined => {
  const article = publishedBySlug().get(slug);
  return article?.lang === edition ? article : undefined;
});

/** The edition an article belongs to. */
export function editionOf(article: Pick<Article, 'lang'>): Edition {
  return article.lang;
}

/** The published translations of an article (same translationKey, other languages), in edition order. */
export const getTranslations = query('articles.translations', (article: Article): Article[] => {
  if (!article.translationKey) return [];
  return EDITIONS.flatMap((e) =>
    e === article.lang ? [] : getArticles(e).filter((a) => a.translationKey === article.translationKey).slice(0, 1),
  );
});

export const getArticlesBySection = query('articles.bySection', (edition: Edition, section: string): Article[] =>
  getArticles(edition).filter((a) => a.section === section),
);

export const getArticlesByAuthor = query('articles.byAuthor', (edition: Edition, author: string): Article[] =>
  getArticles(edition).filter((a) => a.authors.includes(author)),
);

const relatedEngines = new Map<Edition, RelatedEngine>();
/** Editor picks first, then the most similar published articles by content (lib/related.ts), in the article's own language only. */
export const getRelatedArticles = query('articles.related', (article: Article, count: number = site.relatedCount): Article[] => {
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
});

// ---------- front page ----------

export type FrontPage = {
  lead: Article;
  secondTier: Article[];
  sections: { section: Section; articles: Article[]; cardsShowSection: boolean }[];
  latest: Article[];
};

/** The edition's front page: see lib/front-page.ts for which story goes where. */
export const getFrontPage = query('articles.frontPage', (edition: Edition): FrontPage | undefined =>
  layFrontPage(getArticles(edition), getSections(edition), { secondTier: site.frontSecondTier, latest: site.frontLatestCount, perSection: site.frontSectionCount }),
);

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

export const getSections = query('sections.all', (edition: Edition): Section[] =>
  [...allSections]
    .sort((a, b) => (a.order ?? Number.MAX_SAFE_INTEGER) - (b.order ?? Number.MAX_SAFE_INTEGER) || a.title.localeCompare(b.title))
    .map((s) => localize(s, edition, ['title', 'description'])),
);

export const getSection = query('sections.one', (edition: Edition, slug: string): Section | undefined => {
  const s = allSections.find((x) => x.slug === slug);
  return s ? localize(s, edition, ['title', 'description']) : undefined;
});

export const getAuthors = query('authors.all', (edition: Edition): Author[] =>
  allAuthors.map((a) => localize(a, edition, ['name', 'role'])).sort((a, b) => a.name.localeCompare(b.name, editions[edition].locale)),
);

export const getAuthor = query('authors.one', (edition: Edition, slug: string): Author | undefined => {
  const a = allAuthors.find((x) => x.slug === slug);
  return a ? localize(a, edition, ['name', 'role']) : undefined;
});

/** Authors of an article in byline order, as its edition names them. The content check guarantees they exist. */
export const getArticleAuthors = query('articles.authors', (article: Article): Author[] =>
  article.authors.map((slug) => getAuthor(editionOf(article), slug)).filter((a): a is Author => a !== undefined),
);

/** The article's section as its edition names it. */
export const getArticleSection = query('articles.section', (article: Article): Section | undefined => getSection(editionOf(article), article.section));

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
export const getTags = query('tags.all', (edition: Edition): Tag[] =>
  [...tagIndex(edition).values()].map((e) => e.tag).sort((a, b) => a.name.localeCompare(b.name, editions[edition].locale)),
);

export const getTag = query('tags.one', (edition: Edition, slug: string): Tag | undefined => tagIndex(edition).get(slug)?.tag);

export const getArticlesByTag = query('tags.articles', (edition: Edition, slug: string): Article[] => tagIndex(edition).get(slug)?.articles ?? []);

export type TagLink = Omit<Tag, 'count'>;
/** The tags of one article, as links (without their counts, which change with every article and no article page shows). */
export const getArticleTags = query('articles.tags', (article: Article): TagLink[] => {
  const edition = editionOf(article);
  return [...new Set(article.tags.map(slugify))]
    .map((slug) => tagIndex(edition).get(slug)?.tag)
    .filter((t): t is Tag => t !== undefined)
    .map(({ slug, name, url }) => ({ slug, name, url }));
});

// ---------- archive ----------

export type ArchiveMonth = { key: string; label: string; articles: Article[] };

/** Articles grouped by month of publication in the publication's time zone, newest first. */
export const getArchive = query('articles.archive', (edition: Edition): ArchiveMonth[] => {
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
});

// ---------- labels ----------

export type Format = Article['format'];

export function formatLabel(format: Format, edition: Edition): string {
  return dictionary(edition).formats[format];
}
