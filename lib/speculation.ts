// Speculation Rules (https://developer.chrome.com/docs/web-platform/prerender-pages):
// Chromium prerenders an article the moment a reader shows intent (hover or
// pointer-down, "moderate" eagerness), and prefetches other pages of the site the
// same way, so moving between pages feels instant without a client-side router.
// Other browsers ignore the script and follow normal links.

/** Address patterns (URL Pattern syntax) of article pages, in every edition. */
export const ARTICLE_PATTERNS = ['/articles/*', '/:edition/articles/*'] as const;

/**
 * Same-origin addresses never worth fetching ahead: files (feeds, sitemaps, robots.txt, the search
 * bundle, images). Pages have clean addresses without a dot, so "any dot" names every file in one pattern.
 */
const NOT_PAGES = ['/*.*'];

type Rule = { where: Record<string, unknown>; eagerness: 'moderate' };
export type SpeculationRules = { prerender: Rule[]; prefetch: Rule[] };

export const SPECULATION_RULES: SpeculationRules = {
  prerender: [{ where: { href_matches: [...ARTICLE_PATTERNS] }, eagerness: 'moderate' }],
  prefetch: [
    {
      where: {
        and: [{ href_matches: '/*' }, { not: { href_matches: [...ARTICLE_PATTERNS, ...NOT_PAGES] } }],
      },
      eagerness: 'moderate',
    },
  ],
};

export const SPECULATION_RULES_JSON = JSON.stringify(SPECULATION_RULES);
