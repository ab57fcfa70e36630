// `npm run build`: runs the declared steps (scripts/build-steps.ts) under the build lock.
// A preparing step whose inputs' content is unchanged since its last successful run, and whose
// outputs exist, is skipped; the site steps run into staging and replace out/ only when all
// succeed. A step's record is cleared before it runs and written after it succeeds, so a build
// killed at any point reruns what it interrupted. `--full` runs every step.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { lockBuild } from './build-lock';
import { buildAndSwap, STAGING_DIR } from './build-site';
import { BUILD_ENV, buildSteps, generatedPaths, type BuildStep } from './build-steps';
import { hashInputs, readState, STATE_FILE, writeState } from './step-state';

type Options = { full: boolean; stateFile: string; outDir: string; staging: string; log?: (line: string) => void };
export type Report = { rebuilt: string[]; skipped: string[]; failed?: string };

function run(step: BuildStep): boolean {
  const [cmd, ...args] = step.cmd;
  return spawnSync(cmd!, args, { stdio: 'inherit', env: { ...process.env, ...step.env } }).status === 0;
}

/** Runs `steps` (preparing steps first, then the staged site steps); returns what ran and what was skipped. */
export function runSteps(steps: readonly BuildStep[], opts: Options): Report {
  const log = opts.log ?? console.log;
  const state = readState(opts.stateFile);
  const skip = generatedPaths();
  const report: Report = { rebuilt: [], skipped: [] };
  for (const step of steps.filter((s) => s.stage === 'prepare')) {
    const hash = hashInputs(step.inputs, BUILD_ENV, new Set([...skip].filter((p) => !step.inputs.includes(p))));
    if (!opts.full && !step.clock && state[step.name] === hash && step.outputs.every((o) => existsSync(o))) {
      report.skipped.push(step.name);
      log(`build: ${step.name}: skipped (inputs unchanged)`);
      continue;
    }
    delete state[step.name];
    writeState(state, opts.stateFile);
    log(`build: ${step.name}…`);
    if (!run(step)) return { ...report, failed: step.name };
    state[step.name] = hash;
    writeState(state, opts.stateFile);
    report.rebuilt.push(step.name);
  }
  const site = steps.filter((s) => s.stage === 'site');
  const failed = buildAndSwap(opts.outDir, opts.staging, site);
  if (failed) return { ...report, failed };
  report.rebuilt.push(...site.map((s) => s.name));
  return report;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await lockBuild();
  const started = Date.now();
  const report = runSteps(buildSteps(STAGING_DIR), { full: process.argv.includes('--full'), stateFile: STATE_FILE, outDir: path.resolve('out'), staging: path.resolve(STAGING_DIR) });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (report.failed) {
    console.error(`\nbuild: "${report.failed}" failed after ${seconds} s. out/ was not touched: it still holds the previous build.`);
    process.exit(1);
  }
  console.log(`\nbuild: out/ replaced with the new build in ${seconds} s. Rebuilt: ${report.rebuilt.join(', ')}.${report.skipped.length ? ` Skipped (inputs unchanged): ${report.skipped.join(', ')}.` : ''}`);
}
