import { describe, expect, it } from 'vitest';
import { articleUrls, crawl, tooDeep } from './crawl';
import { servedMiniSite } from './mini-site';

const miniSite = servedMiniSite();

describe('link crawl (scripts/crawl.ts)', () => {
  it('finds broken links, images and anchors, checks JSON-LD URLs, and leaves other sites alone', async () => {
    const r = await crawl(miniSite.current.base, { siteUrl: 'https://standfirst.example', seeds: ['/'] });
    expect(r.broken.map((b) => `${b.url} ${b.status} ${b.from}`).sort()).toEqual(['/a#nope no such id on the page /', '/gone.png 404 /', '/missing 404 /']);
    expect(r.fetched).toContain('/logo.svg');
    expect(r.fetched).toContain('/islands/app.8e609bb71c.js');
    expect(r.external).toEqual(new Set(['https://elsewhere.example/x']));
  });

  it('measures click depth from / and names the articles too deep', async () => {
    const r = await crawl(miniSite.current.base, { siteUrl: 'https://standfirst.example', seeds: ['/'] });
    expect(r.depth.get('/a')).toBe(1);
    expect(r.depth.get('/articles/near')).toBe(1);
    expect(r.depth.get('/articles/deep')).toBe(4);
    expect(tooDeep(r, articleUrls(miniSite.current.dir).sort(), 3)).toEqual(['/articles/deep (4)']);
  });
});
