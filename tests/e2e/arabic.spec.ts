import { expect, test, type Page } from '@playwright/test';
import Parser from 'rss-parser';
import { formatDate } from '../../lib/dates';
import { EDITION_HEAD, newestFirst, publishedArticles, watch, type GeneratedArticle } from './helpers';

// The Arabic edition (docs/adr/0010-editions.md): right-to-left pages, paired translations with
// reciprocal hreflang, Arabic dates, its own feeds and search, and no article crossing editions.

const SITE = 'https://standfirst.example';
const arabic = newestFirst(publishedArticles('ar'));
const english = newestFirst(publishedArticles('en'));
const englishUrls = new Set(english.map((a) => a.url));
const arabicUrls = new Set(arabic.map((a) => a.url));
/** An address as the content writes it: a path, not percent-encoded (feeds and Pagefind encode non-ASCII slugs). */
const pathOf = (url: string) => decodeURI(new URL(url, SITE).pathname);

/** Every Arabic article with its English translation (same translationKey). */
const pairs = arabic.flatMap((ar) => {
  const en = english.find((e) => ar.translationKey && e.translationKey === ar.translationKey);
  return en ? [{ ar, en }] : [];
});

/** The hreflang alternates a page declares, by language. */
async function hreflang(page: Page): Promise<Record<string, string>> {
  const links = await page
    .locator('head link[rel="alternate"][hreflang]')
    .evaluateAll((els) => els.map((e) => [e.getAttribute('hreflang')!, e.getAttribute('href')!] as const));
  // URL-equal: Next writes the home page's address without its trailing slash.
  const map = Object.fromEntries(links.map(([lang, href]) => [lang, new URL(href).href]));
  // One declaration per language: no second set elsewhere on the page.
  expect(links.length, JSON.stringify(links)).toBe(Object.keys(map).length);
  return map;
}

test('the sample has Arabic articles, some paired with English ones', () => {
  expect(arabic.length).toBeGreaterThanOrEqual(4);
  expect(pairs.length).toBeGreaterThanOrEqual(2);
});

test('Arabic article pages are lang="ar" dir="rtl", dated in Arabic, and link to their English version', async ({ page }) => {
  for (const a of arabic) {
    const seen = watch(page);
    const res = await page.goto(a.url);
    expect(res?.status(), a.url).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('h1')).toHaveText(a.title);
    // Arabic month name and Arabic-Indic digits, in the publication's time zone.
    const date = page.locator('.dateline__published time');
    await expect(date).toHaveText(formatDate(a.publishedAt, 'Asia/Riyadh', 'ar'));
    await expect(date).toHaveText(/^[٠-٩]{1,2} [\u0600-\u06FF]+ [٠-٩]{4}$/);
    // Interface words come from the Arabic dictionary.
    await expect(page.locator('.byline')).toContainText('بقلم');
    // The Latin credit keeps its own direction inside the Arabic page.
    await expect(page.locator('figure.figure--hero .figure__credit')).toHaveAttribute('dir', 'auto');
    // Related articles stay within the edition.
    for (const href of await page.locator('.related .card__title a').evaluateAll((els) => els.map((e) => e.getAttribute('href')!))) {
      expect(arabicUrls.has(pathOf(href)), href).toBe(true);
    }
    expect(seen.problems, a.url).toEqual([]);
    expect(seen.runtimeRequests, a.url).toEqual([]);
    page.removeAllListeners();
  }
});

test('translations link to each other both ways and declare reciprocal hreflang with x-default', async ({ page }) => {
  for (const { ar, en } of pairs) {
    const abs = (u: string) => new URL(u, SITE).href;
    const expected = { en: abs(en.url), ar: abs(ar.url), 'x-default': abs(en.url) };

    await page.goto(ar.url);
    const toEnglish = page.locator('.translations a');
    await expect(toEnglish).toHaveText('اقرأ بالإنجليزية');
    await expect(toEnglish).toHaveAttribute('href', en.url);
    await expect(toEnglish).toHaveAttribute('hreflang', 'en');
    expect(await hreflang(page)).toEqual(expected);

    await page.goto(en.url);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    const toArabic = page.locator('.translations a');
    await expect(toArabic).toHaveText('Read in Arabic');
    await expect(toArabic).toHaveAttribute('href', ar.url);
    expect(await hreflang(page)).toEqual(expected);
  }
  // An article without a translation declares no alternates.
  const single = arabic.find((a) => !pairs.some((p) => p.ar === a))!;
  await page.goto(single.url);
  await expect(page.locator('.translations')).toHaveCount(0);
  expect(await hreflang(page)).toEqual({});
  // The front pages pair up as well.
  await page.goto('/ar');
  expect(await hreflang(page)).toEqual({ en: `${SITE}/`, ar: `${SITE}/ar`, 'x-default': `${SITE}/` });
});

/** Where the first line of an element's text ends, against its container's content box. */
async function lineEdges(page: Page, text: string, container: string) {
  return page.evaluate(
    ([t, c]) => {
      const el = document.querySelector(t)!;
      const box = document.querySelector(c)!;
      const range = document.createRange();
      range.selectNodeContents(el);
      // Bidirectional text gives one box per run: the first line is every box at the first box's height.
      const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0);
      const cb = box.getBoundingClientRect();
      const cs = getComputedStyle(box);
      const edges = (top: number) => {
        const line = rects.filter((r) => Math.abs(r.top - top) < 2);
        return {
          left: Math.min(...line.map((r) => r.left)) - (cb.left + parseFloat(cs.paddingLeft) + parseFloat(cs.borderLeftWidth)),
          right: cb.right - parseFloat(cs.paddingRight) - parseFloat(cs.borderRightWidth) - Math.max(...line.map((r) => r.right)),
        };
      };
      const lines = new Set(rects.map((r) => Math.round(r.top))).size;
      return { ...edges(rects[0]!.top), last: edges(rects.at(-1)!.top), lines, em: parseFloat(getComputedStyle(el).fontSize) };
    },
    [text, container] as const,
  );
}

test('the Arabic article mirrors the layout: caption and pull-quote on the right, no sideways scroll at 390 px', async ({ page }) => {
  const withQuote = arabic.find((a) => a.body.raw.includes('<PullQuote>'))!;
  const pair = pairs[0]!;
  for (const [url, dir] of [
    [withQuote.url, 'rtl'],
    [pair.en.url, 'ltr'],
  ] as const) {
    await page.goto(url);
    // The caption's first line starts at the reading side of the figure.
    const caption = await lineEdges(page, 'figure.figure--hero .figure__caption', 'figure.figure--hero figcaption');
    if (dir === 'rtl') expect(Math.abs(caption.right), url).toBeLessThanOrEqual(2);
    else expect(Math.abs(caption.left), url).toBeLessThanOrEqual(2);
    expect(await page.locator('figure.figure--hero figcaption').evaluate((e) => getComputedStyle(e).direction)).toBe(dir);
  }

  await page.goto(withQuote.url);
  const quote = page.locator('.pull-quote').first();
  const style = await quote.evaluate((e) => {
    const cs = getComputedStyle(e);
    return { borderRight: cs.borderRightWidth, borderLeft: cs.borderLeftWidth, paddingRight: cs.paddingRight };
  });
  // The rule is on the right, the text indented from it.
  expect(style).toEqual({ borderRight: '4px', borderLeft: '0px', paddingRight: '20px' });
  // Every line starts at the right, the first after the opening quotation mark (a generated « of under 1em).
  const text = await lineEdges(page, '.pull-quote__text', '.pull-quote');
  expect(text.right).toBeGreaterThanOrEqual(-1);
  expect(text.right).toBeLessThan(text.em);
  // (A quote set in the flow, at full width, may fit on its one first line.)
  if (text.lines > 1) expect(Math.abs(text.last.right)).toBeLessThanOrEqual(2);
  // On a wide screen a floated quote (lib/pull-quote-layout.ts) hangs into the right-hand margin,
  // not the left; one kept in the flow spans the text from its right edge.
  const body = await page.locator('.article-text').boundingBox();
  const box = (await quote.boundingBox())!;
  const floated = await quote.evaluate((e) => e.classList.contains('pull-quote--float'));
  if ((page.viewportSize()?.width ?? 0) >= 1024 && floated) {
    expect(box.x + box.width).toBeGreaterThan(body!.x + body!.width);
    expect(box.x).toBeGreaterThan(body!.x);
  } else {
    expect(Math.abs(box.x + box.width - (body!.x + body!.width))).toBeLessThanOrEqual(2);
  }

  // A phone-sized window: nothing wider than the screen, on every Arabic article.
  await page.setViewportSize({ width: 390, height: 844 });
  for (const a of arabic) {
    await page.goto(a.url);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, a.url).toBeLessThanOrEqual(0);
  }
});

test('pagination and navigation read right to left', async ({ page }) => {
  await page.goto('/ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const nav = page.locator('.site-nav ul');
  const items = await nav.locator('li').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().x));
  // The first section in the menu is the rightmost one.
  expect(items[0]).toBeGreaterThan(items[1]!);
  // Arrow glyphs follow the direction: "newer" points right in Arabic.
  const arrow = await page.evaluate(() => {
    const a = document.createElement('a');
    a.className = 'pagination__link pagination__link--prev';
    document.querySelector('main')!.append(a);
    return getComputedStyle(a, '::before').content;
  });
  expect(arrow).toContain('→');
});

/** A word of at least 6 Arabic letters found in one Arabic article's body and in no other article. */
function uniqueArabicWord(): { word: string; article: GeneratedArticle } {
  const all = publishedArticles();
  const prose = (a: GeneratedArticle) => a.body.raw.replace(/<[^>]*>/g, ' ');
  for (const article of arabic) {
    const words = [...new Set(prose(article).match(/[\u0621-\u064A]{6,}/g) ?? [])].sort((x, y) => y.length - x.length);
    const word = words.find((w) => all.every((o) => o.slug === article.slug || !JSON.stringify(o).includes(w)));
    if (word) return { word, article };
  }
  throw new Error('no Arabic article has a word of its own');
}

test('/ar/search finds an Arabic word in its article, and English search does not', async ({ page }) => {
  const { word, article } = uniqueArabicWord();
  await page.goto(`/ar/search?q=${encodeURIComponent(word)}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.locator('[data-search-status]')).toContainText(`«${word}»`);
  const hrefs = await page.locator('.search-result__title a').evaluateAll((els) => els.map((e) => e.getAttribute('href')!));
  // Found, first; Pagefind's Arabic stemmer may add articles sharing the word's root, all Arabic.
  expect(pathOf(hrefs[0]!)).toBe(article.url);
  for (const href of hrefs) expect(arabicUrls.has(pathOf(href)), href).toBe(true);
  // The form works the same way: type, press Enter.
  await page.getByLabel('ابحث في المقالات').fill(article.title.split(' ')[0]!);
  await page.getByLabel('ابحث في المقالات').press('Enter');
  await expect(page.locator('.search-result__title a').first()).toHaveAttribute('href', /^\/ar\/articles\//);

  await page.goto(`/search?q=${encodeURIComponent(word)}`);
  await expect(page.locator('[data-search-status]')).toContainText('No articles match');
  await expect(page.locator('.search-result')).toHaveCount(0);
});

test('Arabic feeds parse and hold only Arabic articles; English feeds and pages hold none', async ({ page, request }) => {
  const parser = new Parser();
  const sections = [...new Set(arabic.map((a) => a.section))];
  const arabicFeeds = [
    { url: '/ar/feed.xml', items: arabic },
    { url: '/ar/atom.xml', items: arabic },
    ...sections.flatMap((s) => [
      { url: `/ar/sections/${s}/feed.xml`, items: arabic.filter((a) => a.section === s) },
      { url: `/ar/sections/${s}/atom.xml`, items: arabic.filter((a) => a.section === s) },
    ]),
  ];
  for (const f of arabicFeeds) {
    const res = await request.get(f.url);
    expect(res.status(), f.url).toBe(200);
    const xml = await res.text();
    const feed = await parser.parseString(xml);
    expect(feed.items.map((i) => pathOf(i.link!)), f.url).toEqual(f.items.map((a) => a.url));
    // Titled with the Arabic name of the publication; RSS also declares the language.
    expect(feed.title, f.url).toContain(EDITION_HEAD.ar.name);
    if (f.url.endsWith('feed.xml')) expect(xml, f.url).toContain('<language>ar</language>');
  }
  // The Arabic feeds are discoverable from the Arabic front page.
  await page.goto('/ar');
  await expect(page.locator('head link[rel="alternate"][type="application/rss+xml"]').first()).toHaveAttribute('href', `${SITE}/ar/feed.xml`);

  for (const url of ['/feed.xml', '/atom.xml', ...[...new Set(english.map((a) => a.section))].map((s) => `/sections/${s}/feed.xml`)]) {
    const feed = await parser.parseString(await (await request.get(url)).text());
    expect(feed.items.length, url).toBeGreaterThan(0);
    for (const item of feed.items) expect(englishUrls.has(pathOf(item.link!)), `${url}: ${item.link}`).toBe(true);
  }

  const articleLinks = (p: Page) => p.locator('main a[href*="/articles/"]').evaluateAll((els) => els.map((e) => e.getAttribute('href')!));
  for (const [url, own] of [
    ['/', englishUrls],
    ['/archive', englishUrls],
    ['/ar', arabicUrls],
    ['/ar/archive', arabicUrls],
  ] as const) {
    await page.goto(url);
    const links = await articleLinks(page);
    expect(links.length, url).toBeGreaterThan(0);
    for (const href of links) expect(own.has(pathOf(href)), `${url} links to ${href}`).toBe(true);
  }
  // The Arabic archive lists every Arabic article once.
  await page.goto('/ar/archive');
  const archived = await page.locator('.archive-list__title').evaluateAll((els) => els.map((e) => e.getAttribute('href')!));
  expect(archived.map(pathOf)).toEqual(arabic.map((a) => a.url));
});

test('Arabic sections and authors use their localized names, and the English edition is a click away', async ({ page }) => {
  const a = arabic[0]!;
  await page.goto(a.url);
  const section = page.locator('.kicker__section').first();
  await expect(section).toHaveAttribute('href', `/ar/sections/${a.section}`);
  await expect(section).toHaveText(/[\u0600-\u06FF]/);
  await expect(page.locator('.byline__name').first()).toHaveText(/[\u0600-\u06FF]/);
  await expect(page.locator('.byline__name bdi').first()).toBeVisible();
  await expect(page.locator('.site-header__edition')).toHaveAttribute('href', '/');
});

test('the text-size control works the same on Arabic pages, in Arabic, set in the Arabic typeface', async ({ page }) => {
  const seen = watch(page);
  await page.goto(arabic[0]!.url);
  const size = () => page.locator('.article-text').evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
  const base = await size();
  await page.getByRole('button', { name: 'تكبير النص' }).click();
  await expect.poll(size).toBeGreaterThan(base);
  await expect(page.locator('[data-text-size-status]')).toHaveText('حجم النص ٣ من ٥');
  await page.getByRole('button', { name: 'تصغير النص' }).click();
  await expect.poll(size).toBe(base);
  // Noto Naskh Arabic, from the Arabic-subset file, is what the text is set in.
  expect(await page.locator('.article-text p').first().evaluate((e) => getComputedStyle(e).fontFamily)).toMatch(/^"?Noto Naskh Arabic/);
  await expect.poll(() => page.evaluate(() => document.fonts.check('16px "Noto Naskh Arabic"', 'ب'))).toBe(true);
  expect(seen.problems).toEqual([]);
  // English pages never download the Arabic font files. A reader arriving fresh: a new context,
  // since after an Arabic page Chromium re-announces the cached fonts for the next document.
  const english = await page.context().browser()!.newContext();
  const fresh = await english.newPage();
  const fonts: string[] = [];
  fresh.on('request', (r) => {
    if (r.url().includes('/fonts/noto-naskh-arabic')) fonts.push(r.url());
  });
  await fresh.goto(new URL('/articles/paris-talks-israel-syria', page.url()).href);
  await fresh.waitForLoadState('networkidle');
  await english.close();
  expect(fonts).toEqual([]);
});

test('Arabic body text is set larger than English, as README says', async ({ page }) => {
  const bodySize = async (url: string) => {
    await page.goto(url);
    return page.locator('.article-text').first().evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
  };
  const en = await bodySize(english[0]!.url);
  const ar = await bodySize(arabic[0]!.url);
  expect(ar).toBeGreaterThan(en);
});
