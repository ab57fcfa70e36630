import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { brokenImages, collectPages, newestFirst, PAGE_SIZE, publishedArticles, shownSrc, slugify, unpublishedArticles, watch } from './helpers';

test('front page: lead story, second tier, a block per section, and the latest list', async ({ page }) => {
  const seen = watch(page);
  await page.goto('/');
  const articles = newestFirst(publishedArticles('en'));
  const lead = articles.find((a) => a.featured) ?? articles[0]!;

  await expect(page.locator('.lead .lead__title a')).toHaveAttribute('href', lead.url);
  await expect(page.locator('.lead .lead__dek')).toHaveText(lead.dek);
  await expect(page.locator('.lead img')).toHaveAttribute('src', shownSrc(lead.image.src));
  // The lead headline is the largest on the page.
  const leadSize = await page.locator('.lead__title').evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
  const cardSizes = await page.locator('.card__title').evaluateAll((els) => els.map((e) => parseFloat(getComputedStyle(e).fontSize)));
  expect(Math.max(...cardSizes)).toBeLessThan(leadSize);

  const tier = await page.locator('.front__tier .card__title a').evaluateAll((els) => els.map((e) => e.getAttribute('href')));
  expect(tier.length).toBeGreaterThanOrEqual(3);
  expect(tier.length).toBeLessThanOrEqual(4);
  expect(tier).not.toContain(lead.url);

  // "Latest" goes on from where the lead and the second tier stop, newest first.
  const latest = await page.locator('.latest-list a').evaluateAll((els) => els.map((e) => e.getAttribute('href')));
  const rest = articles.filter((a) => a.url !== lead.url && !tier.includes(a.url));
  expect(latest).toEqual(rest.slice(0, latest.length).map((a) => a.url));

  // Each section block: newest first, links to its section, and never repeats the lead, the tier or Latest.
  const blocks = page.locator('.front__section');
  expect(await blocks.count()).toBeGreaterThanOrEqual(3);
  for (const block of await blocks.all()) {
    const sectionHref = await block.locator('.block-title a').getAttribute('href');
    const slug = sectionHref!.replace('/sections/', '');
    const hrefs = await block.locator('.card__title a').evaluateAll((els) => els.map((e) => e.getAttribute('href')));
    const expected = rest.filter((a) => a.section === slug && !latest.includes(a.url)).map((a) => a.url);
    expect(hrefs).toEqual(expected.slice(0, hrefs.length));
  }

  // Every internal link on the page resolves.
  const all = await page.locator('a[href^="/"]').evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('href')!.split('#')[0]!))]);
  for (const href of all) expect((await page.request.get(href)).status(), href).toBe(200);
  expect(await brokenImages(page)).toEqual([]);
  expect(seen.problems).toEqual([]);
  expect(seen.runtimeRequests).toEqual([]);
});

for (const home of ['/', '/ar']) {
  test(`front page ${home}: no article appears twice in the main content`, async ({ page }) => {
    await page.goto(home);
    const headlines = await page.locator('main').locator('.lead__title a, .card__title a, .latest-list a').evaluateAll((els) => els.map((e) => e.getAttribute('href')));
    expect(headlines.length).toBeGreaterThan(1);
    expect(headlines.filter((h, i) => headlines.indexOf(h) !== i)).toEqual([]);
  });
}

test('section pages list their articles newest first; numbered pages count from the oldest, with rel prev/next', async ({ page }) => {
  const articles = newestFirst(publishedArticles('en'));
  const sections = [...new Set(articles.map((a) => a.section))];
  let paginated = 0;
  for (const s of sections) {
    const expected = articles.filter((a) => a.section === s).map((a) => a.url);
    const { urls, perPage } = await collectPages(page, `/sections/${s}`);
    // Following "older" from the front reads every article once, newest first.
    expect(perPage.flat()).toEqual(expected);
    // The front, then numbered pages counting down to page 1, which holds the first eight ever published.
    const numbered = urls.slice(1);
    expect(numbered).toEqual(numbered.map((_, i) => `/sections/${s}/page/${numbered.length - i}`));
    for (const items of perPage.slice(1)) expect(items).toHaveLength(PAGE_SIZE);
    if (numbered.length) {
      paginated++;
      expect(perPage.at(-1)).toEqual(expected.slice(-PAGE_SIZE));
      // The front shows at least half a page and less than one and a half.
      expect(perPage[0]!.length).toBeGreaterThanOrEqual(PAGE_SIZE / 2);
      expect(perPage[0]!.length).toBeLessThan(PAGE_SIZE * 1.5);
      const newest = numbered[0]!;
      await page.goto(newest);
      await expect(page.locator('head link[rel="prev"]')).toHaveAttribute('href', `/sections/${s}`);
      await expect(page.locator('nav.pagination a[rel="prev"]')).toHaveAttribute('href', `/sections/${s}`);
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${newest}$`));
      // A numbered page names its own number only: the total grows, and the page must not change with it.
      await expect(page.locator('.pagination__status')).toHaveText(new RegExp(`^page ${numbered.length}$`, 'i'));
    } else {
      expect(perPage[0]!.length).toBeLessThan(PAGE_SIZE * 1.5);
    }
    expect((await page.request.get(`/sections/${s}/page/${numbered.length + 1}`)).status()).toBe(404);
  }
  // The sample content must exercise pagination, or this test proves nothing about it.
  expect(paginated).toBeGreaterThan(0);
  expect((await page.request.get(`/sections/${sections[0]}/page/0`)).status()).toBe(404);
});

test('the build emits no placeholder pages, and /articles shows the archive', async ({ page }) => {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
  const placeholders = walk('out').filter((f) => /[\\/](page[\\/]0|_none|_archive|_index)(\.html|[\\/]|$)/.test(f));
  expect(placeholders).toEqual([]);
  for (const url of ['/tags/page/0', '/ar/tags/page/0', '/ar/tags/_none', '/ar/articles/_none']) expect((await page.request.get(url)).status(), url).toBe(404);
  await page.goto('/articles');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/archive$/);
  const listed = await page.locator('.archive-list__title').evaluateAll((els) => els.map((e) => e.getAttribute('href')));
  expect(listed.length).toBe(publishedArticles('en').length);
});

test('tags link from articles to tag pages that list exactly their articles', async ({ page }) => {
  const articles = newestFirst(publishedArticles('en'));
  const bySlug = new Map<string, string[]>();
  for (const a of articles) for (const t of new Set(a.tags.map(slugify))) bySlug.set(t, [...(bySlug.get(t) ?? []), a.url]);

  // The article's tag links.
  const art = articles.find((a) => a.tags.some((t) => /[^\x00-\x7f]/.test(t))) ?? articles[0]!;
  await page.goto(art.url);
  const links = await page.locator('.tags a').evaluateAll((els) => els.map((e) => e.getAttribute('href')));
  expect(links).toEqual([...new Set(art.tags.map((t) => `/tags/${slugify(t)}`))]);

  for (const [slug, urls] of bySlug) {
    const { perPage } = await collectPages(page, `/tags/${slug}`);
    expect(perPage.flat(), slug).toEqual(urls);
  }
  // The index lists every tag once, with its count.
  const { urls: indexPages } = await collectPages(page, '/tags');
  const indexed: string[] = [];
  for (const u of indexPages) {
    await page.goto(u);
    indexed.push(...(await page.locator('.tag-index a').evaluateAll((els) => els.map((e) => e.getAttribute('href')!))));
  }
  expect(indexed.sort()).toEqual([...bySlug.keys()].map((s) => `/tags/${s}`).sort());
});

test('authors: an index of writers, and each author page lists their articles', async ({ page }) => {
  const articles = newestFirst(publishedArticles('en'));
  await page.goto('/authors');
  const authorLinks = await page.locator('.author-index__name').evaluateAll((els) => els.map((e) => e.getAttribute('href')!));
  const authors = [...new Set(articles.flatMap((a) => a.authors))];
  for (const au of authors) expect(authorLinks).toContain(`/authors/${au}`);
  for (const href of authorLinks) {
    const slug = href.replace('/authors/', '');
    const { perPage } = await collectPages(page, href);
    expect(perPage.flat(), href).toEqual(articles.filter((a) => a.authors.includes(slug)).map((a) => a.url));
    await page.goto(href);
    await expect(page.locator('h1')).not.toBeEmpty();
    await expect(page.locator('.author__role')).not.toBeEmpty();
    await expect(page.locator('.author__bio')).not.toBeEmpty();
    expect(await brokenImages(page)).toEqual([]);
  }
});

test('archive: every article exactly once, grouped by month in the publication time zone, newest first', async ({ page }) => {
  const articles = newestFirst(publishedArticles('en'));
  await page.goto('/archive');
  const months = page.locator('.archive-month');
  const seen: string[] = [];
  const fmt = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Riyadh', month: 'long', year: 'numeric' });
  let previous = '9999-99';
  for (const m of await months.all()) {
    const id = (await m.locator('h2').getAttribute('id'))!.replace('m-', '');
    expect(id < previous).toBe(true);
    previous = id;
    const label = await m.locator('h2').textContent();
    const hrefs = await m.locator('.archive-list__title').evaluateAll((els) => els.map((e) => e.getAttribute('href')!));
    for (const href of hrefs) {
      const a = articles.find((x) => x.url === href)!;
      expect(fmt.format(new Date(a.publishedAt)), href).toBe(label);
    }
    seen.push(...hrefs);
  }
  expect(seen).toEqual(articles.map((a) => a.url));
});

test('drafts and scheduled articles appear nowhere: no page, link, feed, sitemap, image or search result', async ({ page }) => {
  const hidden = unpublishedArticles();
  // The sample content holds one of each, so this test cannot pass vacuously.
  expect(hidden.some((a) => a.draft)).toBe(true);
  expect(hidden.some((a) => !a.draft)).toBe(true);
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
  const files = walk('out');
  const texts = files.filter((f) => /\.(html|xml|txt|json|js|css)$/.test(f)).map((f) => [f, readFileSync(f, 'utf8')] as const);
  for (const a of hidden) {
    expect((await page.request.get(a.url)).status(), a.url).toBe(404);
    expect(files.filter((f) => f.includes(a.slug)), a.slug).toEqual([]);
    for (const [f, text] of texts) {
      expect(text.includes(a.slug), `${f} mentions ${a.slug}`).toBe(false);
      expect(text.includes(a.title), `${f} mentions "${a.title}"`).toBe(false);
    }
    // The search index is compressed: ask Pagefind itself.
    await page.goto('/search');
    const urls = await page.evaluate(async (q) => {
      const src: string = '/pagefind/pagefind.js';
      const pf = await import(src);
      const res = await pf.search(q);
      return Promise.all(res.results.map(async (r: { data: () => Promise<{ url: string }> }) => (await r.data()).url));
    }, a.title);
    expect(urls.some((u: string) => u.includes(a.slug))).toBe(false);
  }
});

test('the 404 page has a search box and links to sections, with a 404 status', async ({ page }) => {
  const res = await page.goto('/articles/no-such-article');
  expect(res?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  await page.getByRole('searchbox', { name: 'Search the articles' }).fill('water');
  const sections = await page.locator('.section-links a').count();
  expect(sections).toBeGreaterThanOrEqual(4);
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\?q=water$/);
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/articles/paris-talks-israel-syria');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});

test.describe('narrow phones', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  test('no page scrolls sideways at 320 px', async ({ page }) => {
    const art = publishedArticles()[0]!;
    for (const url of ['/', art.url, `/sections/${art.section}`, `/authors/${art.authors[0]}`, '/tags', '/archive', '/authors', '/about', '/nope']) {
      await page.goto(url);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, url).toBeLessThanOrEqual(0);
    }
  });
});

test('article text keeps a comfortable measure on wide screens', async ({ page }) => {
  await page.setViewportSize({ width: 1600, height: 900 });
  await page.goto('/articles/paris-talks-israel-syria');
  const chars = await page.locator('.article-text p').first().evaluate((p) => {
    const style = getComputedStyle(p);
    const canvas = document.createElement('canvas').getContext('2d')!;
    canvas.font = `${style.fontSize} ${style.fontFamily}`;
    const avg = canvas.measureText('abcdefghijklmnopqrstuvwxyz ').width / 27;
    return p.getBoundingClientRect().width / avg;
  });
  expect(chars).toBeGreaterThan(55);
  expect(chars).toBeLessThan(85);
});
