import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// The chart, map, video and audio elements on the sample articles that use them, in both
// editions: they read with JavaScript off, load nothing from another origin and nothing
// of the media before the reader presses play, and pass axe in both themes.

const PAGES = {
  chart: '/articles/iraq-electricity-imports-summer',
  chartAr: '/ar/articles/ar-suez-canal-revenue',
  map: '/articles/lebanon-syria-border-talks',
  mapAr: '/ar/articles/ar-maghreb-solar-ambitions',
} as const;
const ALL = Object.values(PAGES);
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

function recordRequests(page: Page, origin: string) {
  const foreign: string[] = [];
  const media: string[] = [];
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.protocol !== 'data:' && u.origin !== origin) foreign.push(r.url());
    if (/\.(mp4|webm|mp3|ogg)$/.test(u.pathname)) media.push(u.pathname);
  });
  return { foreign, media };
}

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('every element renders from the HTML alone', async ({ page }) => {
    await page.goto(PAGES.chart);
    const chart = page.locator('figure.chart');
    await expect(chart.locator('.chart__title')).toHaveText('Electricity Iraq imported directly from Iran');
    await expect(chart.locator('svg rect').first()).toBeVisible();
    await expect(page.locator('video')).toBeVisible();
    await expect(page.locator('audio')).toBeVisible();
    await page.locator('.audio__transcript summary').click();
    await expect(page.locator('.audio__transcript p').first()).toBeVisible();

    await page.goto(PAGES.map);
    const map = page.locator('figure.map');
    await expect(map.locator('svg path.map__land').first()).toBeVisible();
    await expect(map.locator('svg circle')).toHaveCount(6);
    await expect(map.locator('.map__places li')).toHaveCount(6);
    await expect(map.locator('.map__places')).toContainText('Masnaa crossing');
  });
});

test('the chart’s data is a real table for screen readers, with a link to the CSV, in the edition’s digits', async ({ page, request }) => {
  await page.goto(PAGES.chart);
  const table = page.locator('figure.chart table');
  await expect(table.locator('caption')).toContainText('Electricity Iraq imported directly from Iran');
  await expect(table.locator('tbody tr')).toHaveCount(10);
  await expect(table.locator('tbody tr').first()).toHaveText(/2015\s*4,350/);
  // Visually hidden, but in the accessibility tree (the SVG is not).
  await expect(page.getByRole('table', { name: /Electricity Iraq imported/ })).toBeAttached();
  expect(await page.locator('figure.chart svg').getAttribute('aria-hidden')).toBe('true');
  const href = await page.locator('figure.chart a[download]').getAttribute('href');
  const csv = await request.get(href!);
  expect(csv.ok()).toBe(true);
  expect((await csv.text()).split('\n')[0]).toBe('year,imports_gwh');

  await page.goto(PAGES.chartAr);
  await expect(page.locator('figure.chart table tbody tr').first()).toHaveText(/^[٠-٩\s٫]+$/);
  expect(await page.locator('figure.chart svg text').allTextContents()).not.toContainEqual(expect.stringMatching(/[0-9]/));
});

test('video and audio fetch nothing before play; the video box has its size from the first paint', async ({ page, baseURL }) => {
  const { media, foreign } = recordRequests(page, new URL(baseURL!).origin);
  await page.goto(PAGES.chart);
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForLoadState('networkidle');
  expect(await page.locator('video').getAttribute('preload')).toBe('none');
  expect(await page.locator('audio').getAttribute('preload')).toBe('none');
  expect(media).toEqual([]);
  expect(foreign).toEqual([]);
  const box = await page.locator('video').boundingBox();
  expect(box!.height / box!.width).toBeCloseTo(540 / 960, 2);
  // The files are there when the reader plays them.
  const played = page.waitForRequest((r) => r.url().endsWith('.mp4'));
  await page.locator('video').evaluate((v: HTMLVideoElement) => v.play().catch(() => undefined));
  await played;
});

test('charts and maps mirror in the Arabic edition: first year on the right, value axis on the right', async ({ page }) => {
  await page.goto(PAGES.chartAr);
  const points = page.locator('figure.chart svg g.chart__s0 circle');
  const first = await points.first().boundingBox();
  const last = await points.last().boundingBox();
  expect(first!.x).toBeGreaterThan(last!.x);
  const axis = await page.locator('figure.chart svg g[aria-label="y-axis tick label"]').boundingBox();
  const svg = await page.locator('figure.chart svg').boundingBox();
  expect(axis!.x).toBeGreaterThan(svg!.x + svg!.width / 2);
});

test('no element loads anything from another origin', async ({ page, baseURL }) => {
  const { foreign } = recordRequests(page, new URL(baseURL!).origin);
  for (const url of ALL) {
    await page.goto(url);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
  }
  expect(foreign).toEqual([]);
});

for (const url of ALL) {
  test(`axe WCAG 2.2 AA with the media elements: ${url}, light and dark`, async ({ page }) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto(url);
      await page.locator('details.audio__transcript').evaluateAll((ds) => ds.forEach((d) => d.setAttribute('open', '')));
      const result = await new AxeBuilder({ page }).include('figure.chart, figure.map, figure.video, figure.audio').withTags(WCAG_TAGS).analyze();
      expect(result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`)), `${url} ${colorScheme}`).toEqual([]);
    }
  });
}

test('the transcript opens and closes with the keyboard', async ({ page }) => {
  await page.goto(PAGES.chart);
  const summary = page.locator('.audio__transcript summary');
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.audio__transcript')).toHaveAttribute('open', '');
  await page.keyboard.press('Space');
  await expect(page.locator('.audio__transcript')).not.toHaveAttribute('open', '');
});

test('search finds a map’s places and a chart’s title', async ({ page }) => {
  await page.goto('/search?q=Masnaa');
  await expect(page.locator('.search-result').first()).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('.search-result a[href*="lebanon-syria-border-talks"]').first()).toBeVisible();
  await page.goto('/ar/search?q=ورزازات');
  await expect(page.locator('.search-result a[href*="ar-maghreb-solar-ambitions"]').first()).toBeVisible({ timeout: 20_000 });
});
