import { allArticles, allAuthors, allSections, type Article, type Author, type Section } from 'contentlayer/generated';
import { pickRelated } from './related';
import { site } from './site';

// Every content query lives here; pages never filter allArticles themselves.

/** Drafts show in `next dev` (with a banner) and never in a production build. */
export const showDrafts = process.env.NODE_ENV !== 'production';

export function isPublic(article: Article): boolean {
  return showDrafts || !article.draft;
}

const newestFirst = (a: Article, b: Article) => b.publishedAt.localeCompare(a.publishedAt) || a.slug.localeCompare(b.slug);

let cache: Article[] | undefined;
/** Published articles, newest first. */
export function getArticles(): Article[] {
  cache ??= allArticles.filter(isPublic).sort(newestFirst);
  return cache;
}

export function getArticle(slug: string): Article | undefined {
  return getArticles().find((a) => a.slug === slug);
}

export function getLatestArticles(count = site.homeLatestCount): Article[] {
  return getArticles().slice(0, count);
}

export function getArticlesBySection(section: string): Article[] {
  return getArticles().filter((a) => a.section === section);
}

export function getArticlesByAuthor(author: string): Article[] {
  return getArticles().filter((a) => a.authors.includes(author));
}

export function getRelatedArticles(article: Article, count = site.relatedCount): Article[] {
  return pickRelated(article, getArticles(), count);
}

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
