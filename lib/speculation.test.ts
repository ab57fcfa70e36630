import { describe, expect, it } from 'vitest';
import { ARTICLE_PATTERNS, SPECULATION_RULES, SPECULATION_RULES_JSON } from './speculation';

// Chromium's URLPattern decides which links the rules cover; Node 20 has no URLPattern,
// so this mirrors its "/*" and ":name" semantics for the patterns we use.
function matches(pattern: string, pathname: string): boolean {
  const re = new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:\w+/g, '[^/]+').replace(/\*/g, '.*')}$`);
  return re.test(pathname);
}
const matchesAny = (patterns: unknown, pathname: string) => (Array.isArray(patterns) ? patterns : [patterns]).some((p) => matches(String(p), pathname));

describe('speculation rules', () => {
  it('is JSON the browser can parse, with moderate eagerness only', () => {
    const parsed = JSON.parse(SPECULATION_RULES_JSON) as typeof SPECULATION_RULES;
    const rules = [...parsed.prerender, ...parsed.prefetch];
    expect(rules.length).toBeGreaterThan(0);
    for (const rule of rules) expect(rule.eagerness).toBe('moderate');
    // Parsed back into HTML as a script body, it must not be able to close the script element.
    expect(SPECULATION_RULES_JSON).not.toMatch(/<\/script/i);
  });

  it('prerenders article pages of every edition and nothing else', () => {
    const prerendered = (p: string) => SPECULATION_RULES.prerender.some((r) => matchesAny(r.where.href_matches, p));
    expect(prerendered('/articles/paris-talks-israel-syria')).toBe(true);
    expect(prerendered('/ar/articles/some-slug')).toBe(true);
    expect(prerendered('/sections/economy')).toBe(false);
    expect(prerendered('/feed.xml')).toBe(false);
    expect(ARTICLE_PATTERNS.length).toBe(2);
  });

  it('prefetches other pages but never feeds, search data or files', () => {
    const [rule] = SPECULATION_RULES.prefetch;
    const and = rule!.where.and as Record<string, unknown>[];
    const include = and[0]!.href_matches;
    const exclude = (and[1]!.not as Record<string, unknown>).href_matches;
    const prefetched = (p: string) => matchesAny(include, p) && !matchesAny(exclude, p);
    expect(prefetched('/sections/economy')).toBe(true);
    expect(prefetched('/tags/oil/page/2')).toBe(true);
    expect(prefetched('/articles/x')).toBe(false); // prerendered instead
    for (const p of ['/feed.xml', '/sitemap.xml', '/robots.txt', '/pagefind/pagefind.js', '/og/x.jpg', '/variants/a.avif']) expect(prefetched(p)).toBe(false);
  });
});
