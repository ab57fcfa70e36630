import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// A photo that cannot be decoded (tests/fixtures/images/corrupt.jpg: a JPEG cut off after its
// first bytes) fails the build at the image steps, and the message names the file.

const root = path.resolve(import.meta.dirname, '..');
const site = mkdtempSync(path.join(tmpdir(), 'standfirst-corrupt-'));
afterAll(() => rmSync(site, { recursive: true, force: true }));

function run(script: string) {
  return spawnSync(path.join(root, 'node_modules/.bin/tsx'), ['--tsconfig', path.join(root, 'tsconfig.json'), path.join(root, 'scripts', script)], { cwd: site, encoding: 'utf8' });
}

beforeAll(async () => {
  const pub = (p: string) => path.join(site, 'public', p);
  mkdirSync(pub('images/good'), { recursive: true });
  mkdirSync(pub('images/bad'), { recursive: true });
  await sharp({ create: { width: 640, height: 360, channels: 3, background: '#336699' } }).jpeg().toFile(pub('images/good/hero.jpg'));
  copyFileSync(path.join(root, 'tests/fixtures/images/corrupt.jpg'), pub('images/bad/hero.jpg'));
  const gen = path.join(site, '.contentlayer/generated');
  mkdirSync(path.join(gen, 'Article'), { recursive: true });
  mkdirSync(path.join(gen, 'Section'), { recursive: true });
  const article = (slug: string, src: string) => ({ slug, title: `T ${slug}`, section: 's', lang: 'en', draft: false, publishedAt: '2026-01-01T00:00:00.000Z', image: { src }, body: { raw: 'Text.' } });
  writeFileSync(path.join(gen, 'Article/_index.json'), JSON.stringify([article('good-one', '/images/good/hero.jpg'), article('bad-one', '/images/bad/hero.jpg')]));
  writeFileSync(path.join(gen, 'Section/_index.json'), JSON.stringify([{ slug: 's', title: 'Section' }]));
});

describe('an image that cannot be converted fails the build and is named', () => {
  it('social cards and crops (scripts/derived-images.tsx)', () => {
    const r = run('derived-images.tsx');
    expect(r.status, r.stdout + r.stderr).toBe(1);
    expect(r.stderr).toContain('/images/bad/hero.jpg (hero of content/articles/bad-one.mdx)');
    expect(r.stderr).not.toContain('/images/good/hero.jpg');
    expect(r.stderr).toMatch(/Replace each file with a valid JPEG/);
  }, 60_000);

  it('responsive variants (scripts/image-variants.ts)', () => {
    const r = run('image-variants.ts');
    expect(r.status, r.stdout + r.stderr).toBe(1);
    expect(r.stderr).toMatch(/\/images\/bad\/hero\.jpg: cannot be read as an image/);
    expect(r.stderr).not.toContain('/images/good/hero.jpg');
  }, 60_000);
});
