import { describe, expect, it } from 'vitest';
import { FOLDER_INDEX, indexAndSlugParams, pageSegments, parseIndexOrSlug, parsePageSegments, parseTagsPath } from './listings';
import { slugify } from './slug';

// Next's static export refuses a route whose generateStaticParams is empty, so every dynamic
// route is shaped to always hold one real page (its index or the listing's front).

describe('listing page segments ([slug]/[[...page]])', () => {
  it('are none for the front and page/N for a numbered page, and read back', () => {
    expect(pageSegments('front')).toEqual([]);
    expect(pageSegments(3)).toEqual(['page', '3']);
    for (const ref of ['front', 1, 2, 12] as const) expect(parsePageSegments(pageSegments(ref))).toBe(ref);
    expect(parsePageSegments(undefined)).toBe('front');
  });

  it('name no page for any other address', () => {
    for (const bad of [['page'], ['page', '0'], ['page', '01'], ['page', 'x'], ['page', '2', 'x'], ['other', '2']]) expect(parsePageSegments(bad)).toBeUndefined();
  });
});

describe('/tags/[[...path]] addresses', () => {
  it('name the topic index, its pages, a topic and its pages', () => {
    expect(parseTagsPath(undefined)).toEqual({ index: 1 });
    expect(parseTagsPath([])).toEqual({ index: 1 });
    expect(parseTagsPath(['page', '2'])).toEqual({ index: 2 });
    expect(parseTagsPath(['oil'])).toEqual({ tag: 'oil', page: 'front' });
    expect(parseTagsPath(['oil', 'page', '4'])).toEqual({ tag: 'oil', page: 4 });
    // Arabic topics arrive URL-encoded.
    expect(parseTagsPath([encodeURIComponent('الطاقة')])).toEqual({ tag: 'الطاقة', page: 'front' });
  });
  it('name no page for page 1 of the index (that is /tags) or a malformed address', () => {
    expect(parseTagsPath(['page', '1'])).toBeUndefined();
    expect(parseTagsPath(['oil', 'page'])).toBeUndefined();
    expect(parseTagsPath(['oil', 'x', '2'])).toBeUndefined();
  });
});

describe('/articles/[[...slug]] addresses', () => {
  it('always include /articles itself, so an edition with no articles still builds', () => {
    expect(indexAndSlugParams([])).toEqual([{ slug: [] }]);
    expect(indexAndSlugParams(['a', 'b'])).toEqual([{ slug: [] }, { slug: ['a'] }, { slug: ['b'] }]);
  });
  it('read back to the archive or an article', () => {
    expect(parseIndexOrSlug([])).toBe(FOLDER_INDEX);
    expect(parseIndexOrSlug(['a'])).toBe('a');
    expect(parseIndexOrSlug(['a', 'b'])).toBeUndefined();
  });
  it('use an index name no article can have', () => {
    expect(slugify(FOLDER_INDEX)).not.toBe(FOLDER_INDEX);
  });
});
