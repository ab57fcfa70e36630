import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { weekArticles } from '../../lib/newsletter';
import { site } from '../../lib/site';
import { generatedArticles } from './helpers';

// The newsletter e-mails the build writes, opened in Chromium as a mail client would show them:
// the live site's images (absolute URLs) are served from out/, nothing else may load.

const EDITIONS = [
  { edition: 'en', dir: 'out/newsletter' },
  { edition: 'ar', dir: 'out/ar/newsletter' },
] as const;

async function openEmail(page: Page, file: string) {
  const foreign: string[] = [];
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin === site.url) {
      const local = path.join('out', decodeURIComponent(url.pathname));
      return existsSync(local) ? route.fulfill({ path: local }) : route.fulfill({ status: 404 });
    }
    foreign.push(url.href);
    return route.abort();
  });
  await page.setContent(readFileSync(file, 'utf8'), { waitUntil: 'load' });
  return foreign;
}

for (const { edition, dir } of EDITIONS) {
  test.describe(`newsletter (${edition})`, () => {
    test.skip(({ isMobile }) => isMobile, 'the e-mail sets its own widths: desktop project only');

    test('latest.html, a dated copy and the text twin exist and list the week’s articles', () => {
      const files = readdirSync(dir);
      expect(files).toEqual(expect.arrayContaining(['latest.html', 'latest.txt']));
      expect(files.filter((f) => /^\d{4}-\d{2}-\d{2}\.html$/.test(f)).length).toBeGreaterThanOrEqual(1);
      const html = readFileSync(path.join(dir, 'latest.html'), 'utf8');
      const text = readFileSync(path.join(dir, 'latest.txt'), 'utf8');
      // The build's clock: the dated copy's day (the step ran moments ago).
      const { articles } = weekArticles(generatedArticles(), edition, new Date());
      expect(articles.length).toBeGreaterThan(0);
      for (const a of articles) {
        expect(html).toContain(`href="${site.url}${a.url}"`);
        expect(text).toContain(`${site.url}${a.url}`);
      }
    });

    for (const width of [320, 600]) {
      test(`renders at ${width} px without sideways scrolling, images from the site's variants`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        const foreign = await openEmail(page, path.join(dir, 'latest.html'));
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        const images = await page.evaluate(() => Array.from(document.images).map((i) => ({ src: i.src, w: i.naturalWidth, box: i.getBoundingClientRect().right })));
        expect(images.length).toBeGreaterThan(0);
        for (const img of images) {
          expect(img.src.startsWith(`${site.url}/variants/`), img.src).toBe(true);
          expect(img.w, img.src).toBeGreaterThan(0);
          expect(img.box).toBeLessThanOrEqual(width);
        }
        expect(foreign).toEqual([]);
        if (edition === 'ar') expect(await page.evaluate(() => getComputedStyle(document.querySelector('.title')!).direction)).toBe('rtl');
      });
    }

    test('dark mode recolours the e-mail', async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'dark' });
      await openEmail(page, path.join(dir, 'latest.html'));
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(18, 18, 18)');
    });
  });
}

test('no sign-up form without a form address in the site settings', async ({ page }) => {
  test.skip(Boolean(site.newsletterFormAction), 'this build has a form address');
  await page.goto('/');
  await expect(page.locator('form[method="post"]')).toHaveCount(0);
});
