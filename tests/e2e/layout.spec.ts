import { expect, test, type Page } from '@playwright/test';
import { EDITION_HEAD, publishedArticles } from './helpers';

// The page's chrome on the content's grid: the footer's text starts where the page's text
// starts, the phone navigation never leaves one item alone on a line, the text-size buttons stay
// on the byline's row, and a pull-quote never leaves a hole in the text or squeezes its words.

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

  test(`${edition}: the text-size buttons sit on the byline's row at every width`, async ({ page }) => {
    for (const a of publishedArticles(edition).slice(0, 6)) {
      await page.goto(`${prefix}/articles/${a.slug}`);
      for (const width of [320, 390, 768, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        const control = (await page.locator('.article__meta .text-size').boundingBox())!;
        const byline = (await page.locator('.article__meta > :first-child').boundingBox())!;
        expect(control, 'the control is shown').not.toBeNull();
        // Beside the byline block, not below it.
        expect(control.y, `${a.slug} at ${width} px: control at ${control.y}, byline block ends at ${byline.y + byline.height}`).toBeLessThan(byline.y + byline.height);
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `${a.slug} at ${width} px scrolls sideways`).toBe(true);
      }
    }
  });

  test(`${edition}: a pull-quote floats only beside text that runs past it, and is never narrower than 16 characters`, async ({ page }) => {
    let floated = 0;
    let quotes = 0;
    for (const a of publishedArticles(edition)) {
      await page.goto(`${prefix}/articles/${a.slug}`);
      if ((await page.locator('.pull-quote').count()) === 0) continue;
      for (const width of [390, 1024, 1280, 1920]) {
        await page.setViewportSize({ width, height: 900 });
        const found = await page.locator('.pull-quote').evaluateAll((els) =>
          els.map((el) => {
            const box = el.getBoundingClientRect();
            const text = el.querySelector('.pull-quote__text')!;
            const probe = document.createElement('span');
            probe.style.cssText = 'display:inline-block;width:16ch';
            text.append(probe);
            const ch16 = probe.getBoundingClientRect().width;
            probe.remove();
            // The text that flows beside a floated quote: its following siblings up to the first that is not a paragraph.
            let textBottom = box.top;
            let next = el.nextElementSibling;
            while (next && next.tagName === 'P') {
              textBottom = next.getBoundingClientRect().bottom;
              next = next.nextElementSibling;
            }
            return { floated: getComputedStyle(el).float !== 'none', bottom: box.bottom, textBottom, width: text.getBoundingClientRect().width, ch16 };
          }),
        );
        for (const q of found) {
          quotes += 1;
          expect(q.width, `${a.slug} at ${width} px: the quote is ${q.width} px wide, 16ch is ${q.ch16} px`).toBeGreaterThanOrEqual(q.ch16);
          if (!q.floated) continue;
          floated += 1;
          expect(q.textBottom, `${a.slug} at ${width} px: the text beside the quote ends at ${q.textBottom}, the quote at ${q.bottom}`).toBeGreaterThanOrEqual(q.bottom);
        }
      }
    }
    expect(quotes).toBeGreaterThan(0);
    // Floating still happens where there is room (the layout is not simply switched off).
    if (edition === 'en') expect(floated).toBeGreaterThan(0);
  });
}
