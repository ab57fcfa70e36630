// Last build step: the hosting configuration for out/, from one set of rules
// (see docs/adr/0006-security-headers-and-csp.md and docs/deploy.md):
//   out/_headers            Netlify / Cloudflare Pages format; also what `npm start` and the browser tests serve
//   out/_nginx.conf         the same headers as an nginx snippet
// The Content-Security-Policy allows no inline script except those the built pages
// really contain: every inline <script> (and <style>) in out/ is found by parsing the
// HTML and allowed by its SHA-256, so a new inline script is covered by the next build.
// Long-lived immutable caching only for directories whose every file name carries a
// content hash; the build fails if one does not.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'node-html-parser';
import { filesUnder } from './files';
import { site } from '../lib/site';
import { renderHeadersFile, type HeaderRule } from './headers-file';

export const HEADERS_FILE = '_headers';
export const NGINX_FILE = '_nginx.conf';
/** Folders of content-addressed files (islands: name.<hash>.js; assets: Turbopack's hashed CSS; variants: /<hash>/…). */
export const IMMUTABLE_DIRS = ['assets', 'islands', 'variants'] as const;
export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
export const CACHE_SHORT = 'public, max-age=300, must-revalidate';
/** Build metadata the pages read at build time: not for readers, and not content-hashed. */
const BUILD_ONLY = ['islands/manifest.json', 'variants/manifest.json'];
// Data blocks are never executed, so CSP does not apply to them (JSON-LD).
const DATA_SCRIPT_TYPES = new Set(['application/ld+json', 'application/json']);
/** How each immutable folder names its files: islands and assets by the first 10 hex digits of the SHA-256 of the file, variants by a 16-digit hash folder (of the source and the encoder settings). */
const nameHasSha10 = (rel: string, bytes: () => Buffer) => path.basename(rel).includes(createHash('sha256').update(bytes()).digest('hex').slice(0, 10));
const CONTENT_HASHED: Record<(typeof IMMUTABLE_DIRS)[number], (relInDir: string, bytes: () => Buffer) => boolean> = {
  assets: nameHasSha10,
  islands: nameHasSha10,
  variants: (rel) => /^[0-9a-f]{16}\/[^/]+$/.test(rel),
};

export type InlineCode = { scripts: string[]; styles: string[]; problems: string[] };

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Hashes of every inline script and style element in the pages; inline event handlers and javascript: URLs are problems. */
export function inlineCode(pages: readonly { file: string; html: string }[]): InlineCode {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  const problems: string[] = [];
  for (const { file, html } of pages) {
    const root = parse(html, { comment: false });
    for (const script of root.querySelectorAll('script')) {
      if (script.hasAttribute('src')) continue;
      const type = (script.getAttribute('type') ?? '').trim().toLowerCase();
      if (DATA_SCRIPT_TYPES.has(type)) continue;
      scripts.add(sha256(script.rawText));
    }
    for (const style of root.querySelectorAll('style')) styles.add(sha256(style.rawText));
    for (const el of root.querySelectorAll('*')) {
      for (const [name, value] of Object.entries(el.attributes)) {
        if (/^on/i.test(name)) problems.push(`${file}: <${el.rawTagName} ${name}=…> is an inline event handler; use an island`);
        if (/^\s*javascript:/i.test(value)) problems.push(`${file}: <${el.rawTagName} ${name}="javascript:…">`);
      }
    }
  }
  return { scripts: [...scripts].sort(), styles: [...styles].sort(), problems };
}

/** form-action: the site itself, and the newsletter provider's origin when the settings name one (lib/site.ts). */
export function formAction(newsletterFormAction: string | undefined = site.newsletterFormAction): string {
  return ['form-action', "'self'", ...(newsletterFormAction ? [new URL(newsletterFormAction).origin] : [])].join(' ');
}

export function contentSecurityPolicy({ scripts, styles }: Pick<InlineCode, 'scripts' | 'styles'>, newsletterFormAction?: string): string {
  return [
    "default-src 'none'",
    // 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly on /search; it does not allow eval() of JavaScript.
    ['script-src', "'self'", "'wasm-unsafe-eval'", ...scripts].join(' '),
    ['style-src', "'self'", ...styles].join(' '),
    // Style attributes are the build's image placeholders (a data: URI or a colour as background); they cannot run code.
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data:",
    // <Video> and <Audio> play files from the site itself.
    "media-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "base-uri 'none'",
    formAction(newsletterFormAction),
    "frame-ancestors 'none'",
    "object-src 'none'",
  ].join('; ');
}

export function securityHeaders(csp: string): [string, string][] {
  return [
    ['Content-Security-Policy', csp],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    ['Permissions-Policy', 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()'],
    ['Strict-Transport-Security', 'max-age=63072000; includeSubDomains'],
    ['X-Frame-Options', 'DENY'],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
  ];
}

/** Files in an immutable folder whose name does not carry the hash of their content. */
export function unhashedFiles(outDir: string): string[] {
  return IMMUTABLE_DIRS.filter((d) => existsSync(path.join(outDir, d))).flatMap((d) =>
    filesUnder(path.join(outDir, d))
      .filter((f) => !CONTENT_HASHED[d](path.relative(path.join(outDir, d), f).split(path.sep).join('/'), () => readFileSync(f)))
      .map((f) => path.relative(outDir, f).split(path.sep).join('/')),
  );
}

/**
 * Security headers on every path; Cache-Control on each top-level entry of out/ (immutable for the
 * hashed folders, short for everything else), so no two rules ever set the same header.
 */
export function hostingRules(outDir: string, csp: string): HeaderRule[] {
  const rules: HeaderRule[] = [{ path: '/*', headers: securityHeaders(csp) }];
  const cache = (p: string, value: string) => rules.push({ path: p, headers: [['Cache-Control', value]] });
  for (const dir of IMMUTABLE_DIRS) if (existsSync(path.join(outDir, dir))) cache(`/${dir}/*`, CACHE_IMMUTABLE);
  for (const entry of readdirSync(outDir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const name = entry.name;
    if (name.startsWith('_') || name.startsWith('.') || (IMMUTABLE_DIRS as readonly string[]).includes(name)) continue;
    if (entry.isDirectory()) {
      cache(`/${name}/*`, CACHE_SHORT);
      // A folder with its own index page (e.g. an edition at /ar/) is also reached without the slash.
      if (existsSync(path.join(outDir, name, 'index.html')) && !existsSync(path.join(outDir, `${name}.html`))) cache(`/${name}`, CACHE_SHORT);
    }
    else if (name === 'index.html') {
      cache('/', CACHE_SHORT);
      cache('/index.html', CACHE_SHORT);
    } else if (name.endsWith('.html')) {
      cache(`/${name.slice(0, -'.html'.length)}`, CACHE_SHORT);
      cache(`/${name}`, CACHE_SHORT);
    } else cache(`/${name}`, CACHE_SHORT);
  }
  return rules;
}

/** The same rules for nginx. add_header in a location replaces the server's, so every location repeats the security headers. */
export function nginxSnippet(rules: readonly HeaderRule[]): string {
  const [global, ...rest] = rules;
  if (!global || global.path !== '/*') throw new Error('hosting: the first rule must be the site-wide one');
  const q = (v: string) => `"${v.replace(/["\\]/g, '\\$&')}"`;
  const block = (location: string, headers: readonly [string, string][], tryFiles: string) =>
    [
      `location ${location} {`,
      ...[...global.headers, ...headers].map(([n, v]) => `  add_header ${n} ${q(v)} always;`),
      `  try_files ${tryFiles};`,
      '}',
    ].join('\n');
  const pages = '$uri $uri.html $uri/index.html =404';
  const parts = [
    '# Standfirst hosting for nginx, generated by scripts/hosting.ts with the same rules as out/_headers.',
    '# Include it inside `server { … }` with `root` set to this out/ folder. See docs/deploy.md.',
    'charset utf-8;',
    'gzip on;',
    'gzip_types text/css application/javascript application/json application/xml application/rss+xml application/atom+xml image/svg+xml text/plain;',
    // No `types { }` here: in a server block it would replace the whole MIME map (nginx's mime.types has wasm).
    'error_page 404 /404.html;',
    `location ~ ^/(${[HEADERS_FILE, NGINX_FILE].map((f) => f.replace('.', '\\.')).join('|')})$ { return 404; }`,
  ];
  for (const rule of rest) {
    const headers = rule.headers;
    if (rule.path === '/') parts.push(block('= /', headers, '/index.html =404'));
    else if (rule.path.endsWith('/*')) parts.push(block(`^~ ${rule.path.slice(0, -1)}`, headers, pages));
    else if (!/[*:]/.test(rule.path)) parts.push(block(`= ${rule.path}`, headers, pages));
    else throw new Error(`hosting: no nginx location for the pattern ${rule.path}`);
  }
  parts.push(block('/', [], pages));
  return parts.join('\n') + '\n';
}

export function writeHosting(outDir: string): { rules: HeaderRule[]; inline: InlineCode } {
  for (const rel of BUILD_ONLY) rmSync(path.join(outDir, rel), { force: true });
  const problems: string[] = [];
  const unhashed = unhashedFiles(outDir);
  for (const rel of unhashed) problems.push(`${rel} is served as immutable but its name does not carry the hash of its content`);
  const pages = filesUnder(outDir)
    .filter((f) => f.endsWith('.html'))
    .map((f) => ({ file: path.relative(outDir, f), html: readFileSync(f, 'utf8') }));
  const inline = inlineCode(pages);
  problems.push(...inline.problems);
  if (problems.length) throw new Error(`hosting: ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  const rules = hostingRules(outDir, contentSecurityPolicy(inline));
  writeFileSync(
    path.join(outDir, HEADERS_FILE),
    renderHeadersFile(rules, 'Standfirst: generated by scripts/hosting.ts at build time. Do not edit; see docs/deploy.md.'),
  );
  writeFileSync(path.join(outDir, NGINX_FILE), nginxSnippet(rules));
  return { rules, inline };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const outDir = path.resolve(process.argv[2] ?? 'out');
  try {
    const { rules, inline } = writeHosting(outDir);
    console.log(
      `hosting: ${HEADERS_FILE} and ${NGINX_FILE} written (${rules.length} rules; CSP allows ${inline.scripts.length} inline script(s) and ${inline.styles.length} inline style element(s) by hash)`,
    );
  } catch (e) {
    console.error((e as Error).message);
    process.exit(1);
  }
}
