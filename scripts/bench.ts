// `npm run bench`: the performance benchmark (a report, not a test; see docs/adr/0009-performance-budgets-and-benchmark.md).
//
//   npm run bench                      # N = 100 and 1,000 synthetic articles
//   npm run bench -- --n 5000          # any sizes, comma-separated: --n 100,1000,5000
//   npm run bench -- --lighthouse-runs 1 | --no-lighthouse | --keep
//
// For each N it copies the repository into a temporary folder, writes N synthetic
// articles (scripts/synthetic-content.ts), runs the build's own steps one by one
// (read from package.json, so the benchmark cannot drift from `npm run build`), and
// records wall time and peak memory (the whole process tree) per phase. It checks
// that nothing was lost (scripts/scale-check.ts), measures page weights, runs
// Lighthouse 12.2.3 in Debian's Chromium on the first site, compares with stock
// Next.js output of the same article, checks the budgets, writes
// bench/results/<date>.json and prints a Markdown table.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';
import { parse } from 'node-html-parser';
import { buildSteps as declaredSteps } from './build-steps';
import { ensureChromium } from './chromium';
import { countPublication, type PublicationCounts } from './scale-check';
import { publishEdits } from './publish-latency';
import { generateSyntheticSite } from './synthetic-content';
import { makeWorkspace, runStep } from './workspace';

const repo = process.cwd();
const args = process.argv.slice(2);
const arg = (flag: string) => {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
};
const sizes = (arg('--n') ?? '100,1000').split(',').map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 10)) {
  console.error('usage: npm run bench -- [--n 100,1000] [--lighthouse-runs 3] [--no-lighthouse] [--keep]  |  --measure <folder> --article <slug>');
  process.exit(1);
}
const lighthouseRuns = Number(arg('--lighthouse-runs') ?? 3);
const withLighthouse = !args.includes('--no-lighthouse');
const keep = args.includes('--keep');
const withPublish = !args.includes('--no-publish');

// ---------- budgets (issue 6) ----------
const BUDGET = {
  articleJsGzip: 5 * 1024,
  cssGzip: 15 * 1024,
  htmlToTextRatio: 2.5,
  lighthouse: 100,
  cls: 0,
  build1000Ms: 5 * 60_000,
  build5000Ms: 25 * 60_000,
  peakMemoryBytes: 8 * 1024 ** 3,
  growth100to1000: 11,
  contentCheck1000Ms: 2000,
};

// ---------- phases ----------
// loadAverage: the machine's 1-minute load when the phase ended. These machines are shared;
// a figure taken under a load well above the core count is a figure about the neighbours.
type Phase = { name: string; command: string; ms: number; peakRssBytes: number; loadAverage: number };

/** The build's steps, exactly as `npm run build` runs them (scripts/build-steps.ts), named for the report. */
function buildSteps(): { name: string; command: string }[] {
  // The staged part runs straight into out/ (the staging swap protects a live site, not a benchmark).
  return declaredSteps('out').map((step) => ({
    name: step.name === 'next build' ? 'page build (next)' : step.name === 'post-build' ? 'post-processing' : step.name,
    command: [...Object.entries(step.env ?? {}).map(([k, v]) => `${k}=${v}`), ...step.cmd].join(' '),
  }));
}

/** Resident memory of a process and all its descendants, from /proc. */
function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(fields[1]);
      const pid = Number(d);
      children.set(ppid, [...(children.get(ppid) ?? []), pid]);
      rss.set(pid, Number(readFileSync(`/proc/${d}/statm`, 'utf8').split(' ')[1]) * 4096);
    } catch {
      // the process ended between listing and reading
    }
  }
  let sum = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    sum += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return sum;
}

async function runPhase(ws: string, step: { name: string; command: string }, env: NodeJS.ProcessEnv, log: string): Promise<Phase> {
  const started = performance.now();
  const fd = openSync(log, 'a');
  // As npm runs scripts: the workspace's node_modules/.bin first on PATH.
  const PATH = `${path.join(ws, 'node_modules/.bin')}:${env.PATH ?? ''}`;
  const child = spawn('bash', ['-c', step.command], { cwd: ws, env: { ...env, PWD: ws, PATH }, stdio: ['ignore', fd, fd] });
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, treeRss(child.pid!))), 250);
  const code: number = await new Promise((resolve) => child.on('exit', (c) => resolve(c ?? 1)));
  clearInterval(timer);
  closeSync(fd);
  const ms = performance.now() - started;
  if (code !== 0) {
    const tail = readFileSync(log, 'utf8').split('\n').slice(-30).join('\n');
    throw new Error(`phase "${step.name}" (${step.command}) failed with exit code ${code}; the end of ${log}:\n${tail}`);
  }
  return { name: step.name, command: step.command, ms, peakRssBytes: peak, loadAverage: Number(loadavg()[0]!.toFixed(1)) };
}

// ---------- page weights ----------
type Weight = { raw: number; gzip: number };
type PageWeight = { page: string; url: string; html: Weight; css: Weight; js: Weight; images: Weight; requests: number };
const gz = (b: Buffer | string) => gzipSync(b, { level: 9 }).length;
const weigh = (bufs: Buffer[]): Weight => ({ raw: bufs.reduce((n, b) => n + b.length, 0), gzip: bufs.reduce((n, b) => n + gz(b), 0) });

function htmlFile(out: string, url: string): string {
  const clean = url.replace(/\/$/, '');
  return clean === '' ? path.join(out, 'index.html') : path.join(out, `${clean}.html`);
}

/** Bytes of a page and of the CSS and JS it loads, read from the files themselves (inline scripts count as JS). */
function staticWeight(out: string, page: string, url: string): Omit<PageWeight, 'images' | 'requests'> {
  const html = readFileSync(htmlFile(out, url));
  const doc = parse(html.toString('utf8'));
  const file = (href: string) => readFileSync(path.join(out, decodeURIComponent(href.split('?')[0]!)));
  const css = doc.querySelectorAll('link[rel~=stylesheet]').map((l) => file(l.getAttribute('href')!));
  const js = [
    ...doc.querySelectorAll('script[src]').map((s) => file(s.getAttribute('src')!)),
    ...doc.querySelectorAll('script:not([src])').filter((s) => !/json/.test(s.getAttribute('type') ?? '')).map((s) => Buffer.from(s.innerHTML)),
  ];
  return { page, url, html: weigh([html]), css: weigh(css), js: weigh(js) };
}



/** What a phone actually fetches on first load: requests and image bytes, scrolled to the end so lazy images count. */
async function browserWeight(browser: Browser, base: string, url: string): Promise<{ requests: number; images: Weight }> {
  const { devices } = await import('@playwright/test');
  const context = await browser.newContext({ ...devices['Pixel 7'] });
  const page = await context.newPage();
  const imageBytes: Buffer[] = [];
  let requests = 0;
  page.on('requestfinished', async (r) => {
    requests++;
    if (r.resourceType() === 'image') {
      const body = await r.response().then((res) => res?.body()).catch(() => undefined);
      if (body) imageBytes.push(body);
    }
  });
  await page.goto(base + url, { waitUntil: 'load' });
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForLoadState('networkidle');
  await context.close();
  return { requests, images: { raw: imageBytes.reduce((n, b) => n + b.length, 0), gzip: imageBytes.reduce((n, b) => n + b.length, 0) } };
}

// ---------- Lighthouse ----------
type LighthouseRun = { performance: number; accessibility: number; bestPractices: number; seo: number; lcpMs: number; cls: number; tbtMs: number };
type LighthouseResult = { page: string; formFactor: 'mobile' | 'desktop'; runs: number } & LighthouseRun;

/** One Lighthouse run; a run that fails to record its trace (NO_NAVSTART happens on a busy machine) is retried twice. */
function lighthouse(chromium: string, url: string, formFactor: 'mobile' | 'desktop', dir: string, attempt = 1): LighthouseRun {
  try {
    return lighthouseOnce(chromium, url, formFactor, dir);
  } catch (e) {
    if (attempt >= 3) throw e;
    console.log(`  (lighthouse ${formFactor} ${url}: ${(e as Error).message.split('\n')[0]?.slice(0, 120)}; trying again)`);
    return lighthouse(chromium, url, formFactor, dir, attempt + 1);
  }
}

function lighthouseOnce(chromium: string, url: string, formFactor: 'mobile' | 'desktop', dir: string): LighthouseRun {
  const outFile = path.join(dir, `lh-${Date.now()}.json`);
  const flags = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', `--user-data-dir=${mkdtempSync(path.join(dir, 'profile-'))}`];
  const r = spawnSync(
    path.join(repo, 'node_modules/.bin/lighthouse'),
    [url, '--quiet', '--output=json', `--output-path=${outFile}`, `--chrome-flags=${flags.join(' ')}`, '--only-categories=performance,accessibility,best-practices,seo', ...(formFactor === 'desktop' ? ['--preset=desktop'] : [])],
    { env: { ...process.env, CHROME_PATH: chromium }, encoding: 'utf8', timeout: 180_000 },
  );
  if (r.status !== 0 || !existsSync(outFile)) throw new Error(`lighthouse failed on ${url} (${formFactor}): ${r.stderr?.slice(-800)}`);
  const lhr = JSON.parse(readFileSync(outFile, 'utf8')) as {
    categories: Record<string, { score: number | null }>;
    audits: Record<string, { numericValue?: number }>;
  };
  const score = (c: string) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcpMs: Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? NaN),
    cls: Number((lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN).toFixed(3)),
    tbtMs: Math.round(lhr.audits['total-blocking-time']?.numericValue ?? NaN),
  };
}

/** The median run by performance score, then LCP (as Lighthouse's own computeMedianRun does). */
function median(runs: LighthouseRun[]): LighthouseRun {
  const sorted = [...runs].sort((a, b) => a.performance - b.performance || b.lcpMs - a.lcpMs);
  return sorted[Math.floor(sorted.length / 2)]!;
}

// ---------- serving ----------
/**
 * Serves a built site the way it ships (scripts/static-server.ts, with out/_headers applied), in
 * its own process: Lighthouse runs synchronously and would otherwise block an in-process server.
 */
async function serve(out: string, port: number): Promise<() => void> {
  const child = spawn(path.join(repo, 'node_modules/.bin/tsx'), [path.join(repo, 'scripts/static-server.ts'), out, '--port', String(port), '--host', '127.0.0.1'], { stdio: 'ignore' });
  for (let i = 0; i < 150; i++) {
    const ok = await fetch(`http://127.0.0.1:${port}/`).then((r) => r.ok, () => false);
    if (ok) return () => child.kill();
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error(`could not serve ${out} on port ${port}`);
}

// ---------- one site ----------
type SiteResult = {
  /** Wall time of `npm run build` after each kind of publish (publish-latency.ts). */
  publish?: { name: string; ms: number; peakRssBytes: number }[];
  n: number;
  published: number;
  phases: Phase[];
  buildMs: number;
  peakRssBytes: number;
  /** `npm run content:check` after the build, its cache warm (the editor's next save), and the load then. */
  contentCheckWarmMs: number;
  contentCheckLoad?: number;
  counts: PublicationCounts;
  pages: number;
  outBytes: number;
  weights?: PageWeight[];
  stockNextArticleJs?: Weight;
  articleTextGzip?: number;
  lighthouse?: LighthouseResult[];
};

function dirSize(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    files++;
    bytes += statSync(path.join(e.parentPath, e.name)).size;
  }
  return { files, bytes };
}

type Measured = Pick<SiteResult, 'weights' | 'articleTextGzip' | 'lighthouse'>;

/** Page weights and Lighthouse for the article, home, section and search pages of a built site. */
async function measurePagesOf(root: string, out: string, articleSlug: string): Promise<Measured> {
  const result: Measured = {};
  type Doc = { slug: string; url: string; title: string; dek: string; section: string; body: { raw: string } };
  const docs = JSON.parse(readFileSync(path.join(root, '.contentlayer/generated/Article/_index.json'), 'utf8')) as Doc[];
  const doc = docs.find((d) => d.slug === articleSlug);
  if (!doc) throw new Error(`no article "${articleSlug}" in ${root}/.contentlayer/generated`);
  const pagesToWeigh = [
    { page: 'article', url: doc.url },
    { page: 'home', url: '/' },
    { page: 'section', url: `/sections/${doc.section}` },
    { page: 'search', url: '/search' },
  ];
  const { bodyText, parseMdx } = await import('../lib/mdx-ast');
  result.articleTextGzip = gz([doc.title, doc.dek, bodyText(parseMdx(doc.body.raw))].join('\n'));
  const port = 4700 + Math.floor(Math.random() * 200);
  const stop = await serve(out, port);
  try {
    const { chromium } = await import('@playwright/test');
    const chromiumPath = ensureChromium().path;
    const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
    result.weights = [];
    for (const p of pagesToWeigh) result.weights.push({ ...staticWeight(out, p.page, p.url), ...(await browserWeight(browser, `http://127.0.0.1:${port}`, p.url)) });
    await browser.close();
    if (withLighthouse) {
      result.lighthouse = [];
      const lhDir = mkdtempSync(path.join(tmpdir(), 'standfirst-lh-'));
      for (const p of pagesToWeigh)
        for (const formFactor of ['mobile', 'desktop'] as const) {
          const runs = Array.from({ length: lighthouseRuns }, () => lighthouse(chromiumPath, `http://127.0.0.1:${port}${p.url}`, formFactor, lhDir));
          const m = median(runs);
          result.lighthouse.push({ page: p.page, formFactor, runs: runs.length, ...m });
          console.log(`  lighthouse ${p.page} ${formFactor}: ${m.performance}/${m.accessibility}/${m.bestPractices}/${m.seo}, LCP ${m.lcpMs} ms, CLS ${m.cls}, TBT ${m.tbtMs} ms`);
        }
      rmSync(lhDir, { recursive: true, force: true });
    }
  } finally {
    stop();
  }
  return result;
}

/** The editor's loop: `npm run content:check` exactly as they type it, wall time from start to exit. */
function timeContentCheck(ws: string, env: NodeJS.ProcessEnv): { ms: number; loadAverage: number } {
  const t = performance.now();
  runStep('npm', ['run', 'content:check', '--silent'], { cwd: ws, env: { ...env, PWD: ws } });
  return { ms: performance.now() - t, loadAverage: Number(loadavg()[0]!.toFixed(1)) };
}

async function benchSite(n: number, measurePages: boolean): Promise<SiteResult> {
  const ws = makeWorkspace(repo);
  const log = path.join(ws, 'bench.log');
  console.log(`\n▶ N = ${n}: workspace ${ws}`);
  const now = new Date();
  const summary = generateSyntheticSite({ n, out: ws, repo, now });
  console.log(`  ${summary.articles} articles (${summary.published} published, ${summary.drafts} drafts, ${summary.scheduled} scheduled)`);
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', STANDFIRST_NOW: now.toISOString() };

  const phases: Phase[] = [];
  let stockNextArticleJs: Weight | undefined;
  const sampleSlug = summary.publishedSlugs[Math.floor(summary.publishedSlugs.length / 2)]!;
  for (const step of buildSteps()) {
    const phase = await runPhase(ws, step, env, log);
    phases.push(phase);
    console.log(`  ${phase.name.padEnd(32)} ${(phase.ms / 1000).toFixed(1).padStart(7)} s  ${(phase.peakRssBytes / 1024 ** 2).toFixed(0).padStart(6)} MB  (load ${phase.loadAverage})`);
    // What stock Next.js serves for the same article, before our post-processing removes the runtime.
    if (step.name === 'page build (next)' && measurePages) stockNextArticleJs = staticWeight(path.join(ws, 'out'), 'article', `/articles/${sampleSlug}`).js;
  }
  const buildMs = phases.reduce((t, p) => t + p.ms, 0);
  const peakRssBytes = Math.max(...phases.map((p) => p.peakRssBytes));

  const contentCheck = timeContentCheck(ws, env);

  const out = path.join(ws, 'out');
  const counts = countPublication(ws, out, now);
  const { files: pages, bytes: outBytes } = dirSize(out);
  const result: SiteResult = { n, published: summary.published, phases, buildMs, peakRssBytes, contentCheckWarmMs: contentCheck.ms, contentCheckLoad: contentCheck.loadAverage, counts, pages, outBytes };

  if (measurePages) Object.assign(result, await measurePagesOf(ws, out, sampleSlug), { stockNextArticleJs });
  // Publish latency: each edit, then `npm run build` exactly as an editor runs it (issue 14).
  if (withPublish) {
    result.publish = [];
    for (const edit of publishEdits(ws, summary.publishedSlugs, now)) {
      edit.apply();
      const phase = await runPhase(ws, { name: edit.name, command: 'npm run build --silent' }, env, log);
      result.publish.push({ name: edit.name, ms: phase.ms, peakRssBytes: phase.peakRssBytes });
      console.log(`  publish: ${edit.name.padEnd(23)} ${(phase.ms / 1000).toFixed(1).padStart(7)} s  ${(phase.peakRssBytes / 1024 ** 2).toFixed(0).padStart(6)} MB`);
    }
  }
  if (!keep) rmSync(ws, { recursive: true, force: true });
  return result;
}

// ---------- budgets and report ----------
type Check = { budget: string; limit: string; measured: string; pass: boolean };

function checks(sites: SiteResult[]): Check[] {
  const out: Check[] = [];
  const kb = (b: number) => `${(b / 1024).toFixed(1)} kB`;
  const add = (budget: string, limit: string, measured: string, pass: boolean) => out.push({ budget, limit, measured, pass });
  const first = sites.find((s) => s.weights);
  const article = first?.weights?.find((w) => w.page === 'article');
  if (first && article) {
    add('article JS (gzip)', kb(BUDGET.articleJsGzip), kb(article.js.gzip), article.js.gzip <= BUDGET.articleJsGzip);
    const maxCss = Math.max(...first.weights!.map((w) => w.css.gzip));
    add('CSS per page (gzip)', kb(BUDGET.cssGzip), kb(maxCss), maxCss <= BUDGET.cssGzip);
    const ratio = article.html.gzip / (first.articleTextGzip ?? Infinity);
    add('article HTML ÷ its text (gzip)', `≤ ${BUDGET.htmlToTextRatio}×`, `${ratio.toFixed(2)}×`, ratio <= BUDGET.htmlToTextRatio);
  }
  for (const lh of first?.lighthouse?.filter((l) => l.formFactor === 'mobile' && l.page !== 'search') ?? []) {
    const scores = [lh.performance, lh.accessibility, lh.bestPractices, lh.seo];
    add(`Lighthouse mobile, ${lh.page}`, '100/100/100/100', scores.join('/'), scores.every((s) => s >= BUDGET.lighthouse));
  }
  for (const lh of first?.lighthouse ?? []) if (lh.cls !== BUDGET.cls) add(`CLS, ${lh.page} ${lh.formFactor}`, '0', String(lh.cls), false);
  if (first?.lighthouse?.length) add('CLS, every page measured', '0', String(Math.max(...first.lighthouse.map((l) => l.cls))), first.lighthouse.every((l) => l.cls === 0));
  for (const s of sites.filter((x) => x.phases.length > 0)) {
    const limit = s.n <= 1000 ? BUDGET.build1000Ms : s.n <= 5000 ? BUDGET.build5000Ms : undefined;
    if (limit) add(`build, ${s.n} articles`, `≤ ${limit / 60_000} min`, `${(s.buildMs / 60_000).toFixed(1)} min`, s.buildMs <= limit);
    add(`peak memory, ${s.n} articles`, '≤ 8 GB', `${(s.peakRssBytes / 1024 ** 3).toFixed(2)} GB`, s.peakRssBytes <= BUDGET.peakMemoryBytes);
    const c = s.counts;
    if (s.n === 1000) add('`npm run content:check` wall, 1,000 articles (warm cache)', `≤ ${BUDGET.contentCheck1000Ms / 1000} s`, `${(s.contentCheckWarmMs / 1000).toFixed(2)} s (load ${s.contentCheckLoad ?? '?'})`, s.contentCheckWarmMs <= BUDGET.contentCheck1000Ms);
    add(`nothing lost, ${s.n} articles`, `${c.published} everywhere`, `${c.pages} pages, ${c.sitemap} sitemap, ${c.archive} archive, ${c.search} search`, c.ok);
  }
  const s100 = sites.find((s) => s.n === 100);
  const s1000 = sites.find((s) => s.n === 1000);
  if (s100 && s1000) {
    const growth = s1000.buildMs / s100.buildMs;
    add('build growth 100 → 1,000', `≤ ${BUDGET.growth100to1000}×`, `${growth.toFixed(1)}×`, growth <= BUDGET.growth100to1000);
  }
  return out;
}

function table(head: string[], rows: (string | number)[][]): string {
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

function report(result: BenchResult, previous?: BenchResult): string {
  const kb = (b: number) => (b / 1024).toFixed(1);
  const s = (ms: number) => (ms / 1000).toFixed(1);
  const parts: string[] = [`## Benchmark ${result.date} (${result.machine})`];
  for (const site of result.sites.filter((x) => x.phases.length > 0)) {
    const prev = previous?.sites.find((p) => p.n === site.n);
    const delta = (now: number, before?: number) => (before ? ` (${now >= before ? '+' : ''}${(((now - before) / before) * 100).toFixed(0)}%)` : '');
    parts.push(
      `### ${site.n} articles (${site.published} published; ${site.pages} files, ${(site.outBytes / 1024 ** 2).toFixed(0)} MB in out/)`,
      table(
        ['phase', 'wall time (s)', 'peak memory (MB)', 'load average'],
        [
          ...site.phases.map((p) => [p.name, s(p.ms) + delta(p.ms, prev?.phases.find((q) => q.name === p.name)?.ms), (p.peakRssBytes / 1024 ** 2).toFixed(0), p.loadAverage]),
          ['**whole build**', `**${s(site.buildMs)}**${delta(site.buildMs, prev?.buildMs)}`, `**${(site.peakRssBytes / 1024 ** 2).toFixed(0)}**`, ''],
          ['`npm run content:check` again (warm cache)', s(site.contentCheckWarmMs), '', site.contentCheckLoad ?? ''],
        ],
      ),
    );
  }
  const published = result.sites.filter((x) => x.publish?.length);
  if (published.length)
    parts.push(
      '### Publish latency (`npm run build` after one change to a fully built site)',
      table(
        ['articles', ...published[0]!.publish!.map((p) => `${p.name} (s)`)],
        published.map((x) => [x.n, ...x.publish!.map((p) => s(p.ms))]),
      ),
      'Every publish still re-renders every page (Next has no partial static export; docs/adr/0017-incremental-render-path.md).',
    );
  const first = result.sites.find((x) => x.weights);
  if (first?.weights) {
    parts.push(
      '### Page weight (phone, first visit)',
      table(
        ['page', 'HTML raw / gzip (kB)', 'CSS raw / gzip (kB)', 'JS raw / gzip (kB)', 'images (kB)', 'requests'],
        first.weights.map((w) => [w.page, `${kb(w.html.raw)} / ${kb(w.html.gzip)}`, `${kb(w.css.raw)} / ${kb(w.css.gzip)}`, `${kb(w.js.raw)} / ${kb(w.js.gzip)}`, kb(w.images.raw), w.requests]),
      ),
    );
    if (first.stockNextArticleJs)
      parts.push(`Stock Next.js export of the same article (before our post-processing removes the runtime): **${kb(first.stockNextArticleJs.gzip)} kB** of gzip JS, against **${kb(first.weights.find((w) => w.page === 'article')!.js.gzip)} kB** here.`);
  }
  if (first?.lighthouse)
    parts.push(
      `### Lighthouse 12.2.3 (median of ${first.lighthouse[0]?.runs ?? 0})`,
      table(
        ['page', 'form factor', 'perf / a11y / best practices / SEO', 'LCP (ms)', 'CLS', 'TBT (ms)'],
        first.lighthouse.map((l) => [l.page, l.formFactor, `${l.performance} / ${l.accessibility} / ${l.bestPractices} / ${l.seo}`, l.lcpMs, l.cls, l.tbtMs]),
      ),
    );
  parts.push('### Budgets', table(['budget', 'limit', 'measured', 'result'], result.checks.map((c) => [c.budget, c.limit, c.measured, c.pass ? 'pass' : '**FAIL**'])));
  if (previous) parts.push(`Compared with ${previous.date}.`);
  return parts.join('\n\n');
}

type BenchResult = { date: string; machine: string; node: string; sites: SiteResult[]; checks: Check[] };

const machine = `${cpus().length} cores, ${(totalmem() / 1024 ** 3).toFixed(0)} GB, Node ${process.versions.node}`;
const date = new Date().toISOString().slice(0, 10);
const measureRoot = arg('--measure');
if (measureRoot !== undefined) {
  // Measure an already built site (no synthetic build): `npm run build`, then
  // `npm run bench -- --measure . --article <slug>` — e.g. for a held-out article.
  const root = path.resolve(measureRoot);
  const slug = arg('--article');
  if (!slug) {
    console.error('usage: npm run bench -- --measure <project folder> --article <slug> [--lighthouse-runs 3]');
    process.exit(1);
  }
  const measured = await measurePagesOf(root, path.join(root, 'out'), slug);
  const site: SiteResult = { n: 0, published: 0, phases: [], buildMs: 0, peakRssBytes: 0, contentCheckWarmMs: 0, counts: countPublication(root, path.join(root, 'out'), new Date()), pages: 0, outBytes: 0, ...measured };
  const result: BenchResult = { date, machine, node: process.versions.node, sites: [site], checks: checks([site]) };
  console.log(`\n${report(result)}`);
  process.exit(result.checks.every((c) => c.pass) ? 0 : 1);
}

const resultsDir = path.join(repo, 'bench/results');
mkdirSync(resultsDir, { recursive: true });
const file = path.join(resultsDir, `${date}.json`);
// Runs of the same day add up: a later `--n 5000` joins the morning's 100 and 1,000 (same N: replaced).
const today = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as BenchResult) : undefined;
const measuredNow: SiteResult[] = [];
for (const [i, n] of sizes.entries()) measuredNow.push(await benchSite(n, i === 0 && n <= 1000));
const kept = (today?.sites ?? []).filter((s) => !sizes.includes(s.n));
// Page measurements come from the smallest site that has them.
const sites = [...kept, ...measuredNow].sort((a, b) => a.n - b.n);
const result: BenchResult = { date, machine, node: process.versions.node, sites, checks: checks(sites) };

const earlier = readdirSync(resultsDir).filter((f) => f.endsWith('.json') && f < `${date}.json`).sort();
const previous = earlier.length ? (JSON.parse(readFileSync(path.join(resultsDir, earlier.at(-1)!), 'utf8')) as BenchResult) : undefined;
writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
const markdown = report(result, previous);
writeFileSync(path.join(resultsDir, 'latest.md'), `${markdown}\n`);
console.log(`\n${markdown}\n\nwritten: ${path.relative(repo, file)} and bench/results/latest.md`);
