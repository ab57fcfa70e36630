// Page lists the same way everywhere: page 1 lives at the base URL, page n at
// `${base}/page/n`, so the first page keeps its short address.

export type Paged<T> = {
  items: T[];
  page: number;
  totalPages: number;
  totalItems: number;
  prevUrl?: string;
  nextUrl?: string;
};

export function pageUrl(base: string, page: number): string {
  return page <= 1 ? base : `${base}/page/${page}`;
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
    totalPages: pages,
    totalItems: all.length,
    prevUrl: page > 1 ? pageUrl(base, page - 1) : undefined,
    nextUrl: page < pages ? pageUrl(base, page + 1) : undefined,
  };
}

/** Params for the `/page/[page]` routes: pages 2..n only (page 1 is the base URL). */
export function laterPages(count: number, pageSize: number): string[] {
  return Array.from({ length: totalPages(count, pageSize) - 1 }, (_, i) => String(i + 2));
}
