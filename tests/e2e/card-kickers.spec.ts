import { expect, test } from '@playwright/test';
import { EDITION_HEAD, publishedArticles, slugify } from './helpers';

// A card names its section only where the page is not already that section's: a section's
// listing and a front-page block under the section's heading leave it out; a topic's or a
// writer's listing, which mixes sections, keeps it.

const editions = ['en', 'ar'] as const;

for (const edition of editions) {
  const prefix = EDITION_HEAD[edition].prefix;
  const articles = publishedArticles(edition);
  const sections = [...new Set(articles.map((a) => a.section))];

  test(`${edition}: section pages do not repeat the section on every card`, async ({ page }) => {
    expect(sections.length).toBeGreaterThan(1);
    for (const section of sections) {
      await page.goto(`${prefix}/sections/${section}`);
      const cards = page.locator('main .card');
      expect(await cards.count(), section).toBeGreaterThan(0);
      await expect(cards.locator('.kicker__section'), section).toHaveCount(0);
      // The format still labels each card.
      await expect(cards.locator('.kicker__format')).toHaveCount(await cards.count());
    }
  });

  test(`${edition}: front-page section blocks do not repeat their heading on each card`, async ({ page }) => {
    await page.goto(`${prefix}/`);
    const blocks = page.locator('main .front__section');
    test.skip(edition === 'ar' && (await blocks.count()) === 0, 'the Arabic sample has too few stories for section blocks');
    expect(await blocks.count()).toBeGreaterThan(0);
    await expect(blocks.locator('.card .kicker__section')).toHaveCount(0);
    // The second tier mixes sections: its cards still say which.
    const tier = page.locator('main .front__tier .card');
    if ((await tier.count()) > 0) await expect(tier.locator('.kicker__section')).toHaveCount(await tier.count());
  });

  test(`${edition}: a topic page, which mixes sections, names each card's section`, async ({ page }) => {
    const tag = articles.flatMap((a) => a.tags).find((t) => new Set(articles.filter((a) => a.tags.includes(t)).map((a) => a.section)).size > 1);
    test.skip(!tag, 'no topic spans two sections in this edition');
    await page.goto(`${prefix}/tags/${slugify(tag!)}`);
    const cards = page.locator('main .card');
    expect(await cards.count()).toBeGreaterThan(1);
    await expect(cards.locator('.kicker__section')).toHaveCount(await cards.count());
  });
}
