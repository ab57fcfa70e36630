// Post-build over out/: removes Next's client runtime from every page (see
// docs/adr/0002-no-react-runtime-on-reader-pages.md). Reader pages are server-rendered HTML;
// the only scripts left are ours: the pre-paint snippet, speculation rules, island modules and JSON-LD.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { imagesInUse } from '../lib/image-variants';
import { isPublished } from '../lib/publication';
import { filesUnder } from './files';
import { FINGERPRINT_FILE, fingerprint } from './fingerprint';

const outDir = path.resolve(process.argv[2] ?? 'out');
if (!existsSync(outDir)) {
  console.error(`postbuild: ${outDir} does not exist; run next build first`);
  process.exit(1);
}

const keepScript = (el: HTMLElement) =>
  el.id === 'standfirst-prepaint' ||
  el.getAttribute('type') === 'application/ld+json' ||
  el.getAttribute('type') === 'speculationrules' ||
  (el.getAttribute('type') === 'module' && (el.getAttribute('src') ?? '').startsWith('/islands/'));

const assetsDir = path.join(outDir, 'assets');
const movedCss = new Map<string, string>();
function moveCss(href: string): string {
  const hit = movedCss.get(href);
  if (hit) return hit;
  const clean = href.split('?')[0] ?? href;
  const source = path.join(outDir, clean);
  if (!existsSync(source)) throw new Error(`postbuild: stylesheet ${href} is not in out/`);
  mkdirSync(assetsDir, { recursive: true });
  // Named by our own hash of the content, so the host may cache it forever (scripts/hosting.ts checks the name).
  const target = `/assets/${createHash('sha256').update(readFileSync(source)).digest('hex').slice(0, 10)}.css`;
  copyFileSync(source, path.join(outDir, target));
  movedCss.set(href, target);
  return target;
}

// Next copies all of public/ into out/, including the photos of drafts and
// scheduled articles: a guessable URL would leak them. Every image that only
// unpublished articles use is removed; the page loop below notes which of them a
// public page also shows (one pass, no whole-site string: linear at any size).
const generatedIndex = path.resolve('.contentlayer/generated/Article/_index.json');
type Doc = { draft: boolean; publishedAt: string; image: { src: string }; body: { raw: string } };
const docs = existsSync(generatedIndex) ? (JSON.parse(readFileSync(generatedIndex, 'utf8')) as Doc[]) : [];
// The same image finder the variants step uses, pointed at the unpublished articles, less the
// photos a published article also uses (its feed enclosure names the original).
const publicImages = new Set(imagesInUse(docs, [], (d) => isPublished(d)));
const hiddenImages = new Set(imagesInUse(docs, [], (d) => !isPublished(d)).filter((src) => !publicImages.has(src)));
const shownImages = new Set<string>();
// An /images/ path inside an attribute, srcset, url() or JSON string: it ends where such a value ends.
const IMAGE_ADDRESS = /\/images\/[^"'\s)?#&,<>]+/g;

const files = filesUnder(outDir);
const htmlFiles = files.filter((f) => f.endsWith('.html'));
let removed = 0;
for (const file of htmlFiles) {
  // Comments are dropped: they are React's text separators and boundary markers (<!-- -->, <!--$-->),
  // which only its runtime reads.
  const root = parse(readFileSync(file, 'utf8'), { comment: false });
  for (const script of root.querySelectorAll('script')) {
    if (!keepScript(script)) {
      script.remove();
      removed++;
    }
  }
  for (const link of root.querySelectorAll('link')) {
    const rel = link.getAttribute('rel') ?? '';
    const href = link.getAttribute('href') ?? '';
    if (rel === 'modulepreload' || (rel === 'preload' && link.getAttribute('as') === 'script')) {
      link.remove();
      removed++;
    } else if (rel === 'stylesheet' && href.startsWith('/_next/')) {
      link.setAttribute('href', moveCss(href));
      link.removeAttribute('data-precedence');
    }
  }
  // Next adds its own robots noindex to the 404 page beside ours: keep a single, noindex one.
  const robots = root.querySelectorAll('meta[name="robots"]');
  if (robots.length > 1) {
    const keep = robots.find((m) => (m.getAttribute('content') ?? '').includes('noindex')) ?? robots[0];
    for (const m of robots) if (m !== keep) m.remove();
  }
  // Next copies og:title, og:description and og:image* into twitter:* (resolve-metadata's
  // postProcessMetadata, not configurable); X reads the og: ones when its own are absent, so a
  // twitter: tag that only repeats its og: counterpart is dropped (lib/metadata.ts sets the card type).
  const og = new Map(root.querySelectorAll('meta[property^="og:"]').map((m) => [m.getAttribute('property'), m.getAttribute('content')]));
  for (const m of root.querySelectorAll('meta[name^="twitter:"]')) {
    const name = m.getAttribute('name') ?? '';
    if (name !== 'twitter:card' && og.get(`og:${name.slice('twitter:'.length)}`) === m.getAttribute('content')) m.remove();
  }
  // React's resolved metadata boundary (<div hidden><!--$--><!--/$--></div>): empty, and meaningless without the runtime.
  for (const div of root.querySelectorAll('div[hidden]')) {
    if (div.childNodes.every((n) => n.rawText.trim() === '')) div.remove();
  }
  const html = root.toString();
  // Every /images/ address the page names, looked up in the set: linear in the page, whatever the number of hidden images.
  if (hiddenImages.size) for (const [src] of html.matchAll(IMAGE_ADDRESS)) if (hiddenImages.has(src)) shownImages.add(src);
  for (const marker of ['/_next/', 'self.__next_f', '__next_s', '$RC(']) {
    if (html.includes(marker)) throw new Error(`postbuild: ${path.relative(outDir, file)} still contains "${marker}"`);
  }
  writeFileSync(file, html);
}

// The RSC payloads (*.txt beside each page, __next.* segment files) only serve
// client-side navigation, which reader pages do not have.
let payloads = 0;
for (const file of files) {
  const base = path.basename(file);
  const sibling = file.replace(/\.txt$/, '.html');
  if (base.endsWith('.txt') && (base.startsWith('__next.') || (file !== sibling && existsSync(sibling)))) {
    rmSync(file);
    payloads++;
  }
}
{
  let withheld = 0;
  for (const src of hiddenImages) {
    if (shownImages.has(src)) continue; // also used by something public
    const file = path.join(outDir, decodeURIComponent(src));
    if (existsSync(file)) {
      rmSync(file);
      withheld++;
    }
  }
  if (withheld) console.log(`postbuild: withheld ${withheld} image(s) used only by drafts or scheduled articles`);
}
// Next's duplicate of 404.html, and the runtime chunks nothing references any more.
for (const p of ['_not-found.html', '_not-found', '_next']) rmSync(path.join(outDir, p), { recursive: true, force: true });
removeEmptyDirs(outDir);

function removeEmptyDirs(dir: string): void {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) {
      removeEmptyDirs(full);
      if (readdirSync(full).length === 0) rmSync(full, { recursive: true });
    }
  }
}

console.log(
  `postbuild: ${htmlFiles.length} pages without the React runtime (${removed} script tags removed, ${payloads} RSC payloads deleted, ${movedCss.size} stylesheet(s) moved to /assets/)`,
);

// Lets `npm start` skip the build when nothing has changed since this one.
writeFileSync(path.join(outDir, FINGERPRINT_FILE), fingerprint() + '\n');
