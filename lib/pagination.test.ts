import { describe, expect, it } from 'vitest';
import { laterPages, paginate, pageUrl } from './pagination';

const items = Array.from({ length: 17 }, (_, i) => i + 1);

describe('paginate', () => {
  it('splits into pages with prev/next URLs, page 1 at the base URL', () => {
    expect(paginate(items, 1, 8, '/sections/gulf')).toEqual({
      items: [1, 2, 3, 4, 5, 6, 7, 8],
      page: 1,
      totalPages: 3,
      totalItems: 17,
      prevUrl: undefined,
      nextUrl: '/sections/gulf/page/2',
    });
    const p2 = paginate(items, 2, 8, '/sections/gulf')!;
    expect(p2.prevUrl).toBe('/sections/gulf');
    expect(p2.nextUrl).toBe('/sections/gulf/page/3');
    expect(paginate(items, 3, 8, '/x')!.items).toEqual([17]);
    expect(paginate(items, 3, 8, '/x')!.nextUrl).toBeUndefined();
  });
  it('rejects pages that do not exist', () => {
    expect(paginate(items, 4, 8, '/x')).toBeUndefined();
    expect(paginate(items, 0, 8, '/x')).toBeUndefined();
    expect(paginate(items, 1.5, 8, '/x')).toBeUndefined();
  });
  it('has one (empty) page for an empty list', () => {
    expect(paginate([], 1, 8, '/x')).toMatchObject({ items: [], totalPages: 1 });
    expect(laterPages(0, 8)).toEqual([]);
  });
  it('lists the later pages for static generation', () => {
    expect(laterPages(17, 8)).toEqual(['2', '3']);
    expect(pageUrl('/tags', 1)).toBe('/tags');
  });
});
