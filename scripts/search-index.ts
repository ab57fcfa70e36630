// Last build step: indexes the built article and magazine issue pages in out/ with Pagefind and
// writes the search bundle to out/pagefind/ (see docs/adr/0004-search-with-pagefind.md). Only
// elements marked data-pagefind-body (an article's <article>, an issue page's header) are
// indexed; every other page is skipped. The build fails if the index does not hold exactly the
// article and issue pages of every edition (out/articles/, out/magazine/, out/ar/…); Pagefind
// keeps one index per <html lang>. Afterwards the data-pagefind-* attributes, read by nothing
// else, are removed from every page (scripts/index-attributes.ts).
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { ISSUE_FORMAT } from '../lib/search-formats';
import { EDITIONS, editionPath } from '../lib/site';
import { filesUnder } from './files';
import { stripIndexAttributes } from './index-attributes';
import { readFragment, type Fragment } from './pagefind-fragment';
import { FINGERPRINT_FILE } from './fingerprint';

const outDir = path.resolve(process.argv[2] ?? 'out');
const bundleDir = path.join(outDir, 'pagefind');

function fail(message: string): never {
  console.error(`search-index: ${message}`);
  // The post-build has already stamped out/ as up to date: unstamp it, so `npm start` rebuilds.
  rmSync(path.join(outDir, FINGERPRINT_FILE), { force: true });
  process.exit(1);
}

const expected = new Set<string>();
const issuePages = new Set<string>();
const indexedDirs: string[] = [];
for (const edition of EDITIONS) {
  for (const folder of ['/articles', '/magazine'] as const) {
    const urlDir = editionPath(edition, folder);
    const dir = path.join(outDir, urlDir);
    let files: string[];
    try {
      files = readdirSync(dir).filter((f) => f.endsWith('.html'));
    } catch {
      // An edition with no published article (or issue) has no such folder; the default edition must have articles.
      if (edition === EDITIONS[0] && folder === '/articles') fail(`${dir} does not exist; run next build and the post-build first`);
      continue;
    }
    for (const f of files) expected.add(`${urlDir}/${f}`);
    if (folder === '/magazine') for (const f of files) issuePages.add(`${urlDir}/${f}`);
    if (files.length) indexedDirs.push(urlDir.slice(1));
  }
}

rmSync(bundleDir, { recursive: true, force: true });
// Pagefind reports its word count only in its log.
const logDir = mkdtempSync(path.join(tmpdir(), 'standfirst-pagefind-'));
const logfile = path.join(logDir, 'pagefind.log');

try {
  const { index, errors } = await pagefind.createIndex({ logfile, verbose: true });
  if (!index) fail(`Pagefind did not start: ${errors.join('; ')}`);
  // Only the article and issue folders: every other page has no data-pagefind-body and would be read
  // only to be skipped (two pages in five at 5,000 articles). The count check below still sees every one.
  const added = await index.addDirectory({ path: outDir, glob: indexedDirs.length === 1 ? `${indexedDirs[0]}/*.html` : `{${indexedDirs.join(',')}}/*.html` });
  if (added.errors.length) fail(`indexing ${outDir} failed: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: bundleDir });
  if (written.errors.length) fail(`writing ${bundleDir} failed: ${written.errors.join('; ')}`);
} finally {
  await pagefind.close();
}

// Indexed pages, from the bundle itself: the entry file counts them, and each page's fragment
// (gzip of "pagefind_dcd" + JSON) holds its URL, meta and filters.
type Entry = { version: string; languages: Record<string, { page_count: number }> };
const entry = JSON.parse(readFileSync(path.join(bundleDir, 'pagefind-entry.json'), 'utf8')) as Entry;
const pageCount = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
const fragmentDir = path.join(bundleDir, 'fragment');
const fragments = readdirSync(fragmentDir).map((name): Fragment => {
  try {
    return readFragment(path.join(fragmentDir, name));
  } catch {
    fail(`cannot read ${name}: has Pagefind ${entry.version} changed its fragment format?`);
  }
});

const problems: string[] = [];
if (pageCount !== expected.size) {
  problems.push(`indexed ${pageCount} pages but the editions have ${expected.size} article and issue pages`);
}
// Pagefind percent-encodes non-ASCII file names (an Arabic slug); the folder listing does not.
const indexed = new Set(fragments.map((f) => decodeURI(f.url)));
for (const url of expected) if (!indexed.has(url)) problems.push(`${url} is not in the index (no data-pagefind-body, or no text?)`);
for (const url of indexed) if (!expected.has(url)) problems.push(`${url} is in the index but is not an article or issue page`);
for (const f of fragments) {
  // An issue has no standfirst or section: its description is its text, its format "issue".
  const issue = issuePages.has(decodeURI(f.url));
  for (const key of issue ? ['title', 'date', 'image'] : ['title', 'dek', 'date', 'image']) if (!f.meta[key]) problems.push(`${f.url} has no "${key}" meta`);
  for (const key of issue ? ['format'] : ['section', 'format']) if (!f.filters[key]?.length) problems.push(`${f.url} has no "${key}" filter`);
  if (issue !== (f.filters.format?.[0] === ISSUE_FORMAT)) problems.push(`${f.url}: format filter "${f.filters.format?.[0]}" does not match its folder`);
}
if (problems.length) fail(`the index does not match the article and issue pages:\n  ${problems.join('\n  ')}`);

// Pagefind also writes its ready-made UIs; the search island uses only the core API.
for (const name of readdirSync(bundleDir)) {
  if (/^pagefind-(ui|modular-ui|component-ui|highlight)\./.test(name)) rmSync(path.join(bundleDir, name));
}

// The index is complete: the attributes that steered it have no reader left (scripts/index-attributes.ts).
const stripped = stripIndexAttributes(filesUnder(outDir).filter((f) => f.endsWith('.html') && !f.startsWith(bundleDir + path.sep)));

const log = readFileSync(logfile, 'utf8');
rmSync(logDir, { recursive: true, force: true });
const total = log.slice(log.lastIndexOf('Total:'));
const words = /Indexed (\d+) words?/.exec(total)?.[1] ?? '?';
const sorts = /Indexed (\d+) sorts?/.exec(total)?.[1] ?? '?';
const files = filesUnder(bundleDir);
const bytes = files.reduce((n, f) => n + statSync(f).size, 0);
const filters = [...new Set(fragments.flatMap((f) => Object.keys(f.filters)))].sort().join(', ');
console.log(
  `search-index: Pagefind ${entry.version} indexed ${pageCount} pages (= ${expected.size - issuePages.size} articles + ${issuePages.size} issues; by language: ${Object.entries(entry.languages).map(([l, v]) => `${l} ${v.page_count}`).join(', ')}), ${words} words, filters: ${filters}, ${sorts} sort key(s); ` +
    `${files.length} files, ${(bytes / 1024).toFixed(0)} kB in ${path.relative(process.cwd(), bundleDir)}/; data-pagefind-* attributes removed from ${stripped} pages`,
);
