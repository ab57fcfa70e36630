import { expect, test, type Page } from '@playwright/test';
import { EDITION_HEAD, publishedArticles, publishedIssues } from './helpers';

// A photo credit wraps only between its parts ("REUTERS/" | "Benoit Tessier"): a name never
// breaks across two lines. Measured on every published article and issue, both editions, at 320 px,
// where caption and credit share the figcaption's lines and breaks are most likely.

const CREDITS = '.credit';

/**
 * Parts of each visible credit (the spans components/Credit.tsx writes) whose text lies on more
 * than one line although the part is narrower than the line: a break inside a name.
 */
function splitParts(page: Page): Promise<string[]> {
  return page.locator(CREDITS).evaluateAll((els) =>
    els.flatMap((el) =>
      [...el.children].flatMap((part) => {
        if (!(part instanceof HTMLElement) || part.tagName !== 'SPAN') return [];
        const range = document.createRange();
        range.selectNodeContents(part);
        const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        // A part wider than the whole line must wrap inside; any other break is a fault.
        const line = (el.closest('figcaption, p, div') ?? el.parentElement ?? el).getBoundingClientRect().width;
        return tops.size > 1 && part.getBoundingClientRect().width < line - 1 ? [`${el.textContent}: "${part.textContent}"`] : [];
      }),
    ),
  );
}

test('photo credits never break inside a name at phone widths', async ({ page }) => {
  test.setTimeout(300_000);
  const articles = publishedArticles();
  expect(articles.length).toBeGreaterThan(10);
  // Every article page, and every issue page (its cover's credit).
  const urls = [...articles.map((a) => `${EDITION_HEAD[a.lang].prefix}/articles/${a.slug}`), ...publishedIssues().map((i) => i.url)];
  let seen = 0;
  const broken: string[] = [];
  for (const url of urls) {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(url);
    // Closed boxes hide their portraits: open them so their credits are measured too.
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => d.setAttribute('open', '')));
    seen += await page.locator(CREDITS).count();
    // The same page at three phone widths: each moves the line ends somewhere else.
    for (const width of [320, 360, 390]) {
      await page.setViewportSize({ width, height: 640 });
      broken.push(...(await splitParts(page)).map((b) => `${url} at ${width} px: ${b}`));
    }
  }
  expect(seen).toBeGreaterThan(articles.length);
  expect(broken).toEqual([]);
});
