import { expect, test, type Page } from '@playwright/test';
import { EDITION_HEAD, publishedArticles } from './helpers';

// The page's chrome on the content's grid: the footer's text starts where the page's text
// starts, and the phone navigation never leaves one item alone on a line.

const editions = ['en', 'ar'] as const;

/** Inline-start edge of an element's content box (left in English, right in Arabic). */
function contentStart(page: Page, selector: string, rtl: boolean): Promise<number> {
  return page.locator(selector).first().evaluate((el, isRtl) => {
    const box = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    return isRtl ? box.right - parseFloat(style.paddingRight) : box.left + parseFloat(style.paddingLeft);
  }, rtl);
}

for (const edition of editions) {
  const prefix = EDITION_HEAD[edition].prefix;
  const rtl = edition === 'ar';
  const article = publishedArticles(edition)[0]!;

  test(`${edition}: the footer starts on the content's edge at every width`, async ({ page }) => {
    for (const [path, main] of [
      // A listing and an article: pages on the full grid (narrow pages centre their text inside it).
      [`${prefix}/sections/${article.section}`, 'main .page'],
      [`${prefix}/articles/${article.slug}`, 'main .article'],
    ] as const) {
      for (const width of [320, 768, 1024, 1440, 1920]) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(path);
        const content = await contentStart(page, main, rtl);
        const footer = await contentStart(page, '.site-footer__inner', rtl);
        const header = await contentStart(page, '.site-header__inner', rtl);
        expect(Math.abs(footer - content), `${path} at ${width} px: footer ${footer}, content ${content}`).toBeLessThanOrEqual(1);
        expect(Math.abs(header - content), `${path} at ${width} px: header ${header}, content ${content}`).toBeLessThanOrEqual(1);
      }
    }
  });

  test(`${edition}: no navigation item is alone on a line on a phone`, async ({ page }) => {
    await page.goto(`${prefix}/`);
    const items = page.locator('.site-nav li');
    expect(await items.count()).toBeGreaterThan(3);
    for (let width = 320; width <= 430; width += 10) {
      await page.setViewportSize({ width, height: 800 });
      const tops = await items.evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().top)));
      const perLine = new Map<number, number>();
      for (const top of tops) perLine.set(top, (perLine.get(top) ?? 0) + 1);
      const counts = [...perLine.values()];
      if (counts.length > 1) expect(Math.min(...counts), `at ${width} px the lines hold ${counts.join(' + ')} items`).toBeGreaterThan(1);
      // And nothing scrolls sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `at ${width} px`).toBe(true);
    }
  });
}
