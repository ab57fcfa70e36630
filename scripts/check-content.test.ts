import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const tmp = mkdtempSync(path.join(tmpdir(), 'standfirst-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const tsx = path.join(root, 'node_modules/.bin/tsx');

function run(siteDir: string, extra: string[] = []) {
  return spawnSync(tsx, ['scripts/check-content.ts', '--content', path.join(siteDir, 'content'), '--public', path.join(siteDir, 'public'), ...extra], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
}

describe('npm run content:check', () => {
  it('exits 0 on valid content', () => {
    const r = run(path.join(root, 'tests/fixtures/site'));
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('0 errors');
  });

  it('exits 1 and prints file, line, field and fix for a broken article', () => {
    const site = path.join(tmp, 'broken');
    cpSync(path.join(root, 'tests/fixtures/site'), site, { recursive: true });
    cpSync(path.join(root, 'tests/fixtures/broken/hero-missing-credit.mdx'), path.join(site, 'content/articles/oops.mdx'));
    const r = run(site);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/content\/articles\/oops\.mdx:8:3 +error +image\.credit +is missing +\(fix: add credit: "PHOTOGRAPHER \/ AGENCY"\)/);
    expect(r.stderr).toContain('1 error');
    const json = JSON.parse(run(site, ['--json']).stdout) as { errorCount: number };
    expect(json.errorCount).toBe(1);
  });
});

describe('contentlayer2 backstop (npm run content:build)', () => {
  // Run in a scratch folder so the project's own .contentlayer/ is untouched.
  const build = (site: string) =>
    spawnSync(path.join(root, 'node_modules/.bin/tsx'), [path.join(root, 'scripts/content-build.ts')], {
      cwd: site,
      encoding: 'utf8',
      // Contentlayer takes its working folder from $PWD, not from the process's cwd.
      env: { ...process.env, PWD: site, STANDFIRST_CONTENT_DIR: path.join(site, 'content') },
    });

  it('builds the valid site, then fails (instead of skipping the document) once an article is invalid', () => {
    const site = path.join(tmp, 'cl');
    cpSync(path.join(root, 'tests/fixtures/site'), site, { recursive: true });
    // Contentlayer writes .contentlayer/ beside its config: give the scratch folder its own copy of it.
    for (const name of ['node_modules', 'lib']) symlinkSync(path.join(root, name), path.join(site, name));
    cpSync(path.join(root, 'contentlayer.config.ts'), path.join(site, 'contentlayer.config.ts'));
    const ok = build(site);
    expect(ok.status, ok.stdout + ok.stderr).toBe(0);
    expect(ok.stdout + ok.stderr).toContain('Generated 6 documents');

    cpSync(path.join(root, 'tests/fixtures/broken/missing-dek.mdx'), path.join(site, 'content/articles/oops.mdx'));
    const bad = build(site);
    expect(bad.status).not.toBe(0);
    expect(bad.stdout + bad.stderr).toMatch(/articles\/oops\.mdx[\s\S]*missing the following required fields[\s\S]*dek/);
  });
});
