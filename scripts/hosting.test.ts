import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from './headers-file';
import { CACHE_IMMUTABLE, CACHE_SHORT, contentSecurityPolicy, formAction, inlineCode, writeHosting } from './hosting';
import { copyMiniSite } from './mini-site';

const hash = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('hosting configuration (scripts/hosting.ts)', () => {
  it('allows exactly the inline scripts the pages contain, by SHA-256; JSON-LD is data and needs none', () => {
    const { scripts, problems } = inlineCode([
      { file: 'a.html', html: '<script>one()</script><script type="speculationrules">{"prerender":[]}</script><script type="application/ld+json">{}</script><script src="/x.js"></script>' },
      { file: 'b.html', html: '<script>one()</script>' },
    ]);
    expect(scripts).toEqual([hash('one()'), hash('{"prerender":[]}')].sort());
    expect(problems).toEqual([]);
    const csp = contentSecurityPolicy({ scripts, styles: [] });
    expect(csp).toContain(hash('one()'));
    expect(csp).not.toMatch(/unsafe-inline'[^;]*;[^;]*script|script-src[^;]*unsafe-inline/);
  });

  it('lets forms post to the newsletter provider only when the settings name one', () => {
    expect(formAction(undefined)).toBe("form-action 'self'");
    expect(contentSecurityPolicy({ scripts: [], styles: [] }, 'https://lists.example.net/subscribe?list=7')).toContain("form-action 'self' https://lists.example.net;");
  });

  it('refuses inline event handlers and javascript: URLs, naming the page', () => {
    const { problems } = inlineCode([{ file: 'p.html', html: '<button onclick="x()">x</button><a href="javascript:void 0">y</a>' }]);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^p\.html: <button onclick=/);
  });

  it('writes _headers and the nginx snippet: security headers everywhere, immutable caching only for hashed folders', () => {
    dir = copyMiniSite();
    mkdirSync(path.join(dir, 'ar'));
    writeFileSync(path.join(dir, 'ar/index.html'), '<!DOCTYPE html><title>ar</title>');
    writeHosting(dir);
    const rules = parseHeadersFile(readFileSync(path.join(dir, '_headers'), 'utf8'));
    const home = headersFor(rules, '/');
    expect(home.get('content-security-policy')).toContain(hash('document.documentElement.className="js"'));
    expect(home.get('cache-control')).toBe(CACHE_SHORT);
    expect(headersFor(rules, '/a').get('cache-control')).toBe(CACHE_SHORT);
    expect(headersFor(rules, '/articles/near').get('cache-control')).toBe(CACHE_SHORT);
    expect(headersFor(rules, '/ar').get('cache-control')).toBe(CACHE_SHORT);
    expect(headersFor(rules, '/ar/').get('cache-control')).toBe(CACHE_SHORT);
    expect(headersFor(rules, '/islands/app.8e609bb71c.js').get('cache-control')).toBe(CACHE_IMMUTABLE);
    expect(headersFor(rules, '/assets/site.6d6068180a.css').get('cache-control')).toBe(CACHE_IMMUTABLE);
    for (const name of ['x-content-type-options', 'referrer-policy', 'permissions-policy', 'strict-transport-security']) expect(headersFor(rules, '/logo.svg').has(name)).toBe(true);
    const nginx = readFileSync(path.join(dir, '_nginx.conf'), 'utf8');
    expect(nginx).toContain('location ^~ /islands/ {');
    expect(nginx).toContain(`add_header Cache-Control "${CACHE_IMMUTABLE}" always;`);
    // Every location repeats the CSP (nginx drops inherited add_header in a location that has its own).
    expect(nginx.match(/add_header Content-Security-Policy/g)!.length).toBe(nginx.match(/^location .*\{$/gm)!.length);
  });

  it('fails when a file in an immutable folder has no content hash in its name', () => {
    dir = copyMiniSite();
    writeFileSync(path.join(dir, 'islands/plain.js'), 'export {};');
    expect(() => writeHosting(dir)).toThrow(/islands\/plain\.js is served as immutable but its name does not carry the hash of its content/);
  });

  it('fails when a hashed-looking name does not match the content (a file changed without a new name)', () => {
    dir = copyMiniSite();
    writeFileSync(path.join(dir, 'assets/site.6d6068180a.css'), 'body{margin:1px}');
    mkdirSync(path.join(dir, 'variants'));
    writeFileSync(path.join(dir, 'variants/not-a-hash.avif'), '');
    expect(() => writeHosting(dir)).toThrow(/assets\/site\.6d6068180a\.css .*\n.*variants\/not-a-hash\.avif/);
  });
});
