import type { Article } from 'contentlayer/generated';
import { getArticlesByAuthor, getArticlesBySection, getArticlesByTag, getAuthor, getAuthors, getSection, getSections, getTag, getTags } from './articles';
import { laterPages, paginate, type Paged } from './pagination';
import { site, type Edition } from './site';

// The paged listings behind /sections, /tags and /authors routes: one place that
// knows which lists exist, how they page, and what their page-1 URL is.

export type ListingKind = 'sections' | 'tags' | 'authors';

type Listing = { title: string; description?: string; url: string; articles: Article[] };

export function getListing(edition: Edition, kind: ListingKind, slug: string): Listing | undefined {
  switch (kind) {
    case 'sections': {
      const s = getSection(edition, slug);
      return s ? { title: s.title, description: s.description, url: s.url, articles: getArticlesBySection(edition, slug) } : undefined;
    }
    case 'tags': {
      const t = getTag(edition, slug);
      return t ? { title: t.name, url: t.url, articles: getArticlesByTag(edition, slug) } : undefined;
    }
    case 'authors': {
      const a = getAuthor(edition, slug);
      return a ? { title: a.name, description: a.role, url: a.url, articles: getArticlesByAuthor(edition, slug) } : undefined;
    }
    default: {
      const never: never = kind;
      return never;
    }
  }
}

function slugsOf(edition: Edition, kind: ListingKind): string[] {
  switch (kind) {
    case 'sections':
      return getSections(edition).map((s) => s.slug);
    case 'tags':
      return getTags(edition).map((t) => t.slug);
    case 'authors':
      return getAuthors(edition).map((a) => a.slug);
    default: {
      const never: never = kind;
      return never;
    }
  }
}

/**
 * A slug no content can have (content slugs are lowercase letters, digits and hyphens). Next's
 * static export refuses an empty generateStaticParams, and an edition may have no articles,
 * topics or writers yet (a new Arabic edition, or the benchmark's English-only sites): the route
 * then emits this one placeholder, which renders notFound() and which scripts/postbuild.ts deletes.
 */
export const PLACEHOLDER_SLUG = '_none';

/** Static params of a `[slug]` route, never empty (see PLACEHOLDER_SLUG). */
export function slugParams(slugs: readonly string[]): { slug: string }[] {
  return slugs.length ? slugs.map((slug) => ({ slug })) : [{ slug: PLACEHOLDER_SLUG }];
}

/** Static params for `/<kind>/[slug]`. */
export function listingParams(edition: Edition, kind: ListingKind): { slug: string }[] {
  return slugParams(slugsOf(edition, kind));
}

/**
 * Static params for `/<kind>/[slug]/page/[page]`. Next's static export refuses an
 * empty list, so when no listing has a second page we emit one placeholder page
 * "0", which renders notFound() and which scripts/postbuild.ts deletes.
 */
export function listingPageParams(edition: Edition, kind: ListingKind): { slug: string; page: string }[] {
  const params = slugsOf(edition, kind).flatMap((slug) =>
    laterPages(getListing(edition, kind, slug)?.articles.length ?? 0, site.pageSize).map((page) => ({ slug, page })),
  );
  return params.length ? params : [{ slug: slugsOf(edition, kind)[0] ?? PLACEHOLDER_SLUG, page: PLACEHOLDER_PAGE }];
}

export const PLACEHOLDER_PAGE = '0';

/**
 * A `[slug]` param as written in the content. Next hands a static page its params URL-encoded
 * when they are not ASCII (Arabic topics: /ar/tags/الطاقة), so decode before looking it up.
 */
export function slugParam(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

export function pagedListing(edition: Edition, kind: ListingKind, slug: string, page: number): (Listing & { paged: Paged<Article> }) | undefined {
  const listing = getListing(edition, kind, slug);
  if (!listing) return undefined;
  const paged = paginate(listing.articles, page, site.pageSize, listing.url);
  return paged ? { ...listing, paged } : undefined;
}
