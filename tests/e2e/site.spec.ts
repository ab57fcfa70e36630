import { expect, test } from '@playwright/test';
import { brokenImages, publishedArticles, watch } from './helpers';

test('home lists the latest articles, newest first, and every link on it resolves', async ({ page }) => {
  const seen = watch(page);
  await page.goto('/');
  const articles = publishedArticles().sort((a, b) => (b.date < a.date ? -1 : 1));
  const hrefs = await page.locator('main .card__title a').evaluateAll((els) => els.map((e) => e.getAttribute('href')));
  expect(hrefs.length).toBe(Math.min(20, articles.length));
  expect(new Set(hrefs)).toEqual(new Set(articles.slice(0, hrefs.length).map((a) => a.url)));
  const all = await page.locator('a[href^="/"]').evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('href')!.split('#')[0]!))]);
  for (const href of all) expect((await page.request.get(href)).status(), href).toBe(200);
  expect(await brokenImages(page)).toEqual([]);
  expect(seen.problems).toEqual([]);
  expect(seen.runtimeRequests).toEqual([]);
});

test('section and author pages exist for every link from an article, and list their articles', async ({ page }) => {
  const articles = publishedArticles();
  const sections = new Set(articles.map((a) => a.section));
  for (const s of sections) {
    const seen = watch(page);
    const res = await page.goto(`/sections/${s}`);
    expect(res?.status()).toBe(200);
    const listed = await page.locator('main .card__title a').evaluateAll((els) => els.map((e) => e.getAttribute('href')));
    expect(new Set(listed)).toEqual(new Set(articles.filter((a) => a.section === s).map((a) => a.url)));
    expect(await brokenImages(page)).toEqual([]);
    expect(seen.problems).toEqual([]);
    page.removeAllListeners();
  }
  const authors = new Set(articles.flatMap((a) => a.authors));
  for (const au of authors) {
    const res = await page.goto(`/authors/${au}`);
    expect(res?.status()).toBe(200);
    await expect(page.locator('h1')).not.toBeEmpty();
    const listed = await page.locator('main .card__title a').evaluateAll((els) => els.map((e) => e.getAttribute('href')));
    expect(new Set(listed)).toEqual(new Set(articles.filter((a) => a.authors.includes(au)).map((a) => a.url)));
    expect(await brokenImages(page)).toEqual([]);
  }
});

test('an unknown address gets the 404 page with a 404 status', async ({ page }) => {
  const res = await page.goto('/articles/no-such-article');
  expect(res?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/articles/paris-talks-israel-syria');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});
