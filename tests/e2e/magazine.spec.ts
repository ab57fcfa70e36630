import { expect, test } from '@playwright/test';
import type { Edition } from '../../lib/site';
import { publishedArticles, publishedIssues, type GeneratedArticle, type GeneratedIssue } from './helpers';

// Magazine issues as readers and search engines get them, from what Contentlayer generated
// (so a held-out issue with held-out articles is checked the same way), with JavaScript off:
// every page here is static HTML.

const issues = publishedIssues();
const newest = (edition: Edition) => issues.filter((i) => i.lang === edition).sort((a, b) => b.date.localeCompare(a.date));
const prefix = (edition: Edition) => (edition === 'ar' ? '/ar' : '');

/** The public contents in print order, grouped by section in the order each section first appears. */
function expectedContents(issue: GeneratedIssue): GeneratedArticle[] {
  const bySlug = new Map(publishedArticles(issue.lang).map((a) => [a.slug, a]));
  const listed = issue.articles.map((s) => bySlug.get(s)).filter((a): a is GeneratedArticle => a !== undefined);
  const sections = [...new Set(listed.map((a) => a.section))];
  return sections.flatMap((s) => listed.filter((a) => a.section === s));
}

test.use({ javaScriptEnabled: false });

for (const edition of ['en', 'ar'] as const) {
  test.describe(`magazine (${edition})`, () => {
    test.skip(() => newest(edition).length === 0, `no public issue in ${edition}`);

    test('/magazine shows the latest issue first, large, then the earlier ones newest first', async ({ page }) => {
      const [latest, ...earlier] = newest(edition);
      const res = await page.goto(`${prefix(edition)}/magazine`);
      expect(res?.status()).toBe(200);
      await expect(page.locator('.issue-lead__title a')).toHaveAttribute('href', latest!.url);
      await expect(page.locator('.issue-lead__title')).toHaveText(latest!.title);
      await expect(page.locator('.issue-lead .issue-cover')).toBeVisible();
      const grid = await page.locator('.issue-grid__item > a').evaluateAll((els) => els.map((e) => e.getAttribute('href')));
      expect(grid).toEqual(earlier.map((i) => i.url));
    });

    test('an issue page lists its public articles in print order, grouped by section, and each article links back', async ({ page }) => {
      for (const issue of newest(edition)) {
        await page.goto(issue.url);
        await expect(page.locator('h1')).toHaveText(issue.title);
        await expect(page.locator('.issue__credit')).not.toBeEmpty();
        const listed = await page.locator('.issue-contents__title a').evaluateAll((els) => els.map((e) => e.getAttribute('href')));
        const expected = expectedContents(issue);
        expect(listed, issue.url).toEqual(expected.map((a) => a.url));
        // Each article with its kicker, standfirst and byline.
        await expect(page.locator('.issue-contents__item').first().locator('.kicker')).toBeVisible();
        await expect(page.locator('.issue-contents__item').first().locator('.byline')).toBeVisible();
        for (const article of expected) {
          await page.goto(article.url);
          await expect(page.locator('.issue-link a'), article.url).toHaveAttribute('href', issue.url);
          const ld = await page.locator('script[type="application/ld+json"]').first().textContent();
          const data = JSON.parse(ld!) as { isPartOf?: { '@type': string; issueNumber: string; url: string } };
          expect(data.isPartOf).toMatchObject({ '@type': 'PublicationIssue', issueNumber: String(issue.number) });
          expect(new URL(data.isPartOf!.url).pathname).toBe(issue.url);
        }
      }
    });

    test('an article in no issue says nothing about one', async ({ page }) => {
      const filed = new Set(newest(edition).flatMap((i) => [...i.articles, ...(i.letter ? [i.letter] : [])]));
      const loose = publishedArticles(edition).find((a) => !filed.has(a.slug));
      test.skip(!loose, 'every article is in an issue');
      await page.goto(loose!.url);
      await expect(page.locator('.issue-link')).toHaveCount(0);
    });

    test('the header links to the latest issue, and the sitemap and the issue feed list the issues', async ({ page, request }) => {
      await page.goto(`${prefix(edition)}/`);
      await expect(page.locator('.site-nav__issue a')).toHaveAttribute('href', newest(edition)[0]!.url);
      const sitemap = await (await request.get('/sitemap.xml')).text();
      const feed = await (await request.get(`${prefix(edition)}/magazine/feed.xml`)).text();
      for (const issue of newest(edition)) {
        expect(sitemap).toContain(`${issue.url}</loc>`);
        expect(feed).toContain(`${issue.url}</link>`);
      }
    });
  });
}

test('issues of the same month in both editions are hreflang counterparts', async ({ page }) => {
  const shared = newest('en').find((i) => newest('ar').some((a) => a.slug === i.slug));
  test.skip(!shared, 'no month with an issue in both editions');
  await page.goto(shared!.url);
  const ar = await page.locator('link[rel="alternate"][hreflang="ar"]').getAttribute('href');
  expect(new URL(ar!).pathname).toBe(`/ar/magazine/${shared!.slug}`);
  await page.goto(`/ar/magazine/${shared!.slug}`);
  const en = await page.locator('link[rel="alternate"][hreflang="en"]').getAttribute('href');
  expect(new URL(en!).pathname).toBe(shared!.url);
});
