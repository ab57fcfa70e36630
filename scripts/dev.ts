// `npm run dev`: Contentlayer in watch mode beside `next dev` (Turbopack rejects
// Contentlayer's webpack hook, so the two run side by side). Drafts are visible here.
import { spawn, spawnSync } from 'node:child_process';

const islands = spawnSync('npx', ['tsx', 'scripts/build-islands.ts'], { stdio: 'inherit' });
if (islands.status !== 0) process.exit(islands.status ?? 1);
// A first full generation so Next starts with content; then watch for edits.
const first = spawnSync('npm', ['run', 'content:build'], { stdio: 'inherit' });
if (first.status !== 0) console.error('Contentlayer reported problems; run `npm run content:check` for the details.');
else {
  spawnSync('npx', ['tsx', 'scripts/derived-images.tsx', '--drafts'], { stdio: 'inherit' });
  spawnSync('npx', ['tsx', 'scripts/image-variants.ts', '--drafts'], { stdio: 'inherit' });
}

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const children = [
  // The content check in watch mode: errors show in this terminal on every save, nothing stops.
  spawn('npx', ['tsx', 'scripts/check-content.ts', '--watch'], { stdio: 'inherit', env }),
  // contentlayer2 dev, without its tracing and its false "config change detected" on every start.
  spawn('node', ['scripts/content-watch.mjs'], { stdio: 'inherit', env }),
  // Only this machine can open the preview unless HOST says otherwise.
  spawn('npx', ['next', 'dev', '--hostname', process.env.HOST || 'localhost', ...process.argv.slice(2)], { stdio: 'inherit', env }),
];
const stop = (code: number) => {
  for (const c of children) c.kill('SIGTERM');
  process.exit(code);
};
for (const c of children) c.on('exit', (code) => stop(code ?? 0));
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
