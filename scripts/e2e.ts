// `npm run test:e2e`: browser tests on the built site in out/, with a Chromium
// found (or fetched) by scripts/chromium.ts.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ensureChromium } from './chromium';

if (!existsSync('out/index.html')) {
  console.error('out/ has no build: run `npm run build` first (npm test does both).');
  process.exit(1);
}
const chromium = ensureChromium();
console.log(`Browser tests use ${chromium.path} (${chromium.how})`);
const r = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: chromium.path },
});
process.exit(r.status ?? 1);
