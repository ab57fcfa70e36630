import { describe, expect, it } from 'vitest';
import { laterPages, listingPageRefs, numberedPageCount, pageFromOldest, paginate, pageUrl, type Paged } from './pagination';

describe('paginate (alphabetical indexes)', () => {
  const items = Array.from({ length: 17 }, (_, i) => i + 1);
  it('splits into pages with prev/next URLs, page 1 at the base URL', () => {
    expect(paginate(items, 1, 8, '/tags')).toEqual({
      items: [1, 2, 3, 4, 5, 6, 7, 8],
      page: 1,
      of: 3,
      totalItems: 17,
      prevUrl: undefined,
      nextUrl: '/tags/page/2',
    });
    const p2 = paginate(items, 2, 8, '/tags')!;
    expect(p2.prevUrl).toBe('/tags');
    expect(p2.nextUrl).toBe('/tags/page/3');
    expect(paginate(items, 3, 8, '/x')!.items).toEqual([17]);
    expect(paginate(items, 3, 8, '/x')!.nextUrl).toBeUndefined();
  });
  it('rejects pages that do not exist, and has one (empty) page for an empty list', () => {
    expect(paginate(items, 4, 8, '/x')).toBeUndefined();
    expect(paginate(items, 0, 8, '/x')).toBeUndefined();
    expect(paginate(items, 1.5, 8, '/x')).toBeUndefined();
    expect(paginate([], 1, 8, '/x')).toMatchObject({ items: [], of: 1 });
    expect(laterPages(0, 8)).toEqual([]);
    expect(laterPages(17, 8)).toEqual([2, 3]);
    expect(pageUrl('/tags', 1)).toBe('/tags');
  });
});

// A listing of `n` articles, newest first: article n is the newest, article 1 the first ever published.
const listing = (n: number) => Array.from({ length: n }, (_, i) => n - i);
const every = (n: number) => listingPageRefs(n, 8).map((ref) => pageFromOldest(listing(n), ref, 8, '/sections/gulf')!);

describe('pageFromOldest (dated listings, numbered from the oldest)', () => {
  it('numbers pages from the first article published; the front holds the newest', () => {
    const n = 30;
    expect(numberedPageCount(n, 8)).toBe(3);
    expect(pageFromOldest(listing(n), 1, 8, '/s')!.items).toEqual([8, 7, 6, 5, 4, 3, 2, 1]);
    expect(pageFromOldest(listing(n), 2, 8, '/s')!.items).toEqual([16, 15, 14, 13, 12, 11, 10, 9]);
    expect(pageFromOldest(listing(n), 'front', 8, '/s')!.items).toEqual([30, 29, 28, 27, 26, 25]);
    expect(numberedPageCount(11, 8)).toBe(0);
    expect(numberedPageCount(12, 8)).toBe(1);
  });

  it('shows at least half a page on the front and less than one and a half', () => {
    for (let n = 0; n <= 100; n++) {
      const front = pageFromOldest(listing(n), 'front', 8, '/s')!.items.length;
      expect(front).toBeGreaterThanOrEqual(Math.min(n, 4));
      expect(front).toBeLessThan(12);
    }
  });

  it('lists every article exactly once, newest first across the pages', () => {
    for (const n of [0, 1, 7, 8, 15, 16, 17, 23, 24, 64, 101]) {
      expect(every(n).flatMap((p) => p.items)).toEqual(listing(n));
    }
  });

  it('keeps a numbered page\u2019s articles when articles are added: only the front changes', () => {
    for (let n = 0; n < 80; n++) {
      const before = every(n);
      const after = every(n + 1);
      const pages = (ps: Paged<number>[]) => new Map(ps.filter((p) => !p.front).map((p) => [p.page, p.items]));
      const [old, now] = [pages(before), pages(after)];
      for (const [page, items] of old) expect(now.get(page)).toEqual(items);
      // At most one numbered page appears per article added.
      expect(now.size - old.size).toBeLessThanOrEqual(1);
    }
  });

  it('links front → newest numbered page → … → page 1, and back (rel next = older)', () => {
    const [front, p3, p2, p1] = every(30);
    expect(front).toMatchObject({ front: true, page: 4, nextUrl: '/sections/gulf/page/3' });
    expect(front!.prevUrl).toBeUndefined();
    expect(p3).toMatchObject({ page: 3, prevUrl: '/sections/gulf', nextUrl: '/sections/gulf/page/2' });
    expect(p2).toMatchObject({ page: 2, prevUrl: '/sections/gulf/page/3', nextUrl: '/sections/gulf/page/1' });
    expect(p1).toMatchObject({ page: 1, prevUrl: '/sections/gulf/page/2', nextUrl: undefined });
    expect(p1!.of).toBeUndefined();
  });

  it('rejects numbered pages that do not exist', () => {
    expect(pageFromOldest(listing(20), 1, 8, '/s')).toBeDefined();
    expect(pageFromOldest(listing(19), 2, 8, '/s')).toBeUndefined();
    expect(pageFromOldest(listing(20), 0, 8, '/s')).toBeUndefined();
    expect(pageFromOldest(listing(11), 1, 8, '/s')).toBeUndefined();
    expect(pageFromOldest(listing(20), 1.5, 8, '/s')).toBeUndefined();
    expect(pageFromOldest([], 'front', 8, '/s')).toMatchObject({ items: [], nextUrl: undefined });
  });
});
