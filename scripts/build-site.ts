// The last part of `npm run build`: `next build` and every pass over its output run in a
// staging folder, and only a complete build replaces out/. A build that fails or is
// interrupted midway leaves the previous out/ as it was, still served and still deployable
// (docs/adr/0007-build-into-staging-then-swap.md).
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const STAGING_DIR = '.out-staging';
const OLD_SUFFIX = '.previous';

export type Step = { name: string; cmd: string[]; env?: Record<string, string> };

/** Steps of the site build; each takes the folder it works on. */
export function siteSteps(staging: string): Step[] {
  const tsx = path.join('node_modules', '.bin', 'tsx');
  return [
    // A custom distDir is where `output: 'export'` writes (next.config.ts reads this variable).
    { name: 'next build', cmd: [path.join('node_modules', '.bin', 'next'), 'build'], env: { STANDFIRST_EXPORT_DIR: staging, NEXT_TELEMETRY_DISABLED: '1' } },
    { name: 'post-build', cmd: [tsx, 'scripts/postbuild.ts', staging] },
    // The weekly newsletter e-mails (issue 16); before the hosting step, which hashes their <style> for the CSP.
    { name: 'newsletter', cmd: [tsx, 'scripts/newsletter.tsx', staging] },
    { name: 'search index', cmd: [tsx, 'scripts/search-index.ts', staging] },
    { name: 'hosting headers', cmd: [tsx, 'scripts/hosting.ts', staging] },
  ];
}

/** A crash between the two renames of an earlier swap leaves only out.previous/: put it back. */
export function recoverInterruptedSwap(outDir: string): void {
  const old = outDir + OLD_SUFFIX;
  if (!existsSync(outDir) && existsSync(old)) renameSync(old, outDir);
  else rmSync(old, { recursive: true, force: true });
}

/** Runs the steps into `staging`, then swaps it in for `outDir`. Returns the failed step, if any (out/ untouched). */
export function buildAndSwap(outDir: string, staging: string, steps: readonly Step[]): string | undefined {
  recoverInterruptedSwap(outDir);
  rmSync(staging, { recursive: true, force: true });
  for (const step of steps) {
    const [cmd, ...args] = step.cmd;
    const r = spawnSync(cmd!, args, { stdio: 'inherit', env: { ...process.env, ...step.env } });
    if (r.status !== 0) {
      rmSync(staging, { recursive: true, force: true });
      return step.name;
    }
  }
  // Two renames: out/ is missing only between them, and recoverInterruptedSwap repairs a crash there.
  const old = outDir + OLD_SUFFIX;
  if (existsSync(outDir)) renameSync(outDir, old);
  renameSync(staging, outDir);
  rmSync(old, { recursive: true, force: true });
  return undefined;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const outDir = path.resolve('out');
  const failed = buildAndSwap(outDir, path.resolve(STAGING_DIR), siteSteps(STAGING_DIR));
  if (failed) {
    console.error(`\nbuild: "${failed}" failed. out/ was not touched: it still holds the previous build.`);
    process.exit(1);
  }
  console.log('build: out/ replaced with the new build');
}
