// `npm run content:check` and the first step of `npm run build`: validates
// content/ with the same rules the build relies on, prints every problem at once,
// and exits 1 on any error so nothing invalid is published.
// --json for machines; --watch re-checks on every save (used by `npm run dev`);
// --no-cache ignores the cache of unchanged article bodies.
import { watch } from 'node:fs';
import path from 'node:path';
import { now } from '../lib/clock';
import { writeDevReport } from '../lib/dev-report';
import { cacheFile, loadBodyCache, saveBodyCache, tracking } from '../lib/validation/cache';
import { checkContent } from '../lib/validation/check-content';
import { formatReport } from '../lib/validation/problems';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const root = process.cwd();
const contentDir = path.resolve(flag('--content') ?? process.env.STANDFIRST_CONTENT_DIR ?? 'content');
const publicDir = path.resolve(flag('--public') ?? process.env.STANDFIRST_PUBLIC_DIR ?? 'public');
const color = process.stdout.isTTY === true && !process.env.NO_COLOR;

const watching = args.includes('--watch');
const cachePath = cacheFile(root);
let memo = args.includes('--no-cache') ? undefined : loadBodyCache(cachePath);

function run(): number {
  const started = performance.now();
  const tracked = memo ? tracking(memo) : undefined;
  const report = checkContent({ contentDir, publicDir, rootDir: root, now: now(), cache: tracked?.cache });
  if (tracked) {
    saveBodyCache(cachePath, tracked.cache, tracked.used);
    memo = new Map([...tracked.cache].filter(([k]) => tracked.used.has(k)));
  }
  // For the dev pages' error panel (lib/dev-report.ts): only `npm run dev` runs the check this way.
  if (watching) writeDevReport(root, report, new Date());
  if (args.includes('--json')) {
    process.stdout.write(JSON.stringify(report, null, 2) + '\n');
  } else {
    const out = formatReport(report, { color });
    (report.errorCount > 0 ? process.stderr : process.stdout).write(`${out} (${Math.round(performance.now() - started)} ms)\n`);
  }
  return report.errorCount > 0 ? 1 : 0;
}

if (!watching) {
  process.exitCode = run();
} else {
  run();
  console.log('Watching content/ and public/ — the check runs again on every save. Ctrl+C to stop.');
  let timer: NodeJS.Timeout | undefined;
  const again = (_event: string, name: string | null) => {
    if (name && path.basename(name).startsWith('.')) return; // editor swap files
    clearTimeout(timer);
    timer = setTimeout(() => {
      console.log(`\n── ${new Date().toLocaleTimeString('en-GB')} ${name ?? ''} changed ──`);
      run();
    }, 150);
  };
  for (const dir of [contentDir, publicDir]) watch(dir, { recursive: true }, again);
}
