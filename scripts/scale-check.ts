// Nothing lost at scale: the published articles in content/ must each have a page,
// a sitemap entry, an archive entry and a search-index entry — four counts that
// must equal the content's own, checked by address, not only by number.
//
//   tsx scripts/scale-check.ts --n 200    # builds 200 synthetic articles in a temporary copy (part of `npm test`)
//
// The benchmark runs the same check on its 1,000- and 5,000-article sites.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'node-html-parser';
import { parse as parseYaml } from 'yaml';
import { toInstant } from '../lib/dates';
import { isPublished } from '../lib/publication';
import { site } from '../lib/site';
import { readFragment } from './pagefind-fragment';
import { generateSyntheticSite } from './synthetic-content';
import { makeWorkspace, runStep } from './workspace';

export type PublicationCounts = {
  /** Published articles according to the content files themselves (draft flag and date, read here, not from the build). */
  published: number;
  pages: number;
  sitemap: number;
  archive: number;
  search: number;
  ok: boolean;
  problems: string[];
};

// An article address in any edition: /articles/<slug> or /<lang>/articles/<slug>.
const ARTICLE_PATH = /^(?:\/[a-z]{2})?\/articles\/([^/?#]+)$/;
const articleSlug = (urlPath: string) => ARTICLE_PATH.exec(urlPath.replace(/\.html$/, ''))?.[1];

function publishedInContent(contentDir: string, at: Date): Set<string> {
  const dir = path.join(contentDir, 'articles');
  const slugs = new Set<string>();
  for (const f of readdirSync(dir).filter((name) => name.endsWith('.mdx'))) {
    const text = readFileSync(path.join(dir, f), 'utf8');
    const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
    const data = parseYaml(front) as { date?: string | Date; draft?: boolean };
    const date = data.date instanceof Date ? data.date.toISOString().slice(0, 10) : String(data.date);
    if (isPublished({ draft: data.draft === true, publishedAt: toInstant(date, site.timeZone) }, at)) slugs.add(f.slice(0, -'.mdx'.length));
  }
  return slugs;
}

function htmlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
}

/** The four counts for a built site, compared address by address with the content. */
export function countPublication(root: string, outDir: string, at: Date): PublicationCounts {
  const expected = publishedInContent(path.join(root, 'content'), at);

  // Article pages: out/articles/*.html and out/<lang>/articles/*.html.
  const pageSlugs = [
    ...htmlFiles(path.join(outDir, 'articles')).map((f) => f.slice(0, -'.html'.length)),
    ...readdirSync(outDir, { withFileTypes: true })
      .filter((e) => e.isDirectory() && /^[a-z]{2}$/.test(e.name))
      .flatMap((e) => htmlFiles(path.join(outDir, e.name, 'articles')).map((f) => f.slice(0, -'.html'.length))),
  ];

  const sitemapXml = readFileSync(path.join(outDir, 'sitemap.xml'), 'utf8');
  const sitemapSlugs = [...sitemapXml.matchAll(/<loc>([^<]+)<\/loc>/g)].flatMap((m) => articleSlug(new URL(m[1]!).pathname) ?? []);

  const archivePages = [path.join(outDir, 'archive.html'), ...readdirSync(outDir).filter((d) => /^[a-z]{2}$/.test(d)).map((d) => path.join(outDir, d, 'archive.html'))].filter(existsSync);
  const archiveSlugs = new Set(
    archivePages.flatMap((file) =>
      parse(readFileSync(file, 'utf8'))
        .querySelectorAll('main a[href]')
        .flatMap((a) => articleSlug(a.getAttribute('href')!) ?? []),
    ),
  );

  // Search entries: the URL in every page fragment of the Pagefind bundle.
  const fragmentDir = path.join(outDir, 'pagefind/fragment');
  const searchSlugs = existsSync(fragmentDir)
    ? readdirSync(fragmentDir).flatMap((name) => articleSlug(readFragment(path.join(fragmentDir, name)).url) ?? [])
    : [];

  const problems: string[] = [];
  const compare = (what: string, found: readonly string[]) => {
    const have = new Set(found);
    const missing = [...expected].filter((s) => !have.has(s));
    const extra = [...have].filter((s) => !expected.has(s));
    if (missing.length) problems.push(`${what}: ${missing.length} published article(s) missing, e.g. ${missing.slice(0, 5).join(', ')}`);
    if (extra.length) problems.push(`${what}: ${extra.length} article(s) that are not published, e.g. ${extra.slice(0, 5).join(', ')}`);
    if (found.length !== have.size) problems.push(`${what}: ${found.length - have.size} duplicate entr${found.length - have.size === 1 ? 'y' : 'ies'}`);
  };
  compare('article pages', pageSlugs);
  compare('sitemap', sitemapSlugs);
  compare('archive', [...archiveSlugs]);
  compare('search index', searchSlugs);
  return {
    published: expected.size,
    pages: pageSlugs.length,
    sitemap: sitemapSlugs.length,
    archive: archiveSlugs.size,
    search: searchSlugs.length,
    ok: problems.length === 0,
    problems,
  };
}

export function formatCounts(c: PublicationCounts): string {
  return `published in content: ${c.published} · article pages: ${c.pages} · sitemap entries: ${c.sitemap} · archive entries: ${c.archive} · search-index entries: ${c.search}`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--n');
  const n = Number(i >= 0 ? process.argv[i + 1] : 200);
  const repo = process.cwd();
  const ws = makeWorkspace(repo, { warm: true });
  const now = new Date();
  try {
    const summary = generateSyntheticSite({ n, out: ws, repo, now });
    console.log(`scale check: building ${summary.articles} synthetic articles (${summary.published} published, ${summary.drafts} drafts, ${summary.scheduled} scheduled) in ${ws}`);
    const started = Date.now();
    try {
      // Not --silent: npm's own errors (a missing script, no package.json) are part of the reason.
      runStep('npm', ['run', 'build'], { cwd: ws, env: { ...process.env, PWD: ws, NEXT_TELEMETRY_DISABLED: '1', STANDFIRST_NOW: now.toISOString() } });
    } catch (error) {
      console.error(`${(error as Error).message}\n✖ scale check: the build of ${n} synthetic articles failed (the build's own output is above)`);
      process.exit(1);
    }
    const counts = countPublication(ws, path.join(ws, 'out'), now);
    console.log(`scale check (${((Date.now() - started) / 1000).toFixed(0)} s build): ${formatCounts(counts)}`);
    if (counts.published !== summary.published) counts.problems.push(`the generator wrote ${summary.published} published articles but content/ reads as ${counts.published}`);
    if (counts.problems.length) {
      console.error(`✖ scale check: articles were lost or leaked:\n  ${counts.problems.join('\n  ')}`);
      process.exit(1);
    }
    console.log('✔ scale check: every published article has a page, a sitemap entry, an archive entry and a search entry');
  } finally {
    if (!process.argv.includes('--keep')) rmSync(ws, { recursive: true, force: true });
  }
}
