import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { emptyMap, mapToJson, nextMap, plan, readMap, setPageReads, writeMap } from './dependency-map';

const reads = (o: Record<string, string>) => Object.entries(o);

function built() {
  const map = emptyMap('code1');
  setPageReads(map, 'articles/a.html', reads({ 'd:Article/a:title': 'h1', 'd:Article/a:body': 'b1', 'q:nav:["en"]': 'n1' }));
  setPageReads(map, 'articles/b.html', reads({ 'd:Article/b:title': 'h2', 'd:Article/b:body': 'b2', 'q:nav:["en"]': 'n1' }));
  setPageReads(map, 'sections/gulf.html', reads({ 'q:page:["gulf"]': 'p1', 'd:Article/a:title': 'h1', 'd:Article/b:title': 'h2', 'q:nav:["en"]': 'n1' }));
  return map;
}
const now = (changes: Record<string, string>) => (key: string) => changes[key] ?? built().hashes[built().keys.indexOf(key)] ?? 'gone';

describe('plan', () => {
  const pages = ['articles/a.html', 'articles/b.html', 'sections/gulf.html'];

  it('renders only the pages that read a changed key', () => {
    const p = plan(built(), 'code1', pages, now({ 'd:Article/a:body': 'b1*' }));
    expect(p.render).toEqual(['articles/a.html']);
    expect(p.changedKeys).toEqual(['d:Article/a:body']);
    expect(p.remove).toEqual([]);
  });

  it('renders every reader of a shared key, and nothing when nothing changed', () => {
    expect(plan(built(), 'code1', pages, now({ 'd:Article/a:title': 'x' })).render).toEqual(['articles/a.html', 'sections/gulf.html']);
    expect(plan(built(), 'code1', pages, now({ 'q:nav:["en"]': 'x' })).render).toEqual(pages);
    expect(plan(built(), 'code1', pages, now({})).render).toEqual([]);
  });

  it('renders new pages and removes the ones that are gone', () => {
    const p = plan(built(), 'code1', ['articles/a.html', 'articles/c.html', 'sections/gulf.html'], now({}));
    expect(p.render).toEqual(['articles/c.html']);
    expect(p.remove).toEqual(['articles/b.html']);
  });

  it('renders everything without a previous map, after a code change, or when asked', () => {
    expect(plan(undefined, 'code1', pages, now({})).render).toEqual(pages);
    expect(plan(built(), 'code2', pages, now({})).reason).toMatch(/^full: code/);
    expect(plan(built(), 'code2', pages, now({})).render).toEqual(pages);
    expect(plan(built(), 'code1', pages, now({}), true).render).toEqual(pages);
  });
});

describe('nextMap', () => {
  it('keeps untouched pages, replaces rendered ones and drops keys nobody reads', () => {
    const p = plan(built(), 'code1', ['articles/a.html', 'sections/gulf.html'], now({ 'd:Article/a:body': 'b1*' }));
    const next = nextMap(built(), 'code1', p, new Map([['articles/a.html', reads({ 'd:Article/a:title': 'h1', 'd:Article/a:body': 'b1*', 'q:nav:["en"]': 'n1' })]]));
    expect(mapToJson(next)).toEqual({
      codeHash: 'code1',
      pages: {
        'articles/a.html': ['d:Article/a:body b1*', 'd:Article/a:title h1', 'q:nav:["en"] n1'],
        'sections/gulf.html': ['d:Article/a:title h1', 'd:Article/b:title h2', 'q:nav:["en"] n1', 'q:page:["gulf"] p1'],
      },
    });
    expect(next.keys).not.toContain('d:Article/b:body');
  });

  it('refuses a key read with two values in one build', () => {
    const map = emptyMap('c');
    setPageReads(map, 'x.html', reads({ k: '1' }));
    expect(() => setPageReads(map, 'y.html', reads({ k: '2' }))).toThrow(/two different values/);
  });
});

describe('storage', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'depmap-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  it('reads back what it wrote', async () => {
    const file = path.join(dir, 'map.ndjson');
    await writeMap(built(), file);
    expect(mapToJson((await readMap(file))!)).toEqual(mapToJson(built()));
    expect(await readMap(path.join(dir, 'missing'))).toBeUndefined();
  });
});
