import { expect, test, type Page } from '@playwright/test';
import { publishedArticles, watch } from './helpers';

const REF = '/articles/paris-talks-israel-syria';
const textSize = (page: Page) => page.locator('.article-text').evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
const larger = (page: Page) => page.getByRole('button', { name: 'Larger text' });
const smaller = (page: Page) => page.getByRole('button', { name: 'Smaller text' });

test('buttons named for screen readers change the article text size in steps', async ({ page }) => {
  const seen = watch(page);
  await page.goto(REF);
  await expect(larger(page)).toBeVisible();
  await expect(smaller(page)).toBeVisible();
  const base = await textSize(page);

  await larger(page).click();
  await expect.poll(() => textSize(page)).toBeGreaterThan(base);
  const one = await textSize(page);
  await larger(page).click();
  await expect.poll(() => textSize(page)).toBeGreaterThan(one);
  await expect(page.locator('[data-text-size-status]')).toHaveText(/Text size \d of \d/);

  await smaller(page).click();
  await smaller(page).click();
  await expect.poll(() => textSize(page)).toBe(base);
  await smaller(page).click();
  await expect.poll(() => textSize(page)).toBeLessThan(base);
  // At the smallest step the button says so and does nothing more.
  await expect(smaller(page)).toHaveAttribute('aria-disabled', 'true');
  const min = await textSize(page);
  await smaller(page).click({ force: true }); // aria-disabled: Playwright would otherwise refuse to click
  expect(await textSize(page)).toBe(min);

  // Only the article text scales, not the headline.
  const h1 = await page.locator('h1').evaluate((e) => getComputedStyle(e).fontSize);
  await larger(page).click();
  expect(await page.locator('h1').evaluate((e) => getComputedStyle(e).fontSize)).toBe(h1);
  expect(seen.problems).toEqual([]);
});

test('at least three steps, up to a largest one', async ({ page }) => {
  await page.goto(REF);
  const sizes = new Set<number>([await textSize(page)]);
  for (let i = 0; i < 10; i++) {
    if ((await larger(page).getAttribute('aria-disabled')) === 'true') break;
    await larger(page).click();
    sizes.add(await textSize(page));
  }
  await smaller(page).click();
  sizes.add(await textSize(page));
  for (let i = 0; i < 10; i++) {
    if ((await smaller(page).getAttribute('aria-disabled')) === 'true') break;
    await smaller(page).click();
    sizes.add(await textSize(page));
  }
  expect(sizes.size).toBeGreaterThanOrEqual(3);
  await expect(smaller(page)).toHaveAttribute('aria-disabled', 'true');
});

test('the choice survives a reload and other articles, and applies before first paint', async ({ page }) => {
  await page.goto(REF);
  const base = await textSize(page);
  await larger(page).click();
  await larger(page).click();
  const chosen = await textSize(page);
  expect(chosen).toBeGreaterThan(base);

  await page.reload();
  expect(await textSize(page)).toBe(chosen);

  // Another English article: Arabic pages set a larger base size (README), so their pixels differ.
  const other = publishedArticles('en').find((a) => a.url !== REF)!;
  await page.goto(other.url);
  expect(await textSize(page)).toBe(chosen);

  // Even with the island blocked, the size is already applied by the head snippet,
  // i.e. before the first paint rather than after a script runs.
  await page.route('**/islands/**', (route) => route.abort());
  await page.goto(REF);
  expect(await textSize(page)).toBe(chosen);
});

test('is operable from the keyboard', async ({ page }) => {
  await page.goto(REF);
  const base = await textSize(page);
  await larger(page).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => textSize(page)).toBeGreaterThan(base);
  const afterEnter = await textSize(page);
  await page.keyboard.press('Space');
  await expect.poll(() => textSize(page)).toBeGreaterThan(afterEnter);
  // Tab reaches both buttons in order.
  await smaller(page).focus();
  await page.keyboard.press('Tab');
  await expect(larger(page)).toBeFocused();
});
