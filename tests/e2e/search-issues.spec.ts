import { expect, test } from '@playwright/test';
import type { Edition } from '../../lib/site';
import { publishedIssues } from './helpers';

// Magazine issues are in each edition's search (docs/editing.md, "Magazine issues"): an issue's
// title finds its issue page, shown with the "Magazine issue" kicker, and the format boxes can
// narrow the results to issues. Issues are read from what Contentlayer generated, so a held-out
// issue is checked the same way.

const prefix = (edition: Edition) => (edition === 'ar' ? '/ar' : '');
const KICKER: Record<Edition, string> = { en: 'Magazine issue', ar: 'عدد المجلة' };

for (const edition of ['en', 'ar'] as const) {
  test.describe(`search finds magazine issues (${edition})`, () => {
    const mine = publishedIssues(edition);
    test.skip(mine.length === 0, `no public issue in ${edition}`);

    for (const issue of mine) {
      test(`"${issue.title}" finds ${issue.url}`, async ({ page }) => {
        await page.goto(`${prefix(edition)}/search?q=${encodeURIComponent(issue.title)}`);
        const hit = page.locator('.search-result').filter({ has: page.locator(`.search-result__title a[href="${issue.url}"]`) });
        await expect(hit).toHaveCount(1);
        await expect(hit.locator('.kicker')).toHaveText(KICKER[edition]);
        await expect(hit.locator('.search-result__title')).toHaveText(issue.title);
      });
    }

    test('the issue box narrows the results to issues, and its count says how many', async ({ page }) => {
      const issue = mine[0]!;
      await page.goto(`${prefix(edition)}/search?q=${encodeURIComponent(issue.title)}&format=issue`);
      const links = page.locator('.search-result__title a');
      await expect(links.first()).toBeVisible();
      const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      expect(hrefs).toContain(issue.url);
      for (const href of hrefs) expect(href).toMatch(new RegExp(`^${prefix(edition)}/magazine/`));
      const box = page.locator('input[name="format"][value="issue"]');
      await expect(box).toBeChecked();
      // Its count is the number of issues among the current results (the island writes it in the edition's digits).
      const count = await box.locator('xpath=..').locator('[data-count]').textContent();
      const digits = (count ?? '').replace(/[٠-٩]/g, (d) => String('٠١٢٣٤٥٦٧٨٩'.indexOf(d)));
      expect(digits).toBe(`(${hrefs.length})`);
    });
  });
}
