import { describe, expect, it } from 'vitest';
import { dictionaries, type Dictionary } from './dictionaries';
import { EDITIONS } from './site';

// The type makes every key required in every language; these tests catch what the
// type cannot: empty strings, and English left untranslated in another dictionary.

type Leaf = { path: string; value: unknown };
function leaves(value: unknown, path = ''): Leaf[] {
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  return [{ path, value }];
}
/** Functions are called with sample arguments, so their output is checked too. */
function sample(v: unknown): unknown {
  return typeof v === 'function' ? (v as (...a: unknown[]) => unknown)('X', 'Y') : v;
}

// The same in every language on purpose: a format's name, and the name of each language in its own script.
const SAME_EVERYWHERE = new Set(['atom', 'editionLink.en', 'editionLink.ar']);

describe('UI dictionaries', () => {
  const en = leaves(dictionaries.en);
  it('have the same keys in every edition', () => {
    for (const edition of EDITIONS) expect(leaves(dictionaries[edition]).map((l) => l.path).sort()).toEqual(en.map((l) => l.path).sort());
  });
  it('have no empty string in any edition', () => {
    for (const edition of EDITIONS) {
      const empty = leaves(dictionaries[edition]).filter((l) => String(sample(l.value)).trim() === '');
      expect(empty.map((l) => `${edition}: ${l.path}`)).toEqual([]);
    }
  });
  it('translate every string of the Arabic edition (no English left in it)', () => {
    const ar = new Map(leaves(dictionaries.ar).map((l) => [l.path, sample(l.value)]));
    const untranslated = en.filter((l) => !SAME_EVERYWHERE.has(l.path) && ar.get(l.path) === sample(l.value)).map((l) => l.path);
    expect(untranslated).toEqual([]);
    const latinOnly = [...ar].filter(([p, v]) => !SAME_EVERYWHERE.has(p) && !/[\u0600-\u06FF]/.test(String(v))).map(([p]) => p);
    expect(latinOnly).toEqual([]);
  });
  it('count in Arabic with the dual and plural', () => {
    const d: Dictionary = dictionaries.ar;
    expect(d.articleCount(1, '١')).toBe('مقال واحد');
    expect(d.articleCount(2, '٢')).toBe('مقالان');
    expect(d.articleCount(5, '٥')).toBe('٥ مقالات');
    expect(d.minRead(1, '١')).toBe('دقيقة قراءة واحدة');
    expect(d.minRead(4, '٤')).toBe('٤ دقائق قراءة');
    expect(d.minRead(12, '١٢')).toBe('١٢ دقيقة قراءة');
  });
});
