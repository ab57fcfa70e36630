import { expect, test } from '@playwright/test';
import { newestFirst, publishedArticles } from './helpers';

// Sharing without third parties: plain links with the canonical address and headline, no
// request to another site when an article loads, and the island's share sheet and "Copy link".

const en = newestFirst(publishedArticles('en'))[0]!;
const ar = newestFirst(publishedArticles('ar'))[0];
const SERVICES = { email: 'mailto:', whatsapp: 'https://wa.me/', telegram: 'https://t.me/share/url', x: 'https://x.com/intent/post', facebook: 'https://www.facebook.com/sharer/sharer.php', linkedin: 'https://www.linkedin.com/sharing/share-offsite/' };

test('every service’s share page, with the canonical address and headline; nothing loads from other sites', async ({ page, baseURL }) => {
  const foreign: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).origin !== new URL(baseURL!).origin && !r.url().startsWith('data:')) foreign.push(r.url());
  });
  await page.goto(en.url);
  const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href'))!;
  const hrefs = await page.locator('#share li a').evaluateAll((els) => els.map((e) => e.getAttribute('href')!));
  expect(hrefs).toHaveLength(6);
  Object.values(SERVICES).forEach((start, i) => expect(hrefs[i]!.startsWith(start), hrefs[i]).toBe(true));
  for (const href of hrefs) {
    const decoded = decodeURIComponent(href);
    expect(decoded).toContain(canonical);
    expect(decoded).not.toMatch(/utm_|fbclid|ref=/);
  }
  for (const href of hrefs.filter((h) => !h.includes('facebook') && !h.includes('linkedin'))) expect(decodeURIComponent(href)).toContain(en.title);
  await page.waitForLoadState('networkidle');
  expect(foreign).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the "Share" link under the headline leads to the list; no copy button', async ({ page }) => {
    await page.goto(en.url);
    await page.locator('.share-jump').click();
    await expect(page).toHaveURL(/#share$/);
    await expect(page.locator('#share')).toBeInViewport();
    await expect(page.locator('.share__copy')).toHaveCount(0);
  });
});

test('the island opens the share sheet with the canonical address, and copies the link', async ({ page, context, browserName }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.addInitScript(() => {
    const w = window as unknown as { __shared?: ShareData[] };
    Object.defineProperty(navigator, 'share', { value: (data: ShareData) => ((w.__shared ??= []).push(data), Promise.resolve()) });
  });
  await page.goto(en.url);
  const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href'))!;
  await page.locator('.share-jump').click();
  const shared = await page.evaluate(() => (window as unknown as { __shared?: ShareData[] }).__shared);
  expect(shared).toEqual([{ title: en.title, url: canonical }]);
  await expect(page).not.toHaveURL(/#share$/);
  await page.locator('.share__copy').click();
  await expect(page.locator('.share__status')).toHaveText('Link copied');
  expect(browserName).toBe('chromium');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);
});

test('the Arabic edition shares in its own words', async ({ page }) => {
  test.skip(!ar, 'no Arabic article');
  await page.goto(ar!.url);
  await expect(page.locator('#share h2')).toHaveText('شارك هذا المقال');
  await expect(page.locator('.share__copy')).toHaveText('انسخ الرابط');
  await expect(page.locator('.share-jump')).toHaveText('مشاركة');
  // Arabic headlines stay letters in the links (as in the <h1>), not six bytes of %XX each.
  const whatsapp = (await page.locator('#share li a').nth(1).getAttribute('href'))!;
  expect(whatsapp).toContain(ar!.title.split(' ')[0]!);
});
