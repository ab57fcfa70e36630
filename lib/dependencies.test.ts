import { describe, expect, it } from 'vitest';
import { currentHash, documentKey, hashOf, query, recordReads, registerDocumentKind, resetQueries, serialize, trackedDocument } from './dependencies';

type Doc = { slug: string; title: string; section: string; body: { raw: string } };

function store(docs: Doc[]) {
  const bySlug = new Map(docs.map((d) => [d.slug, d]));
  const api = {
    set(d: Doc) {
      bySlug.set(d.slug, d);
      tracked.delete(d.slug);
    },
    remove(slug: string) {
      bySlug.delete(slug);
      tracked.delete(slug);
    },
    get(slug: string) {
      const d = bySlug.get(slug);
      if (!d) return undefined;
      let t = tracked.get(slug);
      if (!t) tracked.set(slug, (t = trackedDocument(d, `Doc/${slug}`)));
      return t;
    },
    all: (): Doc[] => [...bySlug.keys()].sort().map((s) => api.get(s)!),
  };
  return api;
}
const tracked = new Map<string, Doc>();
const docs = store([
  { slug: 'a', title: 'A', section: 'gulf', body: { raw: 'alpha' } },
  { slug: 'b', title: 'B', section: 'gulf', body: { raw: 'beta' } },
  { slug: 'c', title: 'C', section: 'levant', body: { raw: 'gamma' } },
]);
registerDocumentKind('Doc', { resolve: (id) => docs.get(id) });
const bySection = query('test.bySection', (section: string) => docs.all().filter((d) => d.section === section));
const titleOf = query('test.titleOf', (d: Doc) => d.title.toUpperCase());

describe('recorded reads', () => {
  it('notes the fields a render reads, and query results, but not what a query scanned', async () => {
    const { reads } = await recordReads(async () => {
      const list = bySection('gulf');
      await Promise.resolve();
      return list.map((d) => d.title).join();
    });
    expect([...reads.keys()].sort()).toEqual(['d:Doc/a:title', 'd:Doc/b:title', 'q:test.bySection:["gulf"]']);
  });

  it('notes nothing outside a recording', () => {
    expect(docs.get('a')!.title).toBe('A');
  });

  it('stands documents in query arguments and results as references', () => {
    expect(documentKey(docs.get('a'))).toBe('Doc/a');
    expect(serialize([docs.get('a'), { n: 1 }])).toBe('[{"$doc":"Doc/a"},{"n":1}]');
    expect(() => serialize({ f: () => 1 })).toThrow(/function/);
  });

  it('re-evaluates keys against changed content', async () => {
    const { reads } = await recordReads(async () => `${bySection('gulf').map((d) => d.title)} ${titleOf(docs.get('c')!)}`);
    const unchanged = [...reads].filter(([k, h]) => currentHash(k) !== h);
    expect(unchanged).toEqual([]);

    docs.set({ slug: 'b', title: 'B2', section: 'gulf', body: { raw: 'beta' } });
    docs.set({ slug: 'c', title: 'C2', section: 'levant', body: { raw: 'gamma' } });
    resetQueries();
    const changed = [...reads].filter(([k, h]) => currentHash(k) !== h).map(([k]) => k);
    // b's title and the query over c changed; the gulf membership did not.
    expect(changed.sort()).toEqual(['d:Doc/b:title', 'q:test.titleOf:[{"$doc":"Doc/c"}]']);

    docs.remove('a');
    resetQueries();
    const gone = [...reads].filter(([k, h]) => currentHash(k) !== h).map(([k]) => k);
    expect(gone).toContain('d:Doc/a:title');
    expect(gone).toContain('q:test.bySection:["gulf"]');
  });

  it('hashes equal values equally and different values differently', () => {
    expect(hashOf({ a: [1, 'x'] })).toBe(hashOf({ a: [1, 'x'] }));
    expect(hashOf({ a: [1, 'x'] })).not.toBe(hashOf({ a: [1, 'y'] }));
    expect(hashOf(undefined)).not.toBe(hashOf(null));
  });
});
