import { expect, test } from '@playwright/test';
import { brokenImages, generatedArticles, publishedArticles, shownSrc, watch } from './helpers';

// The reference article (../shared/reference), copied verbatim into content/.
const REF = '/articles/paris-talks-israel-syria';

test.describe('the article page shows every element', () => {
  test('reference article: kicker, headline, standfirst, byline, date, hero, body, pull-quote, figures, tags, related', async ({ page }) => {
    const seen = watch(page);
    const res = await page.goto(REF);
    expect(res?.status()).toBe(200);
    // The article itself (data-pagefind-body marked it for the indexer; the build removes that attribute afterwards).
    const article = page.locator('main > article');

    // Section label (a link to the section page) and format.
    // The article's own kicker (a <RelatedLink> card in the body has a kicker of its own).
    const kicker = article.locator('header .kicker').first();
    await expect(kicker.locator('.kicker__section')).toHaveText('Middle East');
    await expect(kicker.locator('.kicker__section')).toHaveAttribute('href', '/sections/middle-east');
    await expect(kicker.locator('.kicker__format')).toHaveText('Analysis');

    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('h1')).toHaveText('In Paris, Israel and Syria edge towards a security pact');
    await expect(page).toHaveTitle(/In Paris, Israel and Syria edge towards a security pact/);
    await expect(article.locator('.standfirst')).toHaveText(/^Washington wants a deal before Israel votes in October/);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /^Washington wants a deal/);

    const byline = article.locator('.byline a[rel="author"]');
    await expect(byline).toHaveText('Lina Haddad');
    await expect(byline).toHaveAttribute('href', '/authors/lina-haddad');

    // A date without a time is midnight in the publication's time zone (Asia/Riyadh, +03:00).
    const published = article.locator('.dateline__published time');
    await expect(published).toHaveAttribute('datetime', '2026-01-08T00:00:00+03:00');
    await expect(published).toHaveText('8 January 2026');
    await expect(article.locator('.dateline__updated')).toHaveCount(0);
    await expect(article.locator('.dateline__reading')).toHaveText(/\d+ min read/);

    // Hero: image, caption and credit as separate elements, credit verbatim.
    const hero = article.locator('figure.figure--hero');
    await expect(hero.locator('img')).toHaveAttribute('src', shownSrc('/images/reference/paris-summit.jpg'));
    await expect(hero.locator('img')).toHaveAttribute('alt', 'Two envoys speak at a lectern in front of a row of flags');
    await expect(hero.locator('img')).toHaveAttribute('fetchpriority', 'high');
    await expect(hero.locator('figcaption .figure__caption')).toHaveText('US envoys address a summit at the Élysée Palace in Paris on 6 January 2026.');
    expect(await hero.locator('figcaption .figure__credit').evaluate((e) => e.textContent)).toBe('LUDOVIC MARIN / AFP');

    // Subheadings with anchor ids, in order (the footnotes' "Notes" heading is not one of them).
    const h2 = article.locator('.article-text h2:not([data-footnotes] h2)');
    await expect(h2).toHaveText(['Notable steps', 'Crux of the deal', 'Time factor']);
    expect(await h2.evaluateAll((els) => els.map((e) => e.id))).toEqual(['notable-steps', 'crux-of-the-deal', 'time-factor']);

    // Inline figure, agency-first credit kept verbatim.
    const inline = article.locator('.article-text figure.figure--inline');
    await expect(inline).toHaveCount(1);
    await expect(inline.locator('img')).toHaveAttribute('src', shownSrc('/images/reference/foreign-minister.jpg'));
    await expect(inline.locator('img')).toHaveAttribute('loading', 'lazy');
    await expect(inline.locator('.figure__caption')).toHaveText('Türkiye’s foreign minister arrives at the Élysée Palace on 6 January 2026.');
    expect(await inline.locator('.figure__credit').evaluate((e) => e.textContent)).toBe('REUTERS/Benoit Tessier');

    // Pull-quote: its own element, large, hidden from screen readers (it repeats the body).
    const quote = article.locator('.pull-quote');
    await expect(quote).toHaveCount(1);
    await expect(quote).toHaveAttribute('aria-hidden', 'true');
    await expect(quote).toHaveText(/three-way hotline between American, Israeli and Syrian officials/);
    const quoteSize = await quote.locator('.pull-quote__text').evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    const bodySize = await article.locator('.article-text p').first().evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    expect(quoteSize).toBeGreaterThan(bodySize * 1.2);
    const a11yText = await article.ariaSnapshot();
    expect(a11yText.match(/three-way hotline between American/g)?.length).toBe(1);

    await expect(article.locator('.tags__tag')).toHaveText(['Israel', 'Syria', 'United States', 'Türkiye']);

    // Related: up to 4, never itself, each link resolves.
    const related = page.locator('.related .card__title a');
    const count = await related.count();
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThanOrEqual(4);
    const hrefs = await related.evaluateAll((els) => els.map((e) => e.getAttribute('href')));
    expect(hrefs).not.toContain(REF);
    for (const href of hrefs) expect((await page.request.get(href!)).status()).toBe(200);

    expect(await brokenImages(page)).toEqual([]);
    expect(seen.problems).toEqual([]);
    expect(seen.runtimeRequests).toEqual([]);
  });

  test('an updated article shows its update time and its corrections at the foot', async ({ page }) => {
    const art = publishedArticles().find((a) => a.updated && a.corrections.length > 0);
    test.skip(!art, 'no sample article has both an update and a correction');
    await page.goto(art!.url);
    const updated = page.locator('.dateline__updated time');
    await expect(updated).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+03:00$/);
    await expect(updated).toHaveText(/^\d{1,2} \w+ \d{4}, \d{2}:\d{2}$/);
    const corrections = page.locator('section.corrections');
    await expect(corrections.locator('h2')).toHaveText(/Corrections?/);
    await expect(corrections.locator('li')).toHaveCount(art!.corrections.length);
    for (const c of art!.corrections) await expect(corrections).toContainText(c.text);
    await expect(corrections.locator('time').first()).toHaveAttribute('datetime', /\+03:00$/);
    // Corrections sit after the body.
    const order = await page.evaluate(() => {
      const body = document.querySelector('.article-text')!;
      const corr = document.querySelector('.corrections')!;
      return body.compareDocumentPosition(corr) & Node.DOCUMENT_POSITION_FOLLOWING;
    });
    expect(order).toBeTruthy();
  });

  test('editor picks come first among related articles', async ({ page }) => {
    const all = publishedArticles();
    const art = all.find((a) => a.related.length > 0);
    test.skip(!art, 'no sample article has editor picks');
    await page.goto(art!.url);
    const hrefs = await page.locator('.related .card__title a').evaluateAll((els) => els.map((e) => e.getAttribute('href')));
    const picks = art!.related.filter((s) => all.some((a) => a.slug === s)).map((s) => `/articles/${s}`);
    expect(hrefs.slice(0, picks.length)).toEqual(picks);
  });
});

test.describe('every published article', () => {
  test('has a page whose images load, with no console errors and no React runtime', async ({ page }) => {
    test.setTimeout(120_000);
    const articles = publishedArticles();
    expect(articles.length).toBeGreaterThanOrEqual(12);
    for (const a of articles) {
      const seen = watch(page);
      const res = await page.goto(a.url);
      expect(res?.status(), a.url).toBe(200);
      await expect(page.locator('h1')).toHaveText(a.title);
      await expect(page.locator('figure.figure--hero .figure__credit')).toHaveText(a.image.credit);
      expect(await page.locator('.article-text h2').evaluateAll((els) => els.filter((e) => !e.closest('[data-footnotes]')).map((e) => e.id))).toEqual(a.headings.map((h) => h.id));
      expect(await brokenImages(page), a.url).toEqual([]);
      expect(await page.locator('script[src*="/_next/"], link[href*="/_next/"]').count()).toBe(0);
      expect(await page.evaluate(() => 'next' in window || '__next_f' in window || 'React' in window)).toBe(false);
      expect(seen.problems, a.url).toEqual([]);
      expect(seen.runtimeRequests, a.url).toEqual([]);
      page.removeAllListeners();
    }
  });

  test('drafts are not published', async ({ page }) => {
    for (const a of generatedArticles().filter((x) => x.draft)) {
      expect((await page.request.get(a.url)).status()).toBe(404);
    }
  });
});

test.describe('reading with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('the article reads normally and the text-size control is hidden', async ({ page }) => {
    await page.goto(REF);
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('.article-text p').first()).toBeVisible();
    await expect(page.locator('figure.figure--hero img')).toBeVisible();
    await expect(page.locator('[data-text-size-control]')).toBeHidden();
    expect(await brokenImages(page)).toEqual([]);
    const size = await page.locator('.article-text').evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    expect(size).toBeCloseTo(18, 0);
  });
});
