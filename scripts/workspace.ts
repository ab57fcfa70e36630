// A private copy of the repository for building synthetic sites (benchmark and
// scale check) without touching the real content/, out/ or caches: the tracked
// files minus content/ and photos, with node_modules hard-linked (instant, no
// extra disk) and its cache folder left out, so every run starts cold.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * `warm`: also copy the repository's image caches (variants are keyed by the photo's content,
 * and synthetic articles reuse the sample photos), for checks that test behaviour, not speed.
 */
export function makeWorkspace(repo: string, { warm = false } = {}): string {
  const ws = mkdtempSync(path.join(tmpdir(), 'standfirst-site-'));
  const files = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: repo, encoding: 'utf8' }).stdout.split('\0').filter(Boolean);
  for (const f of files) {
    if (f.startsWith('content/') || f.startsWith('public/images/') || f.startsWith('bench/')) continue;
    if (!existsSync(path.join(repo, f))) continue; // deleted but not yet committed
    mkdirSync(path.dirname(path.join(ws, f)), { recursive: true });
    cpSync(path.join(repo, f), path.join(ws, f));
  }
  const linked = spawnSync('cp', ['-al', path.join(repo, 'node_modules'), path.join(ws, 'node_modules')]);
  if (linked.status !== 0) cpSync(path.join(repo, 'node_modules'), path.join(ws, 'node_modules'), { recursive: true, verbatimSymlinks: true });
  // Written in place by our scripts: a hard-linked cache would be shared with the repository.
  rmSync(path.join(ws, 'node_modules/.cache'), { recursive: true, force: true });
  if (warm) {
    for (const dir of ['node_modules/.cache/standfirst', 'public/variants']) {
      if (existsSync(path.join(repo, dir))) cpSync(path.join(repo, dir), path.join(ws, dir), { recursive: true });
    }
  }
  return ws;
}
