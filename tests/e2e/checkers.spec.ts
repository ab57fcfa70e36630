import { expect, test } from '@playwright/test';
import { checkHtml, formatMessage } from '../../scripts/check-html';
import { articleUrls, crawl, MAX_ARTICLE_CLICKS, tooDeep } from '../../scripts/crawl';

// The standards bodies' tools over the whole build: the Nu Html Checker on every page in
// out/, and a crawl of the served site from / for broken links and click depth.

test.describe('whole-site checks', () => {
  test.skip(({ isMobile }) => isMobile, 'they read the build, not a viewport: once, on desktop');

  test('Nu Html Checker: every built page is valid HTML (warnings are listed)', async ({}, testInfo) => {
    const { errors, warnings } = checkHtml(['out']);
    const root = 'out';
    if (warnings.length) await testInfo.attach('vnu-warnings.txt', { body: warnings.map((w) => formatMessage(w, root)).join('\n') });
    console.log(`vnu: ${errors.length} error(s), ${warnings.length} warning(s)`);
    for (const w of warnings) console.log(`  warning ${formatMessage(w, root)}`);
    expect(errors.map((e) => formatMessage(e, root))).toEqual([]);
  });

  test(`links: nothing broken from /, and every article within ${MAX_ARTICLE_CLICKS} clicks of the front page`, async ({ baseURL }) => {
    const result = await crawl(baseURL!);
    expect(result.broken).toEqual([]);
    const articles = articleUrls('out');
    expect(articles.length).toBeGreaterThan(0);
    // Through sections or the archive, never only through a search or a feed.
    expect(tooDeep(result, articles, MAX_ARTICLE_CLICKS)).toEqual([]);
    // The crawl really went everywhere: every page, feed and sitemap.
    for (const p of ['/archive', '/feed.xml', '/atom.xml', '/sitemap.xml', '/news-sitemap.xml', '/tags', '/authors']) expect(result.fetched, p).toContain(p);
  });
});
