// Link check of the served site: a crawl from / (and /robots.txt, which names the
// sitemaps) that follows every internal reference — links, fragments, images and srcsets,
// stylesheets, scripts, icons, canonical and alternate links, feeds, sitemaps, social-card
// and JSON-LD URLs — and reports every one that does not answer 200. Absolute URLs on the
// site's own origin (lib/site.ts) are checked on the local server. It also computes each
// page's click depth from the front page by BFS over the <a> links only.
// CLI (`npm run check:links`): serves out/ itself, or takes --base http://host:port.
import { existsSync, readdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'node-html-parser';
import { EDITIONS, editions, site } from '../lib/site';

export type Broken = { url: string; status: number | string; from: string };
export type CrawlResult = {
  /** Every internal URL fetched (path + query). */
  fetched: Set<string>;
  broken: Broken[];
  /** Clicks from / to every HTML page reached through <a> links. */
  depth: Map<string, number>;
  external: Set<string>;
};

const HTML_ATTRS: [selector: string, attr: string][] = [
  ['a[href]', 'href'],
  ['link[href]', 'href'],
  ['script[src]', 'src'],
  ['img[src]', 'src'],
  ['iframe[src]', 'src'],
  ['form[action]', 'action'],
  ['meta[property="og:image"]', 'content'],
  ['meta[property="og:url"]', 'content'],
  ['meta[name="twitter:image"]', 'content'],
];

/** Internal key (path + query) of a reference, or undefined for another origin / a non-HTTP scheme. */
function internal(ref: string, base: URL, siteOrigin: string): { key: string; hash: string } | 'external' | undefined {
  if (/^(mailto|tel|data|javascript):/i.test(ref.trim())) return undefined;
  let u: URL;
  try {
    u = new URL(ref, base);
  } catch {
    return { key: ref, hash: '' };
  }
  if (u.origin !== base.origin && u.origin !== siteOrigin) return 'external';
  return { key: u.pathname + u.search, hash: decodeURIComponent(u.hash.slice(1)) };
}

export async function crawl(baseUrl: string, options: { siteUrl?: string; seeds?: string[]; concurrency?: number } = {}): Promise<CrawlResult> {
  const base = new URL(baseUrl);
  const siteOrigin = new URL(options.siteUrl ?? site.url).origin;
  const fetched = new Set<string>();
  const broken: Broken[] = [];
  const external = new Set<string>();
  const anchors = new Map<string, string[]>(); // page -> pages its <a> links lead to
  const ids = new Map<string, Set<string>>(); // page -> element ids
  const fragments: { page: string; id: string; from: string }[] = [];
  const queue: { key: string; from: string }[] = (options.seeds ?? ['/', '/robots.txt']).map((key) => ({ key, from: '(start)' }));
  const queued = new Set(queue.map((q) => q.key));

  const add = (ref: string, pageUrl: URL, from: string, isClick = false) => {
    const r = internal(ref, pageUrl, siteOrigin);
    if (r === 'external') {
      external.add(ref);
      return;
    }
    if (!r) return;
    if (isClick) anchors.get(from)?.push(r.key);
    if (r.hash && (isClick || r.key === from)) fragments.push({ page: r.key, id: r.hash, from });
    if (!queued.has(r.key)) {
      queued.add(r.key);
      queue.push({ key: r.key, from });
    }
  };

  const visit = async ({ key, from }: { key: string; from: string }) => {
    fetched.add(key);
    const url = new URL(key, base);
    let res: Response;
    try {
      res = await fetch(url, { redirect: 'manual' });
    } catch (e) {
      broken.push({ url: key, status: (e as Error).message, from });
      return;
    }
    if (res.status !== 200) {
      broken.push({ url: key, status: res.status, from });
      await res.body?.cancel();
      return;
    }
    const type = res.headers.get('content-type') ?? '';
    if (type.includes('html')) {
      const root = parse(await res.text());
      anchors.set(key, []);
      ids.set(key, new Set(root.querySelectorAll('[id]').map((e) => e.id)));
      for (const [selector, attr] of HTML_ATTRS) {
        for (const el of root.querySelectorAll(selector)) add(el.getAttribute(attr) ?? '', url, key, selector === 'a[href]');
      }
      for (const el of root.querySelectorAll('[srcset]')) {
        for (const candidate of (el.getAttribute('srcset') ?? '').split(',')) {
          const ref = candidate.trim().split(/\s+/)[0];
          if (ref) add(ref, url, key);
        }
      }
      for (const el of root.querySelectorAll('script[type="application/ld+json"]')) {
        for (const m of el.rawText.matchAll(/"(https?:\/\/[^"]+)"/g)) if (new URL(m[1]!).origin === siteOrigin) add(m[1]!, url, key);
      }
    } else if (/xml|text\/plain/.test(type)) {
      // Feeds, sitemaps and robots.txt: every absolute URL on the site's origin.
      const text = (await res.text()).replace(/&amp;/g, '&');
      for (const m of text.matchAll(/https?:\/\/[^\s"'<>]+/g)) if (new URL(m[0]).origin === siteOrigin) add(m[0], url, key);
    } else {
      await res.arrayBuffer();
    }
  };

  // Pages being parsed may add to the queue: go on until it is empty and nothing is in flight.
  const inFlight = new Set<Promise<void>>();
  const limit = options.concurrency ?? 6;
  while (queue.length || inFlight.size) {
    while (queue.length && inFlight.size < limit) {
      const item = queue.shift()!;
      const p: Promise<void> = visit(item)
        .catch((e: Error) => void broken.push({ url: item.key, status: e.message, from: item.from }))
        .finally(() => inFlight.delete(p));
      inFlight.add(p);
    }
    await Promise.race(inFlight);
  }

  for (const f of fragments) {
    const known = ids.get(f.page);
    if (known && !known.has(f.id)) broken.push({ url: `${f.page}#${f.id}`, status: 'no such id on the page', from: f.from });
  }

  const depth = new Map<string, number>([['/', 0]]);
  const bfs = ['/'];
  for (let page = bfs.shift(); page !== undefined; page = bfs.shift()) {
    for (const next of anchors.get(page) ?? []) {
      if (!depth.has(next) && anchors.has(next)) {
        depth.set(next, depth.get(page)! + 1);
        bfs.push(next);
      }
    }
  }
  return { fetched, broken, depth, external };
}

/** Articles deeper than `maxClicks` from the front page, or not reachable by clicks at all. */
export function tooDeep(result: CrawlResult, pages: readonly string[], maxClicks: number): string[] {
  return pages.filter((p) => (result.depth.get(p) ?? Infinity) > maxClicks).map((p) => `${p} (${result.depth.get(p) ?? 'unreachable'})`);
}

export const MAX_ARTICLE_CLICKS = 3;

/** The article pages of a built site, as URLs (as a browser writes them: percent-encoded), in every edition. */
export function articleUrls(outDir: string): string[] {
  return EDITIONS.flatMap((e) => {
    const dir = path.join(outDir, editions[e].prefix, 'articles');
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((f) => f.endsWith('.html'))
      .map((f) => `${editions[e].prefix}/articles/${encodeURIComponent(f.slice(0, -'.html'.length))}`);
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const i = process.argv.indexOf('--base');
  let baseUrl = i >= 0 ? process.argv[i + 1] : undefined;
  let close = () => {};
  if (!baseUrl) {
    const { createStaticServer } = await import('./static-server');
    const server = createStaticServer('out').listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => server.close();
  }
  const result = await crawl(baseUrl);
  close();
  const articles = articleUrls('out');
  const deep = tooDeep(result, articles, MAX_ARTICLE_CLICKS);
  const maxDepth = Math.max(...articles.map((a) => result.depth.get(a) ?? Infinity));
  for (const b of result.broken) console.error(`broken: ${b.url} (${b.status}) linked from ${b.from}`);
  for (const d of deep) console.error(`more than ${MAX_ARTICLE_CLICKS} clicks from the front page: ${d}`);
  console.log(
    `links: ${result.fetched.size} URLs checked, ${result.broken.length} broken; ${articles.length} articles, deepest ${maxDepth} click(s) from /; ${result.external.size} external link(s) not checked`,
  );
  process.exit(result.broken.length || deep.length ? 1 : 0);
}
