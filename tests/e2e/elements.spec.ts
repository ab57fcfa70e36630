import AxeBuilder from '@axe-core/playwright';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { readFragment } from '../../scripts/pagefind-fragment';

// The editorial elements (lib/elements/, components/elements/) on the sample articles that
// use them: rendered on the server (so with JavaScript off), usable from the keyboard,
// accessible in both themes and editions, mirrored in Arabic, and printed open.

const EN = '/articles/paris-talks-israel-syria';
const EN_MEDIA = '/articles/morocco-water-desalination';
const AR = '/ar/articles/ar-jordan-water-security';
const AR_MEDIA = '/ar/articles/ar-gulf-food-security';
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the reference article renders key points, explainer, profile, timeline, link card and notes', async ({ page }) => {
    await page.goto(EN);
    const text = page.locator('.article-text');
    await expect(text.locator('.key-points li')).toHaveCount(4);
    await expect(text.locator('.key-points .key-points__title')).toHaveText('Key points');

    const explainer = text.locator('details.explainer');
    await expect(explainer).not.toHaveAttribute('open');
    await expect(explainer.locator('summary')).toContainText('What is the 1974 Disengagement Agreement?');
    await expect(explainer.locator('.disclosure__body')).toBeHidden();

    const profile = text.locator('details.profile');
    await expect(profile.locator('summary')).toContainText('Daniel Mercer');
    await expect(profile.locator('summary')).toContainText('US special envoy');

    const events = text.locator('.timeline ol > li');
    await expect(events).toHaveCount(4);
    expect(await events.locator('time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')))).toEqual(['1974-05-31T00:00:00+03:00', '2024-12', '2025', '2026-01-06T00:00:00+03:00']);
    await expect(events.nth(1).locator('time')).toHaveText('December 2024');

    const card = text.locator('.related-link a');
    await expect(card).toHaveAttribute('href', '/articles/israel-turkiye-friction-syria');
    await expect(card).toContainText('Israel and Türkiye are learning to share Syria');

    const ref = text.locator('sup a[data-footnote-ref]');
    await expect(ref).toHaveText('1');
    const notes = text.locator('section.footnotes');
    await expect(notes.locator('h2')).toHaveText('Notes');
    await expect(notes.locator('li')).toHaveCount(1);
    await expect(notes.locator('a[data-footnote-backref]')).toHaveAttribute('aria-label', 'Back to note 1 in the text');
    // The reference and the note link to each other.
    const target = await ref.getAttribute('href');
    await expect(page.locator(`[id="${target!.slice(1)}"]`)).toContainText('Druze');
  });

  test('typographic quotes and apostrophes in the text, never in code or links', async ({ page }) => {
    await page.goto(EN);
    // The paragraphs of the text; captions and headlines are checked in the test below.
    const body = (await page.locator('.article-text > p, .article-text details p, .article-text li p').allInnerTexts()).join('\n');
    expect(body).toContain('a “humanitarian corridor”');
    expect(body).toContain('the Prime Minister’s military secretary');
    expect(body).not.toMatch(/\w'\w/);
    expect(body).not.toContain('"');
    await page.goto(AR_MEDIA);
    expect(await page.locator('.article-text').innerText()).toContain('«الأمن الغذائي الممتد»');
  });

  test('typographic quotes in headlines, standfirsts, cards and element captions, never in alt text or addresses', async ({ page }) => {
    await page.goto('/articles/egypt-debt-reckoning');
    await expect(page.locator('h1')).toHaveText('Egypt’s debt reckoning is being postponed, not avoided');
    expect(await page.title()).toContain('Egypt’s debt reckoning');
    await page.goto('/articles/kurdistan-region-politics-interview');
    await expect(page.locator('h1')).toHaveText('“Erbil and Sulaymaniyah still govern like two capitals”');
    await page.goto(EN);
    await expect(page.locator('.article-text figcaption', { hasText: 'foreign minister arrives' })).toContainText('Türkiye’s foreign minister');
    await page.goto('/sections/economy');
    const cards = (await page.locator('.card__title').allInnerTexts()).join('\n');
    expect(cards).toMatch(/\w’\w/);
    expect(cards).not.toMatch(/\w'\w|"/);
    // Alt text is read aloud as written, and no address is touched.
    expect(await page.locator('img[alt*="’"]').count()).toBe(0);
    expect(await page.locator('a[href*="’"], a[href*="“"]').count()).toBe(0);
  });

  test('gallery, table and quoted post render without embeds or layout shift', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(EN_MEDIA);
    const photos = page.locator('.gallery .gallery__grid figure img');
    await expect(photos).toHaveCount(4);
    for (const img of await photos.all()) {
      expect(Number(await img.getAttribute('width'))).toBeGreaterThan(0);
      expect(Number(await img.getAttribute('height'))).toBeGreaterThan(0);
    }
    await expect(page.locator('.gallery .figure__credit').first()).toHaveText('ILLUSTRATION: STANDFIRST DESK');
    await expect(page.locator('.gallery > figcaption')).toContainText('From the sea to the fields');

    const table = page.locator('.data-table');
    await expect(table.locator('figcaption')).toContainText('desalination build-out');
    await expect(table.locator('thead th')).toHaveCount(4);
    await expect(table.locator('tbody tr')).toHaveCount(4);
    await expect(table.locator('.data-table__source')).toContainText('Source:');

    const post = page.locator('.social-post');
    await expect(post.locator('blockquote')).toContainText('Every new desalination plant');
    await expect(post.locator('.social-post__handle')).toHaveText('@equipement_eau');
    await expect(post.locator('a')).toHaveAttribute('href', /^https:\/\/x\.com\//);
    await expect(post.locator('a')).toHaveText('View the original on X');
    expect(await page.locator('iframe, script[src*="x.com"], script[src*="twitter"]').count()).toBe(0);
    const origin = new URL(page.url()).origin;
    expect(requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:'))).toEqual([]);
  });

  test('the Arabic edition prints its own words and digits, right to left', async ({ page }) => {
    await page.goto(AR);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('.explainer .disclosure__kicker')).toHaveText('للتوضيح');
    await expect(page.locator('.profile summary')).toContainText('ليلى العمري');
    const first = page.locator('.timeline time').first();
    await expect(first).toHaveAttribute('datetime', '2021-11');
    await expect(first).toHaveText('نوفمبر ٢٠٢١');
    await expect(page.locator('.related-link a')).toHaveAttribute('href', '/ar/articles/ar-gulf-food-security');

    await page.goto(AR_MEDIA);
    await expect(page.locator('.key-points__title')).toHaveText('أبرز النقاط');
    await expect(page.locator('section.footnotes h2')).toHaveText('الهوامش');
    await expect(page.locator('sup a[data-footnote-ref]')).toHaveText('١');
    await expect(page.locator('.data-table__source')).toContainText('المصدر:');
    await expect(page.locator('.gallery .gallery__grid figure')).toHaveCount(3);
    // The quoted post's handle stays left to right inside the Arabic text.
    await expect(page.locator('.social-post__handle')).toHaveAttribute('dir', 'ltr');
  });
});

test('every <details> opens and closes from the keyboard', async ({ page }) => {
  for (const url of [EN, AR]) {
    await page.goto(url);
    const summaries = page.locator('.article-text details > summary');
    const count = await summaries.count();
    expect(count, url).toBeGreaterThanOrEqual(2);
    for (let i = 0; i < count; i++) {
      const summary = summaries.nth(i);
      const details = summary.locator('..');
      // Reach it with Tab, as a keyboard user would.
      await summary.evaluate((s) => (s.previousElementSibling ?? s.closest('details')!.previousElementSibling ?? document.body).scrollIntoView());
      await page.locator('body').focus();
      let reached = false;
      for (let t = 0; t < 200 && !reached; t++) {
        await page.keyboard.press('Tab');
        reached = await summary.evaluate((s) => document.activeElement === s);
      }
      expect(reached, `${url}: summary ${i + 1} is reachable with Tab`).toBe(true);
      await page.keyboard.press('Enter');
      await expect(details).toHaveAttribute('open');
      await expect(details.locator('.disclosure__body')).toBeVisible();
      await page.keyboard.press('Space');
      await expect(details).not.toHaveAttribute('open');
    }
  }
});

test('boxes print open', async ({ page }) => {
  await page.goto(EN);
  await page.emulateMedia({ media: 'print' });
  for (const box of await page.locator('.article-text details .disclosure__body').all()) {
    expect((await box.boundingBox())?.height ?? 0).toBeGreaterThan(10);
  }
});

test('the table scrolls inside its box, not the page, on a narrow screen', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(EN_MEDIA);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expect(page.locator('.data-table__scroll')).toHaveAttribute('tabindex', '0');
});

test('search indexes element text but not the pull-quote', async ({ page }) => {
  // Read from the index itself: the data-pagefind-* attributes that steer it are gone from the
  // built pages once it is written (scripts/index-attributes.ts).
  const dir = path.join('out', 'pagefind', 'fragment');
  const fragment = readdirSync(dir)
    .map((f) => readFragment(path.join(dir, f)))
    .find((f) => f.url === `${EN}.html` || f.url === EN);
  expect(fragment, `${EN} in the index`).toBeDefined();
  const words = (s: string) => s.replace(/\s+/g, ' ').trim();
  const content = words(fragment!.content);
  await page.goto(EN);
  // The first few words of each element's text, as Pagefind normalises it.
  const start = async (selector: string) => words(await page.locator(selector).first().evaluate((el) => el.textContent ?? '')).split(' ').slice(0, 6).join(' ');
  for (const s of ['.key-points li', '.explainer .disclosure__body p', '.profile p', '.timeline li p', '.related-link__headline', 'section.footnotes li p']) {
    const text = await start(s);
    expect(text.length, s).toBeGreaterThan(10);
    expect(content, s).toContain(text);
  }
  expect(content).not.toContain(await start('.pull-quote'));
});

async function violations(page: Page): Promise<string[]> {
  // Open every box so axe checks what is inside it too.
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => d.setAttribute('open', '')));
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

for (const url of [EN, EN_MEDIA, AR, AR_MEDIA]) {
  test(`axe WCAG 2.2 AA with the elements: ${url}, light and dark`, async ({ page }) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto(url);
      expect(await violations(page), `${url} in ${colorScheme}`).toEqual([]);
    }
  });
}
