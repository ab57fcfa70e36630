import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeWorkspace } from './workspace';

// `npm run content:check` runs the check from a cached bundle (scripts/run-bundled.mjs) and reads
// unchanged front matter from its cache: it must say exactly what the check says under tsx.
const root = path.resolve(import.meta.dirname, '..');
const ws = makeWorkspace(root);
afterAll(() => rmSync(ws, { recursive: true, force: true }), 120_000);

// Every broken fixture at once, in a copy of the valid fixture site.
const site = path.join(ws, 'site');
cpSync(path.join(root, 'tests/fixtures/site'), site, { recursive: true });
for (const f of readdirSync(path.join(root, 'tests/fixtures/broken')).filter((f) => f.endsWith('.mdx'))) {
  cpSync(path.join(root, 'tests/fixtures/broken', f), path.join(site, 'content/articles', f));
}

const siteArgs = ['--content', path.join(site, 'content'), '--public', path.join(site, 'public')];
const env = { ...process.env, NO_COLOR: '1' };
const withoutTime = (s: string) => s.replace(/\(\d+ ms\)/g, '(N ms)');
const result = (r: ReturnType<typeof spawnSync>) => ({ status: r.status, stdout: withoutTime(String(r.stdout)), stderr: withoutTime(String(r.stderr)) });

const bundled = (extra: string[] = []) => result(spawnSync(process.execPath, ['scripts/run-bundled.mjs', 'scripts/check-content.ts', ...siteArgs, ...extra], { cwd: ws, encoding: 'utf8', env }));
const underTsx = (extra: string[] = []) => result(spawnSync(path.join(ws, 'node_modules/.bin/tsx'), ['scripts/check-content.ts', ...siteArgs, '--no-cache', ...extra], { cwd: ws, encoding: 'utf8', env }));

describe('npm run content:check (bundled, cached)', () => {
  it('prints the same report, JSON and exit code as the check under tsx, cold and with its cache warm', () => {
    const reference = underTsx();
    expect(reference.status).toBe(1);
    expect(reference.stderr).toMatch(/hero-missing-credit\.mdx:8:3 +error +image\.credit/);
    expect(bundled(['--no-cache'])).toEqual(reference);
    bundled(); // fills the cache
    expect(bundled()).toEqual(reference); // bodies and front matter from the cache
    expect(bundled(['--json'])).toEqual(underTsx(['--json']));
  }, 180_000);

  it('rebuilds the bundle, and forgets its cache, when a rule changes', () => {
    const rule = path.join(ws, 'lib/validation/rules/placeholder-image.ts');
    expect(bundled(['--json']).stdout).toContain("is still the template's placeholder image");
    writeFileSync(rule, readFileSync(rule, 'utf8').replace("is still the template's placeholder image", 'is still the placeholder (edited rule)'));
    expect(bundled(['--json']).stdout).toContain('is still the placeholder (edited rule)');
  }, 120_000);
});
