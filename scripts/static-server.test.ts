import { describe, expect, it } from 'vitest';
import { servedMiniSite } from './mini-site';

const miniSite = servedMiniSite();

describe('static server (scripts/static-server.ts)', () => {
  it('serves clean URLs with the shipped headers', async () => {
    const res = await fetch(`${miniSite.current.base}/articles/near`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('content-security-policy')).toMatch(/^default-src 'none'; script-src 'self'/);
    expect(res.headers.get('cache-control')).toMatch(/max-age=300/);
    expect(await res.text()).toContain('Near.');
  });

  it('answers 404 with the 404 page and the headers, and never serves the hosting files', async () => {
    for (const p of ['/nothing-here', '/_headers', '/_nginx.conf', '/../package.json']) {
      const res = await fetch(`${miniSite.current.base}${p}`);
      expect(res.status, p).toBe(404);
      expect(await res.text(), p).toContain('No such page.');
      expect(res.headers.get('x-content-type-options'), p).toBe('nosniff');
    }
  });

  it('gzips text when asked, with the right type for module scripts', async () => {
    const res = await fetch(`${miniSite.current.base}/islands/app.8e609bb71c.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(res.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(res.headers.get('cache-control')).toContain('immutable');
    expect(await res.text()).toBe('export {};\n');
  });
});
