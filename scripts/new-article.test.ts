import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ELEMENTS } from '../lib/elements/registry';
import { checkContent } from '../lib/validation/check-content';

const root = path.resolve(import.meta.dirname, '..');
const tmp = mkdtempSync(path.join(tmpdir(), 'standfirst-new-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
cpSync(path.join(root, 'tests/fixtures/site'), tmp, { recursive: true });

const run = (...args: string[]) =>
  spawnSync(path.join(root, 'node_modules/.bin/tsx'), [path.join(root, 'scripts/new-article.ts'), ...args], {
    cwd: tmp,
    encoding: 'utf8',
    env: { ...process.env, STANDFIRST_NOW: '2026-03-01T22:30:00Z' },
  });

describe('npm run new', () => {
  it('creates a draft, dated today in the publication time zone, that checks clean apart from TODOs', () => {
    const r = run("Egypt's debt: what the IMF wants — and Türkiye", '--section', 'economy', '--author', 'ada-writer', '--format', 'explainer');
    expect(r.status, r.stderr).toBe(0);
    const file = path.join(tmp, 'content/articles/egypts-debt-what-the-imf-wants-and-turkiye.mdx');
    expect(r.stdout).toContain('content/articles/egypts-debt-what-the-imf-wants-and-turkiye.mdx');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('title: "Egypt\'s debt: what the IMF wants — and Türkiye"');
    // 22:30 UTC on 1 March is already 2 March in Riyadh.
    expect(text).toContain('date: 2026-03-02');
    expect(text).toMatch(/^draft: true$/m);
    expect(text).toMatch(/^format: explainer$/m);
    expect(text).toContain('<Figure');
    expect(text).toContain('<PullQuote>');
    // Every element is offered, as a comment taken from its definition.
    for (const e of ELEMENTS) expect(text).toContain(`<${e.name}`);
    expect(text).toContain('<Timeline title="How the talks unfolded">');
    expect(existsSync(path.join(tmp, 'public/images/egypts-debt-what-the-imf-wants-and-turkiye/hero.jpg'))).toBe(true);

    const report = checkContent({ contentDir: path.join(tmp, 'content'), publicDir: path.join(tmp, 'public'), rootDir: tmp });
    expect(report.errorCount).toBe(0);
    const mine = report.problems.filter((p) => p.file.endsWith('turkiye.mdx'));
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((p) => /TODO|placeholder image/.test(p.message))).toBe(true);
    expect(mine.find((p) => p.field === 'image.src')).toMatchObject({ severity: 'warning', message: expect.stringContaining('placeholder') });

    // Filled in and published, but with the template's hero still in place: an error, at the src line.
    const filled = text.replace(/"TODO: ([^"]*)"/g, '"Filled in text for the $1 field, long enough to pass the standfirst length check."').replace(/TODO:? ?/g, '').replace('draft: true', 'draft: false');
    writeFileSync(file, filled);
    const published = checkContent({ contentDir: path.join(tmp, 'content'), publicDir: path.join(tmp, 'public'), rootDir: tmp });
    const errors = published.problems.filter((p) => p.file.endsWith('turkiye.mdx') && p.severity === 'error');
    expect(errors).toEqual([expect.objectContaining({ field: 'image.src', message: expect.stringContaining('placeholder image') })]);
    expect(filled.split('\n')[errors[0]!.line - 1]).toMatch(/^\s+src: /);
    rmSync(file);
  });

  it('never overwrites: the same headline gets a new slug', () => {
    const r = run("Egypt's debt: what the IMF wants — and Türkiye", '--section', 'economy', '--author', 'ada-writer');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('egypts-debt-what-the-imf-wants-and-turkiye-2.mdx');
  });

  it('refuses unknown sections and authors, listing the real ones', () => {
    const r = run('Anything', '--section', 'sport', '--author', 'ada-writer');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('--section must be one of: economy, politics');
    const r2 = run('Anything', '--section', 'economy', '--author', 'nobody');
    expect(r2.status).toBe(1);
    expect(r2.stderr).toContain('"nobody" does not exist');
    expect(run('--section', 'economy', '--author', 'ada-writer').stderr).toContain('give the headline');
  });
});
