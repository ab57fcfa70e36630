// A private copy of the repository for building synthetic sites (benchmark and
// scale check) without touching the real content/, out/ or caches: the source
// files minus content/ and photos, with node_modules hard-linked (instant, no
// extra disk) and its cache folder left out, so every run starts cold.
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// Never part of a workspace, whatever .gitignore says: built output and the repository itself.
const ALWAYS_SKIPPED = ['.git', 'node_modules', 'out', '.next', '.contentlayer', '.out-staging', 'out.previous', '.standfirst-cache'];

/** Files git knows (tracked or new, not ignored), or null when `repo` is not the top of a git checkout. */
function gitFiles(repo: string): string[] | null {
  const top = spawnSync('git', ['rev-parse', '--show-toplevel'], { cwd: repo, encoding: 'utf8' });
  if (top.status !== 0 || realpathSync(top.stdout.trim()) !== realpathSync(repo)) return null;
  const ls = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: repo, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return ls.status === 0 ? ls.stdout.split('\0').filter(Boolean) : null;
}

/** .gitignore's simple patterns (names, /anchored paths, dir/ and *.ext), as a test on a relative path. */
function ignoredBy(repo: string): (rel: string, isDir: boolean) => boolean {
  const file = path.join(repo, '.gitignore');
  const lines = existsSync(file) ? readFileSync(file, 'utf8').split('\n') : [];
  const patterns = [...ALWAYS_SKIPPED.map((d) => `/${d}/`), ...lines.map((l) => l.trim()).filter((l) => l && !l.startsWith('#') && !l.startsWith('!'))];
  return (rel, isDir) =>
    patterns.some((p) => {
      if (p.endsWith('/') && !isDir) return false;
      const body = p.replace(/\/$/, '');
      if (body.startsWith('*.')) return rel.endsWith(body.slice(1));
      return body.startsWith('/') || body.includes('/') ? rel === body.replace(/^\//, '') : path.basename(rel) === body;
    });
}

/** The same list from a plain folder (a release archive unpacked, no .git). */
function plainFiles(repo: string): string[] {
  const ignored = ignoredBy(repo);
  const walk = (rel: string): string[] =>
    readdirSync(path.join(repo, rel), { withFileTypes: true }).flatMap((e) => {
      const child = rel ? `${rel}/${e.name}` : e.name;
      if (ignored(child, e.isDirectory())) return [];
      return e.isDirectory() ? walk(child) : e.isFile() ? [child] : [];
    });
  return walk('');
}

/** The repository's source files, relative to it: from git when it is a checkout, else from the folder. */
export function sourceFiles(repo: string): string[] {
  return gitFiles(repo) ?? plainFiles(repo);
}

/**
 * `warm`: also copy the repository's image caches (variants are keyed by the photo's content,
 * and synthetic articles reuse the sample photos), for checks that test behaviour, not speed.
 */
export function makeWorkspace(repo: string, { warm = false } = {}): string {
  const ws = mkdtempSync(path.join(tmpdir(), 'standfirst-site-'));
  for (const f of sourceFiles(repo)) {
    if (f.startsWith('content/') || f.startsWith('public/images/') || f.startsWith('bench/')) continue;
    if (!existsSync(path.join(repo, f))) continue; // deleted but not yet committed
    mkdirSync(path.dirname(path.join(ws, f)), { recursive: true });
    cpSync(path.join(repo, f), path.join(ws, f));
  }
  if (!existsSync(path.join(ws, 'package.json'))) {
    rmSync(ws, { recursive: true, force: true });
    throw new Error(`could not copy the project from ${repo} into a workspace: no package.json there (run this from the project's folder)`);
  }
  if (existsSync(path.join(repo, 'node_modules'))) {
    const linked = spawnSync('cp', ['-al', path.join(repo, 'node_modules'), path.join(ws, 'node_modules')]);
    if (linked.status !== 0) cpSync(path.join(repo, 'node_modules'), path.join(ws, 'node_modules'), { recursive: true, verbatimSymlinks: true });
  }
  // Written in place by our scripts: a hard-linked cache would be shared with the repository.
  rmSync(path.join(ws, 'node_modules/.cache'), { recursive: true, force: true });
  if (warm) {
    for (const dir of ['node_modules/.cache/standfirst', 'public/variants']) {
      if (existsSync(path.join(repo, dir))) cpSync(path.join(repo, dir), path.join(ws, dir), { recursive: true });
    }
  }
  return ws;
}

const tail = (text: string | Buffer | null | undefined, chars: number) => String(text ?? '').trim().slice(-chars);

/**
 * Runs one step of a synthetic build; on failure throws an error that carries the step's own
 * output (the ends of stdout and stderr), so the reason is never swallowed.
 */
export function runStep(command: string, args: readonly string[], options: SpawnSyncOptions = {}): string {
  const r = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, ...options });
  if (r.status === 0) return String(r.stdout ?? '');
  const how = r.error ? `could not start (${r.error.message})` : r.signal ? `was stopped by ${r.signal}` : `exited with code ${r.status}`;
  const out = tail(r.stdout, 3000);
  const err = tail(r.stderr, 3000);
  const said = [out && `stdout (end):\n${out}`, err && `stderr (end):\n${err}`].filter(Boolean).join('\n');
  throw new Error(`\`${[command, ...args].join(' ')}\` in ${String(options.cwd ?? process.cwd())} ${how}\n${said || '(it printed nothing)'}`);
}
