import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { publishEdits } from './publish-latency';

const ws = mkdtempSync(path.join(tmpdir(), 'publish-'));
afterAll(() => rmSync(ws, { recursive: true, force: true }));

describe('the benchmark\u2019s publishes (scripts/publish-latency.ts)', () => {
  it('make a one-word edit, a new article and a correction that the content check accepts', () => {
    cpSync('content', path.join(ws, 'content'), { recursive: true });
    const dir = path.join(ws, 'content', 'articles');
    const read = (slug: string) => readFileSync(path.join(dir, `${slug}.mdx`), 'utf8');
    // English, published, without corrections: what the synthetic sites' articles are like.
    const slugs = readdirSync(dir)
      .map((f) => f.replace(/\.mdx$/, ''))
      .filter((s) => !/^lang: ar|^draft: true|^corrections:|^date: 2027/m.test(read(s)))
      .sort();
    const before = new Map(slugs.map((s) => [s, read(s)]));
    for (const edit of publishEdits(ws, slugs, new Date('2026-12-01T09:00:00Z'))) edit.apply();

    const changed = slugs.filter((s) => read(s) !== before.get(s));
    expect(changed).toHaveLength(2);
    const [edited, corrected] = [changed.find((s) => !/^corrections:/m.test(read(s)))!, changed.find((s) => /^corrections:/m.test(read(s)))!];
    // One word differs, nothing else.
    const words = (t: string) => t.split(/\s+/);
    const diff = words(read(edited)).filter((w, i) => w !== words(before.get(edited)!)[i]);
    expect(diff).toHaveLength(1);
    expect(read(corrected)).toMatch(/corrections:\n {2}- date: 2026-12-01\n/);
    expect(read('benchmark-new-article')).toMatch(/^title: "A new article published for the benchmark"$/m);

    const check = spawnSync(path.resolve('node_modules/.bin/tsx'), ['scripts/check-content.ts', '--content', path.join(ws, 'content')], { encoding: 'utf8' });
    expect(check.stdout + check.stderr).toMatch(/0 errors/);
    expect(check.status).toBe(0);
  }, 60_000);
});
