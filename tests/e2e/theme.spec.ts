import { expect, test, type Page } from '@playwright/test';
import { publishedArticles } from './helpers';

const REF = '/articles/paris-talks-israel-syria';
const bg = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor || getComputedStyle(document.documentElement).backgroundColor);
const htmlBg = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
const isDark = (rgb: string) => {
  const [r, g, b] = rgb.match(/\d+/g)!.map(Number) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 80;
};

test.describe('dark mode', () => {
  test('follows a dark system setting with no script at all (so no flash)', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.route('**/islands/**', (r) => r.abort());
    await page.goto(REF);
    expect(isDark(await htmlBg(page))).toBe(true);
    await page.emulateMedia({ colorScheme: 'light' });
    expect(isDark(await htmlBg(page))).toBe(false);
  });

  test('the toggle overrides the system, is remembered, and is applied before first paint', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(REF);
    const toggle = page.getByRole('button', { name: 'Dark mode' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(isDark(await htmlBg(page))).toBe(true);

    // Another page, and a reload: still dark.
    await page.goto(publishedArticles().find((a) => a.url !== REF)!.url);
    expect(isDark(await htmlBg(page))).toBe(true);
    // With the island blocked, the head snippet alone applies the stored choice.
    await page.route('**/islands/**', (r) => r.abort());
    await page.goto('/');
    expect(isDark(await htmlBg(page))).toBe(true);
    await page.unroute('**/islands/**');

    // Back to light, against a dark system.
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/');
    await page.getByRole('button', { name: 'Dark mode' }).click();
    expect(isDark(await htmlBg(page))).toBe(false);
    await page.reload();
    expect(isDark(await htmlBg(page))).toBe(false);
    await expect(page.getByRole('button', { name: 'Dark mode' })).toHaveAttribute('aria-pressed', 'false');
    void bg;
  });

  test('without JavaScript the toggle is hidden and the page follows the system', async ({ browser }) => {
    const ctx = await browser.newContext({ javaScriptEnabled: false, colorScheme: 'dark' });
    const page = await ctx.newPage();
    await page.goto(REF);
    await expect(page.locator('.theme-toggle')).toBeHidden();
    expect(isDark(await htmlBg(page))).toBe(true);
    await ctx.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`text meets WCAG AA contrast in the ${scheme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      for (const url of [REF, '/', '/archive']) {
        await page.goto(url);
        const failures = await page.evaluate(() => {
          const parse = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
          const lum = ([r, g, b]: number[]) =>
            [r!, g!, b!]
              .map((v) => v / 255)
              .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
              .reduce((acc, v, i) => acc + v * [0.2126, 0.7152, 0.0722][i]!, 0);
          const background = (el: Element | null): number[] => {
            for (let e = el; e; e = e.parentElement) {
              const c = parse(getComputedStyle(e).backgroundColor);
              if (c.length >= 3 && (c[3] === undefined || c[3] > 0.5)) return c;
            }
            return parse(getComputedStyle(document.documentElement).backgroundColor);
          };
          const out: string[] = [];
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            const el = n.parentElement!;
            if (!n.textContent!.trim() || el.closest('[aria-hidden="true"], .sr-only, .skip-link, .draft-banner')) continue;
            const rect = el.getBoundingClientRect();
            if (rect.width === 0 || getComputedStyle(el).visibility === 'hidden') continue;
            const fg = lum(parse(getComputedStyle(el).color));
            const bgL = lum(background(el));
            const ratio = (Math.max(fg, bgL) + 0.05) / (Math.min(fg, bgL) + 0.05);
            const size = parseFloat(getComputedStyle(el).fontSize);
            const bold = Number(getComputedStyle(el).fontWeight) >= 700;
            const needed = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
            if (ratio < needed) out.push(`${el.tagName}.${el.className} "${n.textContent!.trim().slice(0, 30)}" ${ratio.toFixed(2)}`);
          }
          return out;
        });
        expect(failures, url).toEqual([]);
      }
    });
  }
});

test('print: the article with photos, captions and its URL; no navigation, controls or related block', async ({ page }) => {
  await page.goto(REF);
  await page.emulateMedia({ media: 'print' });
  for (const sel of ['.site-header', '.site-footer', '.text-size', '.related', '.toc', '.skip-link']) {
    await expect(page.locator(sel).first(), sel).toBeHidden();
  }
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('figure.figure--hero img')).toBeVisible();
  await expect(page.locator('figure.figure--hero figcaption')).toBeVisible();
  await expect(page.locator('.article-text figure figcaption').first()).toBeVisible();
  await expect(page.locator('.print-only')).toBeVisible();
  await expect(page.locator('.print-only')).toHaveText(/^Read online: https?:\/\/[^ ]+\/articles\/paris-talks-israel-syria$/);
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('.print-only')).toBeHidden();
  // A real PDF renders.
  const pdf = await page.pdf();
  expect(pdf.byteLength).toBeGreaterThan(10_000);
});
