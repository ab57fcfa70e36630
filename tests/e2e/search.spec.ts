import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { publishedArticles, publishedIssues, watch, type GeneratedArticle } from './helpers';

// Full-text search on /search (docs/adr/0004-search-with-pagefind.md). The words searched for
// are picked from the generated content, so the tests follow the sample articles.

// /search is the English edition's search: Pagefind keeps one index per language (tests/e2e/arabic.spec.ts covers /ar/search).
const articles = publishedArticles('en');
const byUrl = new Map(articles.map((a) => [a.url, a]));
const issueCount = publishedIssues('en').length;

/** Prose of an article body as the index sees it: no MDX tags (figure credits and alt text are not indexed). */
const prose = (a: GeneratedArticle) => a.body.raw.replace(/<[^>]*>/g, ' ').replace(/\]\([^)]*\)/g, ']');
/** Everything written about an article, to rule out matches elsewhere. */
const everything = (a: GeneratedArticle) => JSON.stringify(a).toLowerCase();
const wordIn = (text: string, w: string) => new RegExp(`\\b${w}\\b`, 'i').test(text);
const words = (text: string, min: number) => [...new Set((text.match(/[A-Za-z]+/g) ?? []).filter((w) => w.length >= min).map((w) => w.toLowerCase()))];

/**
 * A long word from exactly one article's body, not in its headline, and written nowhere else in
 * any other article, even as a prefix (so stemming cannot find it there either).
 */
function uniqueBodyWord(): { word: string; article: GeneratedArticle } {
  const candidates = articles.flatMap((article) =>
    words(prose(article), 9)
      .filter((w) => !article.title.toLowerCase().includes(w))
      .filter((w) => articles.every((o) => o === article || !everything(o).includes(w.slice(0, Math.max(6, w.length - 3)))))
      .map((word) => ({ word, article })),
  );
  candidates.sort((x, y) => y.word.length - x.word.length || x.word.localeCompare(y.word));
  if (!candidates[0]) throw new Error('no article has a word of its own');
  return candidates[0];
}

/** A word in exactly one headline that other articles use only in their body: the most such articles wins. */
function headlineWord(): { word: string; inTitle: string; bodyOnly: string[] } {
  const picks = words(articles.map((a) => a.title).join(' '), 6)
    .map((word) => ({
      word,
      titled: articles.filter((a) => wordIn(a.title, word)),
      bodyOnly: articles.filter((a) => !wordIn(a.title, word) && !wordIn(a.dek, word) && wordIn(prose(a), word)),
    }))
    .filter((p) => p.titled.length === 1 && p.bodyOnly.length >= 2)
    .sort((x, y) => y.bodyOnly.length - x.bodyOnly.length || x.word.localeCompare(y.word));
  const pick = picks[0];
  if (!pick) throw new Error('no headline word is also used in other bodies');
  return { word: pick.word, inTitle: pick.titled[0]!.url, bodyOnly: pick.bodyOnly.map((a) => a.url) };
}

/** A word in the bodies of between 3 and 8 articles spread over several sections and formats. */
function spreadWord(): string {
  const pick = words(articles.map(prose).join(' '), 6)
    .map((word) => ({ word, hits: articles.filter((a) => wordIn(prose(a), word)) }))
    .filter((p) => p.hits.length >= 3 && p.hits.length <= 8)
    .filter((p) => new Set(p.hits.map((a) => a.section)).size >= 2 && new Set(p.hits.map((a) => a.format)).size >= 2)
    .sort((x, y) => y.hits.length - x.hits.length || x.word.localeCompare(y.word))[0];
  if (!pick) throw new Error('no word spans several sections and formats');
  return pick.word;
}

/** watch(), less the requests the browser aborted because the test moved on (typically the page icon). */
function watchPage(page: Page) {
  const seen = watch(page);
  const aborted = new Set<string>();
  page.on('requestfailed', (r) => {
    if (r.failure()?.errorText === 'net::ERR_ABORTED') aborted.add(`failed: ${r.url()}`);
  });
  return {
    runtimeRequests: seen.runtimeRequests,
    get problems() {
      return seen.problems.filter((p) => !aborted.has(p));
    },
  };
}

const status = (page: Page) => page.locator('[data-search-status]');

type Result = { href: string; title: string; dek: string; date: string; datetime: string; excerpt: string };

/** Waits for the search to settle, then reads every result (following "More results"). */
async function results(page: Page): Promise<Result[]> {
  await expect(page.locator('[data-search-status]')).toHaveText(/results? for|No articles match|Type a word/);
  const items = page.locator('.search-result');
  while (await page.locator('.search-results__more').isVisible()) {
    const n = await items.count();
    await page.locator('.search-results__more').click();
    await expect(items).not.toHaveCount(n);
  }
  return page.locator('.search-result').evaluateAll((items) =>
    items.map((li) => ({
      href: li.querySelector('.search-result__title a')?.getAttribute('href') ?? '',
      title: li.querySelector('.search-result__title')?.textContent ?? '',
      dek: li.querySelector('.search-result__dek')?.textContent ?? '',
      date: li.querySelector('time')?.textContent ?? '',
      datetime: li.querySelector('time')?.getAttribute('datetime') ?? '',
      excerpt: li.querySelector('.search-result__excerpt')?.innerHTML ?? '',
    })),
  );
}

/** Searches from the address, or with the form when already on /search (no reload). */
async function search(page: Page, query: string): Promise<Result[]> {
  if (new URL(page.url()).pathname === '/search') {
    await page.getByLabel('Search the articles').fill(query);
    await page.getByLabel('Search the articles').press('Enter');
  } else {
    await page.goto(`/search?q=${encodeURIComponent(query)}`);
  }
  await expect(status(page)).toContainText(`“${query.trim()}”`);
  return results(page);
}


test.describe('search', () => {
  test('the page: a search form, filters for every section and format, not indexed by robots', async ({ page }) => {
    const seen = watchPage(page);
    const res = await page.goto('/search');
    expect(res?.status()).toBe(200);
    await expect(page).toHaveTitle(/^Search \|/);
    await expect(page.locator('h1')).toHaveText('Search');
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
    const form = page.locator('form[role="search"]');
    await expect(form).toHaveAttribute('action', '/search');
    await expect(form).toHaveAttribute('method', 'get');
    await expect(page.getByLabel('Search the articles')).toHaveAttribute('type', 'search');
    await expect(page.getByLabel('Search the articles')).toHaveAttribute('name', 'q');
    const values = async (name: string) => form.locator(`input[type="checkbox"][name="${name}"]`).evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    expect(new Set(await values('section'))).toEqual(new Set(articles.map((a) => a.section)));
    // Magazine issues are a format of their own (tests/e2e/search-issues.spec.ts).
    expect(new Set(await values('format'))).toEqual(new Set([...articles.map((a) => a.format), ...(issueCount ? ['issue'] : [])]));
    // Counts come from the index: every article once per group, and every issue among the formats.
    await expect(form.locator('[data-count]').first()).toHaveText(/^\(\d+\)$/);
    const counts = await form.locator('fieldset').evaluateAll((sets) =>
      sets.map((s) => Array.from(s.querySelectorAll('[data-count]')).reduce((n, c) => n + Number(/\d+/.exec(c.textContent ?? '')?.[0] ?? 0), 0)),
    );
    expect(counts).toEqual([articles.length, articles.length + issueCount]);
    await expect(status(page)).toHaveText(/Type a word/);
    await expect(page.locator('.search-result')).toHaveCount(0);
    await expect(page.locator('[aria-live="polite"]')).toHaveCount(1);
    expect(seen.problems).toEqual([]);
    expect(seen.runtimeRequests).toEqual([]);
  });

  test('a word from one article body lists that article first, with headline, standfirst, date and a marked excerpt', async ({ page }) => {
    const seen = watchPage(page);
    const { word, article } = uniqueBodyWord();
    const found = await search(page, word);
    expect(found.length, `searching for "${word}"`).toBeGreaterThanOrEqual(1);
    const first = found[0]!;
    expect(first.href, `"${word}" should find ${article.url}`).toBe(article.url);
    expect(first.title).toBe(article.title);
    expect(first.dek).toBe(article.dek);
    // The same date, in the same words, as on the article page (publication time zone).
    await expect(status(page)).toHaveText(new RegExp(`^${found.length} results? for “${word}”$`));
    expect(first.excerpt).toMatch(new RegExp(`<mark>${word}`, 'i'));
    expect(first.excerpt.replace(/<\/?mark>/g, '')).not.toMatch(/<[a-z]/i);
    await page.goto(article.url);
    const published = page.locator('.dateline__published time');
    expect(first.datetime).toBe(await published.getAttribute('datetime'));
    expect(first.date).toBe(await published.textContent());
    // The result links to the article.
    await page.goto(`/search?q=${encodeURIComponent(word)}`);
    await page.locator('.search-result__title a').first().click();
    await expect(page).toHaveURL(article.url);
    await expect(page.locator('h1')).toHaveText(article.title);
    expect(seen.problems).toEqual([]);
  });

  test('a word in a headline ranks that article above articles that only mention it in the body', async ({ page }) => {
    const { word, inTitle, bodyOnly } = headlineWord();
    const hrefs = (await search(page, word)).map((r) => r.href);
    const titled = hrefs.indexOf(inTitle);
    const others = bodyOnly.map((u) => hrefs.indexOf(u)).filter((i) => i >= 0);
    expect(titled, `"${word}" should find ${inTitle}`).toBe(0);
    expect(others.length, `"${word}" should also find ${bodyOnly.join(', ')}`).toBeGreaterThanOrEqual(1);
    for (const i of others) expect(i).toBeGreaterThan(titled);
  });

  for (const name of ['section', 'format'] as const) {
    test(`the ${name} filter narrows the results and lives in the address`, async ({ page }) => {
      const seen = watchPage(page);
      const word = spreadWord();
      const all = await search(page, word);
      const values = [...new Set(all.map((r) => byUrl.get(r.href)![name]))];
      expect(values.length, `"${word}" should find articles in several ${name}s`).toBeGreaterThanOrEqual(2);
      const value = values[0]!;

      await page.locator(`input[name="${name}"][value="${value}"]`).check();
      await expect(page).toHaveURL(new RegExp(`[?&]${name}=${value}(&|$)`));
      await expect(status(page)).not.toHaveText(new RegExp(`^${all.length} results`));
      const narrowed = await results(page);
      expect(narrowed.map((r) => r.href)).toEqual(all.filter((r) => byUrl.get(r.href)![name] === value).map((r) => r.href));

      // The address alone restores the same search.
      await page.reload();
      await expect(page.getByLabel('Search the articles')).toHaveValue(word);
      await expect(page.locator(`input[name="${name}"][value="${value}"]`)).toBeChecked();
      expect((await results(page)).map((r) => r.href)).toEqual(narrowed.map((r) => r.href));

      await page.locator(`input[name="${name}"][value="${value}"]`).uncheck();
      await expect(page).toHaveURL(`/search?q=${encodeURIComponent(word)}`);
      await expect(status(page)).toHaveText(new RegExp(`^${all.length} results`));
      expect(seen.problems).toEqual([]);
    });
  }

  test('typing updates the results and the address; Enter submits', async ({ page }) => {
    const seen = watchPage(page);
    const { word, article } = uniqueBodyWord();
    await page.goto('/search');
    const input = page.getByLabel('Search the articles');
    await input.fill(word);
    await expect(page).toHaveURL(`/search?q=${word}`);
    await expect(status(page)).toContainText(`“${word}”`);
    expect((await results(page))[0]?.href).toBe(article.url);
    await input.fill('');
    await expect(page).toHaveURL('/search');
    await expect(status(page)).toHaveText(/Type a word/);
    await expect(page.locator('.search-result')).toHaveCount(0);
    await input.fill(word);
    await input.press('Enter');
    await expect(page).toHaveURL(`/search?q=${word}`);
    await expect(status(page)).toContainText(`“${word}”`);
    expect((await results(page))[0]?.href).toBe(article.url);
    expect(seen.problems).toEqual([]);
  });

  test('no results, and a query is shown as text, never as markup', async ({ page }) => {
    const seen = watchPage(page);
    expect(await search(page, 'zqxjvkw')).toEqual([]);
    await expect(status(page)).toHaveText('No articles match “zqxjvkw”. Try other words.');
    const evil = '<img src=x onerror="document.title=1"><b>bold</b>';
    await search(page, evil);
    await expect(status(page)).toContainText(evil);
    expect(await page.locator('main img, main b').count()).toBe(0);
    expect(seen.problems).toEqual([]);
  });

  test("Pagefind's files load on /search only", async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname.startsWith('/pagefind/')) requested.push(r.url());
    });
    const a = articles[0]!;
    for (const url of ['/', a.url, `/sections/${a.section}`, `/authors/${a.authors[0]}`, '/no-such-page']) {
      await page.goto(url);
      await page.waitForLoadState('networkidle');
      expect(requested, url).toEqual([]);
    }
    await search(page, uniqueBodyWord().word);
    expect(requested.some((u) => u.endsWith('/pagefind/pagefind.js'))).toBe(true);
  });

  test('only the search pages (/search, /ar/search) reference the search island or the Pagefind bundle', () => {
    const walk = (dir: string): string[] =>
      readdirSync(dir).flatMap((n) => (statSync(path.join(dir, n)).isDirectory() ? walk(path.join(dir, n)) : [path.join(dir, n)]));
    const pages = walk(path.resolve('out')).filter((f) => f.endsWith('.html'));
    // The speculation rules name /pagefind/* only to keep it from being fetched ahead: not a reference.
    const withoutRules = (html: string) => html.replace(/<script type="speculationrules">[\s\S]*?<\/script>/g, '');
    const referencing = pages.filter((f) => /\/islands\/search\.|\/pagefind\//.test(withoutRules(readFileSync(f, 'utf8'))));
    expect(referencing.map((f) => path.relative('out', f)).sort()).toEqual(['ar/search.html', 'search.html']);
  });

  test('navigation and other chrome are not indexed', async ({ page }) => {
    const seen = watchPage(page);
    await page.goto(articles[0]!.url);
    const chrome = await page.evaluate(() =>
      [
        ...Array.from(document.querySelectorAll('.skip-link, .site-footer p, .related__title, .toc summary')),
        ...Array.from(document.querySelectorAll('.text-size .sr-only')),
      ]
        .map((e) => e.textContent ?? ''),
    );
    // Words only: punctuation and spacing do not matter to a phrase search.
    const norm = (s: string) => s.replace(/[^\w\s'-]/g, ' ').replace(/\s+/g, ' ').trim();
    const indexed = norm(articles.map((a) => `${a.title} ${a.dek} ${prose(a)}`).join(' ')).toLowerCase();
    const phrases = chrome.map(norm).filter((t) => t.split(' ').length >= 2 && !indexed.includes(t.toLowerCase()));
    expect(phrases).toEqual(expect.arrayContaining(['Skip to content']));
    expect(phrases.length).toBeGreaterThanOrEqual(4);
    for (const phrase of phrases) expect(await search(page, `"${phrase}"`), phrase).toEqual([]);
    // A word that is only in the skip link.
    expect(indexed).not.toMatch(/\bskip/);
    expect(await search(page, 'Skip')).toEqual([]);
    // Control: a phrase from an article body is found, so the empty results above mean something.
    const phrase = prose(articles[0]!).replace(/\s+/g, ' ').match(/(?<![\w'’-])[A-Za-z]+ [A-Za-z]+ [A-Za-z]+ [A-Za-z]+(?![\w'’-])/)![0];
    expect((await search(page, `"${phrase}"`)).map((r) => r.href)).toContain(articles[0]!.url);
    expect(seen.problems).toEqual([]);
  });
});

test.describe('search: counts, excerpts and ranking', () => {
  const count = async (page: Page, name: string, value: string) =>
    Number(/\d+/.exec((await page.locator(`input[name="${name}"][value="${value}"]`).locator('xpath=..').locator('[data-count]').textContent()) ?? '')?.[0] ?? -1);

  test('each filter counts the current results: ticking it shows that many', async ({ page }) => {
    const word = spreadWord();
    const all = await search(page, word);
    const sections = await page.locator('input[name="section"]').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    let sum = 0;
    for (const value of sections) sum += await count(page, 'section', value);
    // Every article is in one section, so the section counts add up to the results.
    expect(sum).toBe(all.length);
    for (const value of sections) {
      const expected = await count(page, 'section', value);
      if (expected === 0) continue;
      await page.locator(`input[name="section"][value="${value}"]`).check();
      await expect(status(page)).toContainText(`“${word}”`);
      await expect(page.locator('.search-result')).toHaveCount(Math.min(expected, 10));
      expect((await results(page)).length, value).toBe(expected);
      await page.locator(`input[name="section"][value="${value}"]`).uncheck();
    }
  });

  test('the article with the exact word ranks above one with only a shorter form of it', async ({ page }) => {
    // Pairs from the sample text: "portfolios" in one article's body, only "portfolio" in another's.
    const pairs = articles
      .flatMap((a) => words(prose(a), 7).map((word) => ({ word, a })))
      .filter(({ word, a }) => !wordIn(`${a.title} ${a.dek}`, word) && articles.every((o) => o === a || !wordIn(everything(o), word)))
      .flatMap(({ word, a }) =>
        ['s', 'es', 'ed', 'ing', 'ions'].filter((suf) => word.endsWith(suf) && word.length - suf.length >= 5).map((suf) => ({ word, a, short: word.slice(0, -suf.length) })),
      )
      .filter(({ a, short }) => articles.some((o) => o !== a && wordIn(prose(o), short) && !wordIn(`${o.title} ${o.dek}`, short)))
      .sort((x, y) => x.word.localeCompare(y.word))
      .slice(0, 5);
    expect(pairs.length).toBeGreaterThan(2);
    let contested = 0;
    for (const { word, a } of pairs) {
      const found = await search(page, word);
      if (found.length > 1) contested++;
      expect(found[0]?.href, word).toBe(a.url);
    }
    // Stemming did bring in the other articles, so the order was a real contest.
    expect(contested).toBeGreaterThanOrEqual(2);
  });

  test('an excerpt comes from the text, not the headline or standfirst shown above it', async ({ page }) => {
    const { word } = headlineWord();
    const found = await search(page, word);
    expect(found.length).toBeGreaterThan(1);
    for (const r of found) {
      const text = r.excerpt.replace(/<[^>]*>/g, '');
      const a = byUrl.get(r.href)!;
      expect(text, r.href).not.toContain(a.title.slice(0, 40));
      expect(text, r.href).not.toContain(a.dek.slice(0, 40));
    }
  });
});

test.describe('search without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the form still submits to /search?q=…, and a note says search needs JavaScript', async ({ page }) => {
    await page.goto('/search');
    await expect(page.locator('.search-noscript')).toBeVisible();
    await expect(page.locator('.search-noscript')).toContainText('Search needs JavaScript');
    await page.getByLabel('Search the articles').fill('water');
    await page.getByLabel('Search the articles').press('Enter');
    await expect(page).toHaveURL('/search?q=water');
    await expect(page.locator('h1')).toHaveText('Search');
  });
});
