import { expect, test, type Page } from '@playwright/test';
import { LATIN_SERIF } from '../../lib/fonts';

// The Latin edition's text face (docs/adr/0021-latin-text-face.md): Source Serif 4 from the site
// itself, upright and italic, never fetched by Arabic pages, and swapped in without moving a line.

const EN = '/articles/paris-talks-israel-syria';
const AR = '/ar/articles/ar-jordan-water-security';

function fontRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'font') seen.push(new URL(r.url()).pathname);
  });
  return seen;
}

test('English headlines and text are set in Source Serif 4, served by the site', async ({ page }) => {
  const fonts = fontRequests(page);
  await page.goto(EN);
  await page.waitForLoadState('networkidle');
  for (const selector of ['h1', '.article-text p', '.masthead']) {
    expect(await page.locator(selector).first().evaluate((e) => getComputedStyle(e).fontFamily), selector).toMatch(/^"?Source Serif 4"?,/);
  }
  await expect.poll(() => page.evaluate(() => document.fonts.check('700 16px "Source Serif 4"', 'Gulf'))).toBe(true);
  expect(fonts).toContain(`/fonts/${LATIN_SERIF.preload}`);
  expect(fonts.every((f) => f.startsWith('/fonts/'))).toBe(true);
  // The italic file comes only with italic text.
  const hasItalic = await page.locator('.article-text em, .article-text i').count();
  if (hasItalic) await expect.poll(() => page.evaluate(() => document.fonts.check('italic 16px "Source Serif 4"', 'a'))).toBe(true);
  expect(await page.locator(`link[rel="preload"][as="font"][href="/fonts/${LATIN_SERIF.preload}"]`).count()).toBe(1);
});

test('Arabic pages never fetch the Latin face', async ({ page }) => {
  const fonts = fontRequests(page);
  await page.goto(AR);
  await page.waitForLoadState('networkidle');
  expect(fonts.filter((f) => f.includes('source-serif'))).toEqual([]);
  expect(await page.locator('link[rel="preload"][as="font"]').count()).toBe(0);
});

test('a late font moves nothing: the fallback is scaled to the same room', async ({ page }) => {
  // Hold the web font back until the page has painted in the fallback, then let it in.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/fonts/source-serif-4-*', async (route) => {
    await held;
    await route.continue();
  });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(EN, { waitUntil: 'domcontentloaded' });
  await page.evaluate(() => {
    (window as unknown as { shifts: number }).shifts = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!e.hadRecentInput) (window as unknown as { shifts: number }).shifts += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => document.fonts.check('16px "Source Serif 4"', 'a'))).toBe(false);
  const before = await page.locator('h1').boundingBox();
  release();
  await expect.poll(() => page.evaluate(() => document.fonts.check('16px "Source Serif 4"', 'a'))).toBe(true);
  await page.waitForTimeout(300);
  const after = await page.locator('h1').boundingBox();
  const shifts = await page.evaluate(() => (window as unknown as { shifts: number }).shifts);
  console.log(`layout shift with a late font: ${shifts.toFixed(4)}; headline ${before?.height} → ${after?.height} px`);
  expect(shifts).toBeLessThan(0.01);
});
