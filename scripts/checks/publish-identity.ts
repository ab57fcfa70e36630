// Incremental builds give the full build's bytes (issue 14, item 1). Two private copies of the
// project with the sample content: A is only ever built incrementally (`npm run build`), B always
// with `--full`. The same changes are applied to both, step after step: an edited body, headline,
// standfirst, tags, section, authors and hero; a new article; a correction; a deletion; a draft
// published and an article unpublished; the clock moving past a scheduled article (and the news
// sitemap's window); an edited author, section and issue; a photo changed; a code change; and a
// build killed midway. After each step out/ of A and B must hold the same files with the same bytes,
// and A must have rendered fewer pages than B where the change allows it.
//
//   tsx scripts/checks/publish-identity.ts [--steps 1,2,5] [--keep]
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { listFiles } from '../build/publish';
import { makeWorkspace } from '../workspace';
import { identitySteps, type Workspace } from './publish-identity-steps';

export type TreeDifference = { file: string; why: 'only in incremental' | 'only in full' | 'bytes differ' };

/** Files that differ between two built sites (relative paths), at most `limit`. */
export function compareTrees(a: string, b: string, limit = 50): TreeDifference[] {
  const fa = listFiles(a);
  const fb = new Set(listFiles(b));
  const out: TreeDifference[] = [];
  for (const f of fa) {
    if (!fb.has(f)) out.push({ file: f, why: 'only in incremental' });
    else if (!readFileSync(path.join(a, f)).equals(readFileSync(path.join(b, f)))) out.push({ file: f, why: 'bytes differ' });
    fb.delete(f);
    if (out.length >= limit) return out;
  }
  for (const f of fb) if (out.length < limit) out.push({ file: f, why: 'only in full' });
  return out;
}

type BuildResult = { seconds: number; rendered: number; output: string };

function build(ws: Workspace, full: boolean): BuildResult {
  const started = Date.now();
  const r = spawnSync(path.join(ws.dir, 'node_modules/.bin/tsx'), ['scripts/build.ts', ...(full ? ['--full'] : [])], { cwd: ws.dir, env: { ...process.env, ...ws.env }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const output = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  if (r.status !== 0) throw new Error(`build ${full ? '--full ' : ''}failed in ${ws.dir}:\n${output.slice(-4000)}`);
  const rendered = Number(/build: rendered (\d+) of \d+ pages/.exec(output)?.[1] ?? NaN);
  return { seconds: (Date.now() - started) / 1000, rendered, output };
}

/** Starts an incremental build and kills it after `afterMs`; returns whether it was still running. */
async function killedBuild(ws: Workspace, afterMs: number): Promise<boolean> {
  const child = spawn(path.join(ws.dir, 'node_modules/.bin/tsx'), ['scripts/build.ts'], { cwd: ws.dir, env: { ...process.env, ...ws.env }, stdio: 'ignore', detached: true });
  const exited = new Promise<boolean>((resolve) => child.on('exit', (code, signal) => resolve(signal !== null)));
  await new Promise((r) => setTimeout(r, afterMs));
  try {
    process.kill(-child.pid!, 'SIGKILL');
  } catch {
    // already finished
  }
  return exited;
}

function workspace(repo: string, now: string): Workspace {
  const dir = makeWorkspace(repo, { warm: true });
  for (const d of ['content', 'public/images']) cpSync(path.join(repo, d), path.join(dir, d), { recursive: true });
  return { dir, env: { STANDFIRST_NOW: now, NEXT_TELEMETRY_DISABLED: '1' } };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { steps: { type: 'string' }, keep: { type: 'boolean' } } });
  const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const now = '2026-12-07T12:00:00+03:00';
  const a = workspace(repo, now);
  const b = workspace(repo, now);
  const wanted = values.steps ? new Set(values.steps.split(',').map(Number)) : undefined;
  const problems: string[] = [];
  try {
    console.log(`publish identity: incremental in ${a.dir}, full in ${b.dir}`);
    const first = build(a, true);
    build(b, true);
    console.log(`  first builds: ${first.seconds.toFixed(1)} s (${first.rendered} pages)`);
    const steps = identitySteps();
    for (const [i, step] of steps.entries()) {
      if (wanted && !wanted.has(i + 1)) continue;
      step.apply(a);
      step.apply(b);
      let killed = '';
      if (step.killAfterMs !== undefined) {
        const wasRunning = await killedBuild(a, step.killAfterMs);
        const untouched = compareTrees(path.join(a.dir, 'out'), path.join(b.dir, 'out'));
        killed = wasRunning ? ` (a build killed after ${step.killAfterMs} ms first; out/ ${untouched.length ? 'CHANGED' : 'untouched'})` : ' (the build to kill had finished)';
        if (wasRunning && untouched.length) problems.push(`step ${i + 1}: a killed build changed out/: ${untouched.map((d) => d.file).slice(0, 5).join(', ')}`);
      }
      const inc = build(a, false);
      const full = build(b, true);
      const diff = compareTrees(path.join(a.dir, 'out'), path.join(b.dir, 'out'));
      const verdict = diff.length ? `DIFFERENT: ${diff.slice(0, 8).map((d) => `${d.file} (${d.why})`).join(', ')}` : 'identical';
      console.log(`  ${i + 1}. ${step.name}: incremental ${inc.seconds.toFixed(1)} s, rendered ${inc.rendered} of ${full.rendered}${killed}; ${verdict}`);
      if (diff.length) problems.push(`step ${i + 1} (${step.name}): ${verdict}`);
      if (step.maxRendered !== undefined && !(inc.rendered <= step.maxRendered)) problems.push(`step ${i + 1} (${step.name}): rendered ${inc.rendered} pages, expected at most ${step.maxRendered}`);
    }
  } finally {
    if (!values.keep) for (const ws of [a, b]) rmSync(ws.dir, { recursive: true, force: true });
  }
  if (problems.length) {
    console.error(`\npublish identity: ${problems.length} problem(s)\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    process.exit(1);
  }
  console.log('\npublish identity: every incremental build equalled the full build, byte for byte');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
