import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseYaml, splitFrontMatter } from './front-matter';
import { fromSnapshot } from './yaml-snapshot';

type Path = (string | number)[];

/** Every path in the data, and for each a child that does not exist (its nearest parent answers). */
function pathsOf(value: unknown, at: Path = []): Path[] {
  const here: Path[] = [at, [...at, 'no-such-field'], [...at, 99]];
  if (Array.isArray(value)) return [...here, ...value.flatMap((v, i) => pathsOf(v, [...at, i]))];
  if (value && typeof value === 'object') return [...here, ...Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...at, k]))];
  return here;
}

const files = ['content/articles', 'content/authors', 'tests/fixtures/broken'].flatMap((dir) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => path.join(dir, f)),
);

describe('front matter from the cache', () => {
  it('answers every position exactly as the parsed document does', () => {
    let compared = 0;
    for (const file of files) {
      const split = splitFrontMatter(readFileSync(file, 'utf8'));
      if (!split.ok) continue;
      const parsed = parseYaml(split.yaml, split.yamlStartLine);
      const snapshot = parsed.snapshot?.();
      if (parsed.errors.length) {
        expect(snapshot, file).toBeUndefined();
        continue;
      }
      expect(snapshot, file).toBeDefined();
      const cached = fromSnapshot(JSON.parse(JSON.stringify(snapshot)), split.yamlStartLine);
      expect(cached.data, file).toEqual(parsed.data);
      for (const p of pathsOf(parsed.data)) {
        expect(cached.positionOf(p), `${file} ${p.join('.')}`).toEqual(parsed.positionOf(p));
        expect(cached.keyPositionOf(p), `${file} key ${p.join('.')}`).toEqual(parsed.keyPositionOf(p));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('keeps no snapshot of what JSON would change', () => {
    expect(parseYaml('a: &x 1\nb: *x', 2).snapshot?.()).toBeUndefined();
    expect(parseYaml('n: .nan', 2).snapshot?.()).toBeUndefined();
    expect(parseYaml('? [a, b]\n: 1', 2).snapshot?.()).toBeUndefined();
  });
});
