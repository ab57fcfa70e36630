import { expect, test, type Page } from '@playwright/test';
import { watch } from './helpers';

// Chromium refuses to prerender while DevTools is attached (Playwright is DevTools), and says
// so: "PrerenderingDisabledByDevTools". The tests therefore read Chromium's own preloading
// events — which links the rules chose, and how — and check that the click was answered from
// the speculative fetch. The prerender-activation path is unit-tested in lib/text-size.test.ts.
type Attempt = { action: string; url: string; status: string };

async function recordSpeculation(page: Page): Promise<Attempt[]> {
  const attempts: Attempt[] = [];
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Preload.enable');
  cdp.on('Preload.prerenderStatusUpdated', (e) => attempts.push({ action: 'Prerender', url: e.key.url, status: e.status }));
  cdp.on('Preload.prefetchStatusUpdated', (e) => attempts.push({ action: 'Prefetch', url: e.prefetchUrl, status: e.status }));
  return attempts;
}

const REF = '/articles/paris-talks-israel-syria';

test('every kind of page carries one speculation-rules script that Chromium accepts', async ({ page }) => {
  for (const url of ['/', REF, '/sections/economy', '/archive', '/search']) {
    await page.goto(url);
    const rules = page.locator('script[type="speculationrules"]');
    await expect(rules, url).toHaveCount(1);
    const parsed = JSON.parse((await rules.textContent()) ?? '') as { prerender: unknown[] };
    expect(parsed.prerender.length, url).toBeGreaterThan(0);
    expect(await page.evaluate(() => HTMLScriptElement.supports('speculationrules'))).toBe(true);
  }
});

test('hovering an article link starts its prerender, and the click is served from it', async ({ page, baseURL }, testInfo) => {
  test.skip(testInfo.project.name === 'phone', 'moderate eagerness reacts to hover on desktop and to pointer-down on touch screens');
  const seen = watch(page);
  const attempts = await recordSpeculation(page);
  await page.goto(REF);
  // Nothing is fetched ahead until the reader shows intent ("moderate", not "eager").
  await page.waitForTimeout(500);
  expect(attempts).toEqual([]);

  const link = page.locator('main a[href^="/articles/"]').first();
  const href = (await link.getAttribute('href'))!;
  await link.scrollIntoViewIfNeeded();
  await link.hover();
  const url = new URL(href, baseURL).href;
  await expect.poll(() => attempts.filter((a) => a.url === url).map((a) => a.action)).toContain('Prerender');
  await expect.poll(() => attempts.some((a) => a.url === url && a.action === 'Prefetch' && (a.status === 'Ready' || a.status === 'Success'))).toBe(true);

  await link.click();
  await page.waitForURL(url);
  const delivery = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming & { deliveryType: string }).deliveryType);
  expect(delivery, 'the page came from the speculative fetch, not a new request').toBe('navigational-prefetch');
  expect(seen.problems).toEqual([]);
});

test('other pages are prefetched on intent, never prerendered; feeds are left alone', async ({ page, baseURL }, testInfo) => {
  test.skip(testInfo.project.name === 'phone', 'hover intent is a desktop gesture');
  const attempts = await recordSpeculation(page);
  await page.goto(REF);
  const section = page.locator('main a[href^="/sections/"]').first();
  await section.hover();
  const sectionUrl = new URL((await section.getAttribute('href'))!, baseURL).href;
  await expect.poll(() => attempts.some((a) => a.url === sectionUrl && a.action === 'Prefetch')).toBe(true);
  expect(attempts.filter((a) => a.url === sectionUrl && a.action === 'Prerender')).toEqual([]);

  const feed = page.locator('a[href$=".xml"]').first();
  await feed.scrollIntoViewIfNeeded();
  await feed.hover();
  await page.waitForTimeout(800);
  const feedUrl = new URL((await feed.getAttribute('href'))!, baseURL).href;
  expect(attempts.filter((a) => a.url === feedUrl)).toEqual([]);
});
