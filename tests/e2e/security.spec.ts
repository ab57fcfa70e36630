import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { headersFor, parseHeadersFile } from '../../scripts/headers-file';
import { CACHE_IMMUTABLE, CACHE_SHORT } from '../../scripts/hosting';
import { builtPageUrls, openPage, pageTypes } from './page-types';

// The site as served with the shipped out/_headers (playwright.config.ts serves them):
// no CSP violation and no third-party request on any page, the pre-paint snippet still
// runs (its hash is in the policy), and the headers and caching are the ones that ship.

const rules = parseHeadersFile(readFileSync('out/_headers', 'utf8'));

/** Records CSP violations (the DOM event and Chromium's console report) and every request to another origin. */
async function guard(page: Page, origin: string) {
  const violations: string[] = [];
  const foreign: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const w = window as unknown as { __csp?: string[] };
      (w.__csp ??= []).push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(`console: ${m.text()}`);
  });
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.protocol !== 'data:' && u.origin !== origin) foreign.push(r.url());
  });
  const events = async () => [...violations, ...((await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])) as string[])];
  return { events, foreign };
}

test.describe('served with the shipped headers', () => {
  test.skip(({ isMobile }) => isMobile, 'headers do not depend on the viewport: once, on desktop');

  test('every built page: no CSP violation, no third-party request, the pre-paint snippet runs', async ({ page, baseURL }) => {
    const { events, foreign } = await guard(page, new URL(baseURL!).origin);
    const urls = [...builtPageUrls(), ...pageTypes().map((p) => p.url).filter((u) => u.includes('?'))];
    expect(urls.length).toBeGreaterThan(20);
    // The walk grows with the archive: allow time per page (this asserts behaviour, not speed).
    test.setTimeout(60_000 + urls.length * 3_000);
    for (const url of urls) {
      await openPage(page, url);
      // The inline head script adds .js to <html>: blocked by the CSP, it would not.
      expect(await page.evaluate(() => document.documentElement.classList.contains('js')), url).toBe(true);
      // Lazy images and the islands' work: scroll to the end so everything loads.
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForLoadState('networkidle');
      expect(await events(), url).toEqual([]);
    }
    expect(foreign).toEqual([]);
  });

  test('the detector works: an inline script not in the build is blocked and reported', async ({ page, baseURL }) => {
    const { events } = await guard(page, new URL(baseURL!).origin);
    await page.route('**/about', async (route) => {
      const res = await route.fetch();
      const html = (await res.text()).replace('</body>', '<script>document.title="injected"</script></body>');
      const headers = Object.fromEntries(Object.entries(res.headers()).filter(([k]) => !/^content-(encoding|length)$/.test(k)));
      await route.fulfill({ status: 200, headers, body: html });
    });
    await page.goto('/about');
    expect(await page.title()).not.toBe('injected');
    expect((await events()).join('\n')).toMatch(/script-src/);
  });

  test('the policy forbids inline scripts except by hash, and every page type gets all the security headers', async ({ request }) => {
    for (const { url } of pageTypes()) {
      const res = await request.get(url);
      const h = res.headers();
      const shipped = headersFor(rules, new URL(url, 'http://x').pathname);
      for (const [name, value] of shipped) expect(h[name], `${name} on ${url}`).toBe(value);
      const csp = h['content-security-policy']!;
      const scriptSrc = csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src '))!;
      expect(scriptSrc).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*|https?:/);
      expect(scriptSrc).toMatch(/'sha256-[A-Za-z0-9+/]+=*'/);
      expect(csp).toMatch(/default-src 'none'/);
      expect(csp).toMatch(/frame-ancestors 'none'/);
      expect(h['x-content-type-options']).toBe('nosniff');
      expect(h['referrer-policy']).toBeTruthy();
      expect(h['permissions-policy']).toMatch(/camera=\(\)/);
      expect(h['strict-transport-security']).toMatch(/max-age=\d{8}/);
    }
  });

  test('long-lived immutable caching only for content-hashed files, short caching for the rest', async ({ page, request }) => {
    const seen = new Map<string, string>();
    page.on('response', (r) => {
      const p = new URL(r.url()).pathname;
      if (r.status() === 200) seen.set(p, r.headers()['cache-control'] ?? '');
    });
    await page.goto(pageTypes().find((p) => p.name.startsWith('article'))!.url);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
    const immutable = [...seen].filter(([p]) => /^\/(islands|assets|variants)\//.test(p));
    expect(immutable.map(([p]) => p).some((p) => p.startsWith('/islands/'))).toBe(true);
    expect(immutable.map(([p]) => p).some((p) => p.startsWith('/assets/'))).toBe(true);
    expect(immutable.map(([p]) => p).some((p) => p.startsWith('/variants/'))).toBe(true);
    for (const [p, cc] of immutable) expect(cc, p).toBe(CACHE_IMMUTABLE);
    for (const [p, cc] of seen) if (!immutable.some(([q]) => q === p)) expect(cc, p).toBe(CACHE_SHORT);
    for (const p of ['/', '/feed.xml', '/sitemap.xml', '/pagefind/pagefind.js', '/robots.txt']) {
      expect((await request.get(p)).headers()['cache-control'], p).toBe(CACHE_SHORT);
    }
    // Build metadata and the hosting files themselves are not served.
    for (const p of ['/_headers', '/_nginx.conf', '/islands/manifest.json', '/variants/manifest.json']) expect((await request.get(p)).status(), p).toBe(404);
  });
});
