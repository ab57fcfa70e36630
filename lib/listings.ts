import type { Article } from 'contentlayer/generated';
import { getArticlesByAuthor, getArticlesBySection, getArticlesByTag, getAuthor, getAuthors, getSection, getSections, getTag, getTags } from './articles';
import { query } from './dependencies';
import { laterPages, listingPageRefs, pageFromOldest, type ListingPageRef, type Paged } from './pagination';
import { site, type Edition } from './site';

// The paged listings behind /sections, /tags and /authors routes: one place that
// knows which lists exist, how they page, and what their page-1 URL is.

export type ListingKind = 'sections' | 'tags' | 'authors';

/** `cardsShowSection`: whether each card names its section (not on a section's own page, where every card would repeat the title). */
type Listing = { title: string; description?: string; url: string; articles: Article[]; cardsShowSection: boolean };

export function getListing(edition: Edition, kind: ListingKind, slug: string): Listing | undefined {
  switch (kind) {
    case 'sections': {
      const s = getSection(edition, slug);
      return s ? { title: s.title, description: s.description, url: s.url, articles: getArticlesBySection(edition, slug), cardsShowSection: false } : undefined;
    }
    case 'tags': {
      const t = getTag(edition, slug);
      return t ? { title: t.name, url: t.url, articles: getArticlesByTag(edition, slug), cardsShowSection: true } : undefined;
    }
    case 'authors': {
      const a = getAuthor(edition, slug);
      return a ? { title: a.name, description: a.role, url: a.url, articles: getArticlesByAuthor(edition, slug), cardsShowSection: true } : undefined;
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
 * The address segments after a listing's own, in an optional catch-all route (`[slug]/[[...page]]`):
 * none for the front, `page/N` for numbered page N. Routes take this shape, rather than a separate
 * `page/[page]` route, because Next's static export refuses a route with no pages at all, and most
 * listings have no numbered page yet: the front is always there to keep the route non-empty.
 */
export function pageSegments(ref: ListingPageRef): string[] {
  return ref === 'front' ? [] : ['page', String(ref)];
}

/** The page a catch-all's segments name, or undefined for an address that is not a page. */
export function parsePageSegments(segments: readonly string[] | undefined): ListingPageRef | undefined {
  if (!segments?.length) return 'front';
  const [word, n, ...rest] = segments;
  if (word !== 'page' || rest.length || !n || !/^[1-9]\d*$/.test(n)) return undefined;
  return Number(n);
}

/** Static params for `/<kind>/[slug]/[[...page]]`: every listing's front and numbered pages. */
export function listingParams(edition: Edition, kind: ListingKind): { slug: string; page: string[] }[] {
  return slugsOf(edition, kind).flatMap((slug) =>
    listingPageRefs(getListing(edition, kind, slug)?.articles.length ?? 0, site.pageSize).map((ref) => ({ slug, page: pageSegments(ref) })),
  );
}

/** What an address under `/tags` names: a page of the topic index, or a page of one topic's listing. */
export type TagsAddress = { index: number } | { tag: string; page: ListingPageRef };

/**
 * Static params for `/tags/[[...path]]`, one route for the topic index and every topic: the index
 * (`/tags`) always exists, so the route is never empty, even in an edition with no topics yet.
 */
export function tagsParams(edition: Edition): { path: string[] }[] {
  const index = [1, ...laterPages(getTags(edition).length, site.tagsPageSize)].map((n) => ({ path: n === 1 ? [] : ['page', String(n)] }));
  const topics = listingParams(edition, 'tags').map(({ slug, page }) => ({ path: [slug, ...page] }));
  return [...index, ...topics];
}

/** Reads `/tags/[[...path]]` segments (URL-encoded, as Next hands them over); undefined for no page. */
export function parseTagsPath(segments: readonly string[] | undefined): TagsAddress | undefined {
  const [first, ...rest] = (segments ?? []).map(slugParam);
  if (first === undefined) return { index: 1 };
  if (first === 'page') {
    const n = parsePageSegments(segments);
    return typeof n === 'number' && n > 1 ? { index: n } : undefined;
  }
  const page = parsePageSegments(rest);
  return page === undefined ? undefined : { tag: first, page };
}

/**
 * Static params for a folder whose index and items share one optional catch-all route
 * (`/articles/[[...slug]]`, `/magazine/[[...slug]]`): every item, and the folder itself, so that
 * the route has a page even in an edition with no items yet (no placeholder pages).
 */
export function indexAndSlugParams(slugs: readonly string[]): { slug: string[] }[] {
  return [{ slug: [] }, ...slugs.map((slug) => ({ slug: [slug] }))];
}

/** Reads such a route's segments: FOLDER_INDEX for the folder itself, an item's slug, or undefined. */
export function parseIndexOrSlug(segments: readonly string[] | undefined): string | undefined {
  if (!segments?.length) return FOLDER_INDEX;
  return segments.length === 1 && segments[0] ? slugParam(segments[0]) : undefined;
}

/** The folder itself (`/articles` shows the archive); no content slug can be this: slugs have no underscore. */
export const FOLDER_INDEX = '_index';

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

export type PagedListing = Omit<Listing, 'articles'> & { paged: Paged<Article> };

/**
 * One page of a listing, with only what that page shows: a numbered page's articles never change
 * once it is full (lib/pagination.ts), and the build re-renders a page only when this result does,
 * so the whole list and its length (which change with every new article) are left out of it.
 */
export const pagedListing = query('listings.page', (edition: Edition, kind: ListingKind, slug: string, page: ListingPageRef): PagedListing | undefined => {
  const listing = getListing(edition, kind, slug);
  if (!listing) return undefined;
  const paged = pageFromOldest(listing.articles, page, site.pageSize, listing.url);
  if (!paged) return undefined;
  const { title, description, url, cardsShowSection } = listing;
  return { title, description, url, cardsShowSection, paged };
});
