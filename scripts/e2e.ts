// `npm run test:e2e`: browser tests on the built site in out/, with a Chromium
// found (or fetched) by scripts/chromium.ts.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ensureChromium } from './chromium';

// Only the dev-mode spec was asked for: it starts `npm run dev` itself and needs no build (playwright.config.ts).
const files = process.argv.slice(2).filter((a) => a.endsWith('.spec.ts'));
const devMode = files.length > 0 && files.every((f) => path.basename(f) === 'dev-mode.spec.ts');
if (!devMode && !existsSync('out/index.html')) {
  console.error('out/ has no build: run `npm run build` first (npm test does both).');
  process.exit(1);
}
const chromium = ensureChromium();
console.log(`Browser tests use ${chromium.path} (${chromium.how})`);
const r = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: chromium.path, ...(devMode ? { STANDFIRST_E2E_DEV: '1' } : {}) },
});
process.exit(r.status ?? 1);
