import type { Article, Author, Magazine, Section } from 'contentlayer/generated';
import type { BreadcrumbList, NewsArticle, Organization, PublicationIssue, VideoObject, WithContext } from 'schema-dts';
import { toInstant, isoWithOffset } from './dates';
import { CROPS, cropPath, type CropName } from './derived-images';
import { articleVideos } from './media';
import { youtubeWatchUrl } from './youtube';
import { editionPath, editions, site } from './site';

// Structured data and absolute URLs for search engines. Builders here are pure:
// pages pass in the article and what it links to.

export function absoluteUrl(path: string): string {
  return new URL(path, `${site.url}/`).toString();
}

/** The schema.org type for each editorial format. */
export function newsArticleType(format: Article['format']): 'AnalysisNewsArticle' | 'OpinionNewsArticle' | 'BackgroundNewsArticle' | 'NewsArticle' {
  switch (format) {
    case 'analysis':
      return 'AnalysisNewsArticle';
    case 'opinion':
      return 'OpinionNewsArticle';
    case 'explainer':
      return 'BackgroundNewsArticle';
    case 'interview':
      return 'NewsArticle';
    default: {
      const never: never = format;
      return never;
    }
  }
}

/** Last change a reader could see: the later of `updated` and the newest correction. */
export function modifiedAt(article: Pick<Article, 'publishedAt' | 'updatedAt' | 'corrections'>): string {
  const candidates = [article.publishedAt, article.updatedAt, ...article.corrections.map((c) => toInstant(c.date, site.timeZone))];
  return candidates.filter((d): d is string => Boolean(d)).sort().at(-1)!;
}

export function publisher(): Organization {
  return {
    '@type': 'Organization',
    name: site.name,
    url: absoluteUrl('/'),
    logo: { '@type': 'ImageObject', url: absoluteUrl(site.logo.src), width: `${site.logo.width}`, height: `${site.logo.height}` },
  };
}

type IssueLike = Pick<Magazine, 'title' | 'number' | 'url' | 'publishedAt' | 'lang'>;

/** A magazine issue as schema.org sees it: a PublicationIssue of the edition's Periodical. */
export function publicationIssue(issue: IssueLike): PublicationIssue {
  return {
    '@type': 'PublicationIssue',
    url: absoluteUrl(issue.url),
    name: issue.title,
    issueNumber: `${issue.number}`,
    datePublished: isoWithOffset(issue.publishedAt, site.timeZone).slice(0, 7),
    isPartOf: { '@type': 'Periodical', name: editions[issue.lang].name, url: absoluteUrl(editionPath(issue.lang, '/magazine')) },
  };
}

/** An issue page: the issue with its articles as parts, in print order. */
export function issueJsonLd(issue: IssueLike & { description: string }, articles: readonly Pick<Article, 'title' | 'url'>[]): WithContext<PublicationIssue> {
  return {
    '@context': 'https://schema.org',
    ...publicationIssue(issue),
    description: issue.description,
    inLanguage: editions[issue.lang].language,
    publisher: publisher(),
    hasPart: articles.map((a) => ({ '@type': 'Article', headline: a.title, url: absoluteUrl(a.url) })),
  };
}

export function articleJsonLd(article: Article, authors: Author[], section: Section | undefined, issue?: IssueLike): WithContext<NewsArticle> {
  const url = absoluteUrl(article.url);
  const crops = (Object.keys(CROPS) as CropName[]).map((c) => absoluteUrl(cropPath(article.slug, c)));
  return {
    '@context': 'https://schema.org',
    '@type': newsArticleType(article.format) as 'NewsArticle',
    headline: article.title,
    description: article.dek,
    // The three ratios Google asks for (16:9, 4:3, 1:1), each at least 50,000 pixels; the original would add bytes, not choice.
    image: crops,
    datePublished: isoWithOffset(article.publishedAt, site.timeZone),
    dateModified: isoWithOffset(modifiedAt(article), site.timeZone),
    author: authors.map((a) => ({ '@type': 'Person', name: a.name, url: absoluteUrl(a.url), jobTitle: a.role })),
    publisher: publisher(),
    // No mainEntityOfPage: it would only repeat `url` (Google's Article documentation lists neither as required).
    url,
    articleSection: section?.title ?? article.section,
    keywords: article.tags.join(', '),
    inLanguage: editions[article.lang].language,
    wordCount: article.wordCount,
    isAccessibleForFree: true,
    ...videoObjects(article),
    ...(issue ? { isPartOf: publicationIssue(issue) } : {}),
  };
}

/** A VideoObject for each <Video> in the body (none: no `video` key). */
function videoObjects(article: Article): { video?: VideoObject[] } {
  const videos = articleVideos(article.body.raw);
  if (videos.length === 0) return {};
  return {
    video: videos.map((v) => ({
      '@type': 'VideoObject',
      name: v.title,
      description: v.caption,
      thumbnailUrl: absoluteUrl(v.poster),
      uploadDate: isoWithOffset(article.publishedAt, site.timeZone),
      ...(v.youtube
        ? { url: youtubeWatchUrl(v.youtube), embedUrl: `https://www.youtube.com/embed/${encodeURIComponent(v.youtube)}` }
        : { contentUrl: absoluteUrl(v.src ?? '') }),
      creditText: v.credit,
    })),
  };
}

export function breadcrumbJsonLd(article: Article, section: Section | undefined): WithContext<BreadcrumbList> {
  // The last crumb is this page: Google's breadcrumb documentation does not ask for its `item`
  // (the URL would repeat the canonical a third time).
  const items: { name: string; url?: string }[] = [
    { name: editions[article.lang].name, url: absoluteUrl(editionPath(article.lang, '/')) },
    ...(section ? [{ name: section.title, url: absoluteUrl(section.url) }] : []),
    { name: article.title },
  ];
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({ '@type': 'ListItem', position: i + 1, name: item.name, ...(item.url ? { item: item.url } : {}) })),
  };
}

/**
 * JSON for a <script type="application/ld+json">. Escapes <, > and & (and the
 * JavaScript line separators) so no string from content can close the element.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
