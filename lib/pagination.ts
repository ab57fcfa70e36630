// Two ways to page a list.
// - A dated listing (a section, topic or writer; newest first) is numbered from its OLDEST
//   article: page 1 holds the first eight ever published, and a numbered page, once it exists,
//   always holds the same articles. The listing's own address (the "front") shows the newest
//   articles: everything not yet on a numbered page, between half a page and one and a half. Adding
//   an article changes the front only (and, every eighth article, adds the next numbered page).
//   docs/adr/0015-stable-pagination.md
// - An alphabetical index (the topics) is numbered from its start, page 1 at the base URL.

export type Paged<T> = {
  items: T[];
  /** Page number; the front of a dated listing counts as the page after its last numbered one. */
  page: number;
  /** Total number of pages, shown only where it cannot change under a page (alphabetical indexes). */
  of?: number;
  /** The front of a dated listing: its own address, with the newest articles. */
  front?: boolean;
  /** How many items the whole list has: alphabetical indexes and a dated listing's front only (a numbered page must not change when the list grows). */
  totalItems?: number;
  prevUrl?: string;
  nextUrl?: string;
};

/** Which page of a dated listing: its front, or a numbered page (1 = the oldest). */
export type ListingPageRef = 'front' | number;

export function numberedPageUrl(base: string, page: number): string {
  return `${base}/page/${page}`;
}

export function pageUrl(base: string, page: number): string {
  return page <= 1 ? base : numberedPageUrl(base, page);
}

export function totalPages(count: number, pageSize: number): number {
  return Math.max(1, Math.ceil(count / pageSize));
}

/** Returns undefined for a page that does not exist (the route then calls notFound()). */
export function paginate<T>(all: readonly T[], page: number, pageSize: number, base: string): Paged<T> | undefined {
  const pages = totalPages(all.length, pageSize);
  if (!Number.isInteger(page) || page < 1 || page > pages) return undefined;
  return {
    items: all.slice((page - 1) * pageSize, page * pageSize),
    page,
    of: pages,
    totalItems: all.length,
    prevUrl: page > 1 ? pageUrl(base, page - 1) : undefined,
    nextUrl: page < pages ? pageUrl(base, page + 1) : undefined,
  };
}

/** Page numbers of an alphabetical index's `/page/[page]` addresses: 2..n (page 1 is the base URL). */
export function laterPages(count: number, pageSize: number): number[] {
  return Array.from({ length: totalPages(count, pageSize) - 1 }, (_, i) => i + 2);
}

/**
 * How many numbered pages a dated listing of `count` articles has. Each holds exactly `pageSize`
 * articles; the front keeps the rest: at least half a page (so a listing's first screen is never
 * one lone article) and less than one and a half, eight on average.
 */
export function numberedPageCount(count: number, pageSize: number): number {
  return Math.max(0, Math.floor((count - frontMinimum(pageSize)) / pageSize));
}

function frontMinimum(pageSize: number): number {
  return Math.ceil(pageSize / 2);
}

/** One page of a dated listing (`newestFirst` sorted newest first), or undefined if it does not exist. */
export function pageFromOldest<T>(newestFirst: readonly T[], ref: ListingPageRef, pageSize: number, base: string): Paged<T> | undefined {
  const count = newestFirst.length;
  const numbered = numberedPageCount(count, pageSize);
  if (ref === 'front') {
    return {
      items: newestFirst.slice(0, count - numbered * pageSize),
      page: numbered + 1,
      front: true,
      totalItems: count,
      nextUrl: numbered ? numberedPageUrl(base, numbered) : undefined,
    };
  }
  if (!Number.isInteger(ref) || ref < 1 || ref > numbered) return undefined;
  const end = count - (ref - 1) * pageSize;
  return {
    items: newestFirst.slice(end - pageSize, end),
    page: ref,
    // The newest numbered page leads back to the front; its articles never change, only this link
    // does, on the day the next numbered page appears.
    prevUrl: ref === numbered ? base : numberedPageUrl(base, ref + 1),
    nextUrl: ref > 1 ? numberedPageUrl(base, ref - 1) : undefined,
  };
}

/** Every page of a dated listing, front first: what the routes generate and the sitemap lists. */
export function listingPageRefs(count: number, pageSize: number): ListingPageRef[] {
  const numbered = numberedPageCount(count, pageSize);
  return ['front', ...Array.from({ length: numbered }, (_, i) => numbered - i)];
}
