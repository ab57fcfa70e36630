import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { VariantManifest } from './image-variants';
import { getResponsiveImage, loadVariantManifest } from './images';

const entry = {
  width: 1600,
  height: 900,
  placeholder: 'data:image/webp;base64,AAAA',
  avif: [
    { src: '/variants/abc/hero-400.avif', width: 400 },
    { src: '/variants/abc/hero-1600.avif', width: 1600 },
  ],
  webp: [
    { src: '/variants/abc/hero-400.webp', width: 400 },
    { src: '/variants/abc/hero-1600.webp', width: 1600 },
  ],
  fallback: { src: '/variants/abc/hero-1200.jpg', width: 1200, height: 675 },
};

function manifestFile(images: VariantManifest['images']): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'variants-')), 'manifest.json');
  writeFileSync(file, JSON.stringify({ version: 1, images }));
  return file;
}

afterEach(() => vi.restoreAllMocks());

describe('getResponsiveImage', () => {
  it('returns the manifest entry for a source path', () => {
    const file = manifestFile({ '/images/a/hero.jpg': entry });
    expect(getResponsiveImage('/images/a/hero.jpg', { manifestFile: file, strict: true })).toEqual(entry);
  });

  it('returns undefined (a plain <img>) for an image the manifest lacks, with one warning and no error', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const file = manifestFile({ '/images/a/hero.jpg': entry });
    expect(getResponsiveImage('/images/a/other.jpg', { manifestFile: file, strict: true })).toBeUndefined();
    expect(getResponsiveImage('/images/a/other.jpg', { manifestFile: file, strict: true })).toBeUndefined();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(getResponsiveImage('/images/a/logo.svg', { manifestFile: file, strict: true })).toBeUndefined();
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('falls back quietly when the manifest is missing outside a production build', () => {
    const missing = path.join(tmpdir(), 'no-such-dir', 'manifest.json');
    expect(getResponsiveImage('/images/a/hero.jpg', { manifestFile: missing, strict: false })).toBeUndefined();
  });

  it('fails a production build whose manifest is missing, naming the fix', () => {
    const missing = path.join(tmpdir(), 'no-such-dir', 'manifest.json');
    expect(() => getResponsiveImage('/images/a/hero.jpg', { manifestFile: missing, strict: true })).toThrow(/npm run build/);
  });

  it('rereads the manifest when the file changes', () => {
    const file = manifestFile({ '/images/a/hero.jpg': entry });
    expect(Object.keys(loadVariantManifest({ manifestFile: file })!.images)).toEqual(['/images/a/hero.jpg']);
    writeFileSync(file, JSON.stringify({ version: 1, images: { '/images/b/new.jpg': entry } }));
    // A coarse file-system clock could hide the rewrite: move the mtime on.
    const later = new Date(Date.now() + 5000);
    utimesSync(file, later, later);
    expect(Object.keys(loadVariantManifest({ manifestFile: file })!.images)).toEqual(['/images/b/new.jpg']);
  });
});
