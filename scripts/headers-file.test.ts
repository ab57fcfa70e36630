import { describe, expect, it } from 'vitest';
import { headersFor, matchesPath, parseHeadersFile, renderHeadersFile } from './headers-file';

describe('_headers file', () => {
  const rules = [
    { path: '/*', headers: [['X-Content-Type-Options', 'nosniff']] as [string, string][] },
    { path: '/islands/*', headers: [['Cache-Control', 'immutable']] as [string, string][] },
    { path: '/about', headers: [['Cache-Control', 'short']] as [string, string][] },
  ];

  it('renders and parses back the same rules', () => {
    const text = renderHeadersFile(rules, 'generated\nby a test');
    expect(text.startsWith('# generated\n# by a test\n/*\n  X-Content-Type-Options: nosniff\n')).toBe(true);
    expect(parseHeadersFile(text)).toEqual(rules);
  });

  it('matches exact paths, splats and placeholders like the hosts do', () => {
    expect(matchesPath('/*', '/')).toBe(true);
    expect(matchesPath('/islands/*', '/islands/a.1234abcd.js')).toBe(true);
    expect(matchesPath('/islands/*', '/islandsx/a.js')).toBe(false);
    expect(matchesPath('/about', '/about')).toBe(true);
    expect(matchesPath('/about', '/about/x')).toBe(false);
    expect(matchesPath('/v/:hash/*', '/v/abc/x.avif')).toBe(true);
    expect(matchesPath('/v/:hash/*', '/v/manifest.json')).toBe(false);
    expect(matchesPath('/a.html', '/aXhtml')).toBe(false);
  });

  it('gives a path the headers of every matching rule', () => {
    expect(Object.fromEntries(headersFor(rules, '/islands/x.js'))).toEqual({ 'x-content-type-options': 'nosniff', 'cache-control': 'immutable' });
    expect(Object.fromEntries(headersFor(rules, '/feed.xml'))).toEqual({ 'x-content-type-options': 'nosniff' });
  });

  it('refuses two matching rules that set the same header (hosts would join or pick differently)', () => {
    const overlapping = [...rules, { path: '/islands/x.js', headers: [['cache-control', 'no-store']] as [string, string][] }];
    expect(() => headersFor(overlapping, '/islands/x.js')).toThrow(/Cache-Control|cache-control.*both/i);
  });

  it('rejects a header line outside a rule', () => {
    expect(() => parseHeadersFile('  X-A: b\n')).toThrow(/line 1/);
  });
});
