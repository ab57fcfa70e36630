import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VariantManifest } from '../lib/image-variants';

// The variants step run on a scratch site: what it makes, that it reuses an
// unchanged image, gives a changed one new addresses, and removes what is unused.

const root = path.resolve(import.meta.dirname, '..');
const site = mkdtempSync(path.join(tmpdir(), 'standfirst-variants-'));
afterAll(() => rmSync(site, { recursive: true, force: true }));

const pub = (p: string) => path.join(site, 'public', p);
const manifest = () => JSON.parse(readFileSync(pub('variants/manifest.json'), 'utf8')) as VariantManifest;

function run(...args: string[]) {
  const r = spawnSync(path.join(root, 'node_modules/.bin/tsx'), [path.join(root, 'scripts/image-variants.ts'), ...args], { cwd: site, encoding: 'utf8' });
  expect(r.status, r.stdout + r.stderr).toBe(0);
  return r.stdout;
}

async function photo(p: string, width: number, height: number, background: string | { r: number; g: number; b: number; alpha: number }, alpha = false) {
  mkdirSync(path.dirname(pub(p)), { recursive: true });
  const img = sharp({ create: { width, height, channels: alpha ? 4 : 3, background } });
  await (p.endsWith('.png') ? img.png() : img.jpeg()).toFile(pub(p));
}

function content(figures: string[]) {
  const dir = path.join(site, '.contentlayer/generated');
  mkdirSync(path.join(dir, 'Article'), { recursive: true });
  mkdirSync(path.join(dir, 'Author'), { recursive: true });
  const fig = (src: string) => `<Figure src="${src}" alt="a" caption="c" credit="C" />`;
  writeFileSync(
    path.join(dir, 'Article/_index.json'),
    JSON.stringify([
      { draft: false, image: { src: '/images/a/wide.jpg' }, body: { raw: `Text.\n\n${figures.map(fig).join('\n\n')}\n` } },
      { draft: true, image: { src: '/images/b/draft.jpg' }, body: { raw: 'Draft.' } },
    ]),
  );
  writeFileSync(path.join(dir, 'Author/_index.json'), JSON.stringify([{ avatar: '/images/authors/x.jpg' }, {}]));
}

beforeAll(async () => {
  await photo('images/a/wide.jpg', 1700, 900, '#336699');
  await photo('images/a/clear.png', 500, 300, { r: 200, g: 0, b: 0, alpha: 0.4 }, true);
  await photo('images/authors/x.jpg', 300, 300, '#996633');
  await photo('images/b/draft.jpg', 900, 600, '#669933');
  writeFileSync(pub('images/a/logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>');
  content(['/images/a/clear.png', '/images/a/logo.svg']);
});

describe('scripts/image-variants.ts', () => {
  it('makes AVIF and WebP at every width up to the original, a fallback, a placeholder and a colour', () => {
    expect(run()).toMatch(/3 made .* 0 unchanged, for 4 images; 1 SVG shown as is/);
    const m = manifest();
    expect(Object.keys(m.images).sort()).toEqual(['/images/a/clear.png', '/images/a/wide.jpg', '/images/authors/x.jpg']);

    const wide = m.images['/images/a/wide.jpg']!;
    expect(wide).toMatchObject({ width: 1700, height: 900 });
    expect(wide.avif.map((v) => v.width)).toEqual([400, 800, 1200, 1600]);
    expect(wide.webp.map((v) => v.width)).toEqual([400, 800, 1200, 1600]);
    expect(wide.avif[0]!.src).toMatch(/^\/variants\/[0-9a-f]{16}\/wide-400\.avif$/);
    expect(wide.fallback).toMatchObject({ width: 1200, height: 635 });
    expect(wide.fallback.src).toMatch(/wide-1200\.jpg$/);
    expect(wide.placeholder).toMatch(/^data:image\/webp;base64,/);
    expect(wide.placeholder!.length).toBeLessThan(1024);
    // sharp's dominant colour is the centre of the busiest of 16 levels per channel: #336699 falls in #386898's.
    expect(wide.color).toBe('#386898');
    expect(m.images['/images/authors/x.jpg']!.color).toBe('#986838');
    for (const v of [...wide.avif, ...wide.webp, wide.fallback]) expect(existsSync(pub(v.src)), v.src).toBe(true);

    // Transparent: PNG fallback and no placeholder (it would show through after load). Never upscaled.
    const clear = m.images['/images/a/clear.png']!;
    expect(clear.avif.map((v) => v.width)).toEqual([400, 500]);
    expect(clear.fallback.src).toMatch(/clear-500\.png$/);
    expect(clear.placeholder).toBeUndefined();
    expect(clear.color).toBeUndefined();
    expect(m.images['/images/authors/x.jpg']!.webp.map((v) => v.width)).toEqual([150, 300]);
  });

  it('reuses unchanged images without touching their files', () => {
    const file = pub(manifest().images['/images/a/wide.jpg']!.avif[0]!.src);
    const before = statSync(file).mtimeMs;
    expect(run()).toMatch(/0 made \(0 files encoded\), 3 unchanged/);
    expect(statSync(file).mtimeMs).toBe(before);
  });

  it('keeps the files it finds when its cache is gone (npm ci empties node_modules/)', () => {
    const before = manifest();
    rmSync(path.join(site, 'node_modules/.cache/standfirst/image-variants.json'));
    expect(run()).toMatch(/3 made \(0 files encoded\), 0 unchanged/);
    expect(manifest()).toEqual(before);
  });

  it('reads every image again, encoding nothing, when its cache predates the colours', () => {
    const before = manifest();
    const cacheFile = path.join(site, 'node_modules/.cache/standfirst/image-variants.json');
    // The old format: entries straight under the hash, no colour in their data.
    const { entries } = JSON.parse(readFileSync(cacheFile, 'utf8')) as { entries: Record<string, { data: { color?: string } }> };
    for (const e of Object.values(entries)) delete e.data.color;
    writeFileSync(cacheFile, JSON.stringify(entries));
    expect(run()).toMatch(/3 made \(0 files encoded\), 0 unchanged/);
    expect(manifest()).toEqual(before);
  });

  it('gives a changed photo new addresses and removes the old files', async () => {
    const old = manifest().images['/images/a/wide.jpg']!;
    await photo('images/a/wide.jpg', 1700, 900, '#aa3322');
    expect(run()).toMatch(/1 made .* 2 unchanged.*stale removed/);
    const now = manifest().images['/images/a/wide.jpg']!;
    expect(path.dirname(now.fallback.src)).not.toBe(path.dirname(old.fallback.src));
    expect(now.color).toBe('#a83828');
    expect(existsSync(pub(old.fallback.src))).toBe(false);
    expect(existsSync(pub(path.dirname(old.fallback.src)))).toBe(false);
  });

  it('includes drafts only when asked, and drops images no page uses any more', () => {
    run('--drafts');
    expect(Object.keys(manifest().images)).toContain('/images/b/draft.jpg');
    const clear = manifest().images['/images/a/clear.png']!;
    content([]);
    run();
    expect(Object.keys(manifest().images).sort()).toEqual(['/images/a/wide.jpg', '/images/authors/x.jpg']);
    expect(existsSync(pub(clear.fallback.src))).toBe(false);
  });
});
