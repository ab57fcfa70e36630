import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { imageSize } from 'image-size';
import { publishedArticles, variantManifest, type VariantManifest } from './helpers';

// Build-time responsive images (docs/adr/0005-build-time-image-variants.md): every
// <img> on an article is sized, sits in a <picture> with AVIF and WebP srcsets of
// several widths that all resolve, is never upscaled, carries a placeholder, and
// loads without shifting the layout.

const REF = '/articles/paris-talks-israel-syria';
/** Below this source width a single variant is all there is (lib/image-variants.ts MIN_TWO_WIDTHS). */
const MIN_TWO_WIDTHS = 160;

type Shown = {
  src: string;
  width: string | null;
  height: string | null;
  loading: string | null;
  fetchpriority: string | null;
  style: string;
  where: 'hero' | 'inline' | 'card' | 'other';
  picture: boolean;
  sources: { type: string | null; srcset: string | null; sizes: string | null }[];
};

function shownImages(page: Page): Promise<Shown[]> {
  return page.locator('img').evaluateAll((imgs) =>
    imgs.map((img) => {
      const picture = img.parentElement?.tagName === 'PICTURE' ? img.parentElement : null;
      return {
        src: img.getAttribute('src') ?? '',
        width: img.getAttribute('width'),
        height: img.getAttribute('height'),
        loading: img.getAttribute('loading'),
        fetchpriority: img.getAttribute('fetchpriority'),
        style: img.getAttribute('style') ?? '',
        where: img.closest('figure.figure--hero') ? 'hero' : img.closest('.article-text figure.figure--inline') ? 'inline' : img.closest('.card') ? 'card' : 'other',
        picture: !!picture,
        sources: picture
          ? Array.from(picture.querySelectorAll('source')).map((s) => ({ type: s.getAttribute('type'), srcset: s.getAttribute('srcset'), sizes: s.getAttribute('sizes') }))
          : [],
      } as const;
    }),
  );
}

/** `url 400w, url 800w` → [{ url, width }]. */
function parseSrcset(srcset: string): { url: string; width: number }[] {
  return srcset
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean)
    .map((c) => {
      const [url, descriptor] = c.split(/\s+/);
      expect(descriptor, c).toMatch(/^\d+w$/);
      return { url: url!, width: parseInt(descriptor!, 10) };
    });
}

/** The content image (`/images/…`) an <img> shows, found from its fallback src. */
function sourceOf(manifest: VariantManifest, fallbackSrc: string): string | undefined {
  return Object.entries(manifest.images).find(([, v]) => v.fallback.src === fallbackSrc)?.[0];
}

const figureSources = (raw: string) => [...raw.matchAll(/<Figure\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!);

test.describe('responsive images on every published article', () => {
  test('every <img> is sized, in a <picture> with AVIF and WebP srcsets, and every URL resolves, never upscaled', async ({ page }, testInfo) => {
    test.setTimeout(240_000);
    const manifest = variantManifest();
    const urls = new Map<string, number>(); // URL → the width it claims (0 for a plain src)
    const originals = new Map<string, string>(); // URL → content image it was made from

    for (const a of publishedArticles()) {
      const res = await page.goto(a.url);
      expect(res?.status(), a.url).toBe(200);
      const imgs = await shownImages(page);
      expect(imgs.filter((i) => i.where === 'hero'), a.url).toHaveLength(1);
      expect(imgs.filter((i) => i.where === 'inline').length, a.url).toBe(figureSources(a.body.raw).length);

      for (const img of imgs) {
        const at = `${a.url} ${img.src}`;
        expect(img.width, at).toMatch(/^\d+$/);
        expect(img.height, at).toMatch(/^\d+$/);
        expect(img.picture, at).toBe(true);
        const source = sourceOf(manifest, img.src);
        expect(source, `${at} is not a fallback listed in the manifest`).toBeDefined();
        const entry = manifest.images[source!]!;
        // The aspect ratio reserved by width/height is the photo's own.
        expect([Number(img.width), Number(img.height)], at).toEqual([entry.width, entry.height]);
        // Hero and figures show the image the article names.
        if (img.where === 'hero') expect(source, at).toBe(a.image.src);
        if (img.where === 'inline') expect(figureSources(a.body.raw), at).toContain(source);

        const types = img.sources.map((s) => s.type);
        expect(types, at).toEqual(['image/avif', 'image/webp']);
        for (const s of img.sources) {
          expect(s.sizes, at).toBeTruthy();
          const candidates = parseSrcset(s.srcset ?? '');
          const widths = candidates.map((c) => c.width);
          if (entry.width >= MIN_TWO_WIDTHS) expect(widths.length, `${at} ${s.type}`).toBeGreaterThanOrEqual(2);
          expect(Math.max(...widths), `${at} ${s.type} upscaled`).toBeLessThanOrEqual(entry.width);
          const ext = s.type === 'image/avif' ? '.avif' : '.webp';
          for (const c of candidates) {
            expect(c.url.endsWith(ext), c.url).toBe(true);
            urls.set(c.url, c.width);
            originals.set(c.url, source!);
          }
        }
        urls.set(img.src, 0);
        originals.set(img.src, source!);

        // A blurred placeholder for opaque photos loaded at once (above the fold), painted as the <img>'s
        // background, small enough to inline. Lazy images and cards carry the photo's dominant colour
        // instead (a few bytes; tests/e2e/placeholders.spec.ts checks it paints). Card thumbnails have no file wider than 800 px.
        if (img.where === 'card') for (const s of img.sources) expect(parseSrcset(s.srcset ?? '').filter((c, i) => i > 0 && c.width > 800), `${at} thumbnail`).toEqual([]);
        if (!entry.placeholder) expect(img.style, at).toBe('');
        else if (img.loading === 'lazy' || img.where === 'card') expect(img.style, at).toBe(`background:${entry.color}`);
        else {
          expect(img.style, at).toContain(`url("${entry.placeholder}")`);
          expect(entry.placeholder.length, at).toBeLessThan(1024);
        }
        if (img.where === 'hero') {
          expect(img.fetchpriority, at).toBe('high');
          expect(img.loading, at).not.toBe('lazy');
        } else {
          expect(img.loading, at).toBe('lazy');
          expect(img.fetchpriority, at).toBeNull();
        }
      }
    }

    // The files themselves are the same for both projects: checked once.
    if (testInfo.project.name !== 'desktop') return;
    expect(urls.size).toBeGreaterThan(0);
    for (const [url, claimed] of urls) {
      const res = await page.request.get(url);
      expect(res.status(), url).toBe(200);
      const file = path.join('out', decodeURIComponent(url));
      expect(existsSync(file), `${url} is not in out/`).toBe(true);
      const actual = imageSize(readFileSync(file));
      const original = imageSize(readFileSync(path.join('public', decodeURIComponent(originals.get(url)!))));
      if (claimed) expect(actual.width, `${url} is not as wide as its srcset says`).toBe(claimed);
      expect(actual.width, `${url} is wider than its original`).toBeLessThanOrEqual(original.width);
      expect(actual.height, `${url} is taller than its original`).toBeLessThanOrEqual(original.height);
    }
  });

  test('the page does not preload a different file from the one the <picture> picks', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'image') requested.push(new URL(r.url()).pathname);
    });
    await page.goto(REF, { waitUntil: 'load' });
    // React hoists <link rel=preload as=image> for high-priority images, but not for one inside <picture>
    // (it cannot know which source wins): the hero is found by the preload scanner in the HTML instead.
    const preloads = await page.locator('link[rel="preload"][as="image"]').evaluateAll((ls) => ls.map((l) => l.outerHTML));
    for (const p of preloads) expect(p, 'an image preload must carry the srcset and sizes').toMatch(/imagesrcset=.*imagesizes=/i);
    const hero = await page.locator('figure.figure--hero img').evaluate((i: HTMLImageElement) => new URL(i.currentSrc).pathname);
    const heroFiles = requested.filter((u) => u.includes(hero.slice(0, hero.lastIndexOf('/'))));
    expect(heroFiles, 'the hero photo is fetched once, in one format and width').toEqual([hero]);
  });
});

test('Chromium picks the AVIF variants', async ({ page }) => {
  await page.goto(REF);
  await page.evaluate(() => {
    for (const img of Array.from(document.images)) img.loading = 'eager';
  });
  await page.waitForFunction(() => Array.from(document.images).every((i) => i.complete), undefined, { timeout: 15_000 });
  const shown = await page.evaluate(() => Array.from(document.images).map((i) => ({ current: i.currentSrc, natural: i.naturalWidth })));
  expect(shown.length).toBeGreaterThan(2);
  for (const s of shown) {
    expect(s.current, 'currentSrc').toMatch(/\/variants\/[0-9a-f]+\/[^/]+-\d+\.avif$/);
    expect(s.natural).toBeGreaterThan(0);
  }
});

test('no layout shift while an article loads and is scrolled through', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __cls: number; __shifts: string[] };
    w.__cls = 0;
    w.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] })[]) {
        if (e.hadRecentInput) continue;
        w.__cls += e.value;
        w.__shifts.push(`${e.value.toFixed(4)} ${(e.sources ?? []).map((s) => (s.node as Element | undefined)?.outerHTML?.slice(0, 80)).join(' | ')}`);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  for (const url of [REF, ...publishedArticles().slice(0, 3).map((a) => a.url)]) {
    await page.goto(url);
    expect(await page.evaluate(() => PerformanceObserver.supportedEntryTypes.includes('layout-shift'))).toBe(true);
    // Scroll down in steps, letting lazy images arrive, then back to the top.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let y = 0; y <= height; y += 400) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      await page.waitForTimeout(60);
    }
    // A lazy image inside a closed <details> (a <Profile> portrait) loads only when it is opened.
    await page.waitForFunction(() => Array.from(document.images).every((i) => i.complete || i.closest('details:not([open])')), undefined, { timeout: 15_000 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(200);
    const { cls, shifts } = await page.evaluate(() => {
      const w = window as unknown as { __cls: number; __shifts: string[] };
      return { cls: w.__cls, shifts: w.__shifts };
    });
    expect(cls, `${url}: ${shifts.join('\n')}`).toBeLessThan(0.01);
  }
});

test('<picture> adds no boxes: the <img> lays out as it would alone', async ({ page }) => {
  for (const url of ['/', REF]) {
    await page.goto(url);
    // A <source> with a box would be an empty flex/grid item, adding a gap above card and lead images.
    const boxed = await page.locator('picture > source').evaluateAll((ss) => ss.filter((s) => s.getClientRects().length > 0).length);
    expect(boxed, url).toBe(0);
    const offsets = await page.locator('.card').evaluateAll((cards) =>
      cards
        .filter((c) => c.querySelector('img'))
        .map((c) => {
          const style = getComputedStyle(c);
          const contentTop = c.getBoundingClientRect().top + parseFloat(style.borderTopWidth) + parseFloat(style.paddingTop);
          return Math.round(c.querySelector('img')!.getBoundingClientRect().top - contentTop);
        }),
    );
    expect(new Set(offsets), `${url}: card images start at the top of the card`).toEqual(new Set(offsets.length ? [0] : []));
  }
});
