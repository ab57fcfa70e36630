import { expect, test, type Page } from '@playwright/test';
import { variantManifest } from './helpers';

// Issue 13: a lazy image (a card, a figure below the fold) must not be a flat beige or white box
// while it loads. Each one carries its photo's dominant colour as its background
// (components/ResponsiveImage.tsx), so with every image request held back the boxes already
// show the photos' tones, in the light and the dark theme.

const PAGES = ['/sections/economy', '/articles/paris-talks-israel-syria'];
const IMAGE = /\.(avif|webp|jpe?g|png|gif)(\?|$)/i;

type Lazy = { src: string; background: string; complete: boolean; belowFold: boolean };

/** Every lazy <img> of the page: its fallback src, computed background colour, and whether it has loaded. */
function lazyImages(page: Page): Promise<Lazy[]> {
  return page.locator('img[loading="lazy"]').evaluateAll((imgs) =>
    (imgs as HTMLImageElement[]).map((img) => ({
      src: img.getAttribute('src') ?? '',
      background: getComputedStyle(img).backgroundColor,
      complete: img.complete && img.naturalWidth > 0,
      belowFold: img.getBoundingClientRect().top > innerHeight,
    })),
  );
}

/** The theme's own colours, resolved to rgb(): a placeholder equal to one of them is the flat box the issue reports. */
function themeColours(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    ['--color-paper', '--color-tint'].map((v) => {
      const probe = document.createElement('div');
      probe.style.backgroundColor = `var(${v})`;
      document.body.append(probe);
      const c = getComputedStyle(probe).backgroundColor;
      probe.remove();
      return c;
    }),
  );
}

/** `#rgb`/`#rrggbb` → the `rgb(r, g, b)` getComputedStyle reports. */
function rgb(hex: string): string {
  const h = hex.slice(1);
  const full = h.length === 3 ? [...h].map((c) => c + c).join('') : h;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

for (const scheme of ['light', 'dark'] as const) {
  test(`every lazy image shows its photo's colour before it loads (${scheme})`, async ({ page }) => {
    // The colour of each fallback file's photo, as the variants step recorded it.
    const colourOf = new Map(Object.values(variantManifest().images).flatMap((e) => (e.color ? [[e.fallback.src, e.color] as const] : [])));
    expect(colourOf.size).toBeGreaterThan(10);
    await page.emulateMedia({ colorScheme: scheme });
    // No image ever arrives: what a reader sees while they are still on their way.
    await page.route(IMAGE, (route) => route.abort());
    let belowFold = 0;
    for (const url of PAGES) {
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      const flat = await themeColours(page);
      const lazy = await lazyImages(page);
      expect(lazy.length, url).toBeGreaterThan(0);
      for (const img of lazy) {
        const at = `${url} ${img.src}`;
        expect(img.complete, at).toBe(false);
        expect(colourOf.has(img.src), `${at}: no colour in the manifest`).toBe(true);
        expect(img.background, at).toBe(rgb(colourOf.get(img.src)!));
        expect(img.background, at).not.toMatch(/^rgba\(0, 0, 0, 0\)$|^transparent$/);
        expect(flat, at).not.toContain(img.background);
        if (img.belowFold) belowFold++;
      }
    }
    // The article's figures lie below the first screen: the case the issue is about.
    expect(belowFold).toBeGreaterThan(0);
  });
}
