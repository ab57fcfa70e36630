import { defineConfig, devices } from '@playwright/test';

// Browser tests run against the built static site (out/), served the way
// `npm start` serves it, with the shipped headers. scripts/e2e.ts picks the Chromium and sets CHROMIUM_PATH.
const PORT = Number(process.env.E2E_PORT ?? 4321);
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const launchOptions = {
  executablePath,
  // No sandbox as root in CI; no background traffic on a machine without network.
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
};

// tests/e2e/dev-mode.spec.ts runs its own `npm run dev` (minutes): only when asked for by name
// (`npm run test:e2e:dev`, a step of `npm test` of its own; scripts/e2e.ts sets STANDFIRST_E2E_DEV),
// and then without the static site, reporting to a file of its own.
const devMode = process.env.STANDFIRST_E2E_DEV === '1';

export default defineConfig({
  testDir: 'tests/e2e',
  testIgnore: devMode ? [] : ['**/dev-mode.spec.ts'],
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // Generous: some tests walk every page of the site, and CI machines are shared. Tests assert behaviour, not speed.
  timeout: 180_000,
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['json', { outputFile: devMode ? 'test-results/e2e-dev.json' : 'test-results/e2e.json' }]],
  // Playwright empties its outputDir: keep it away from the unit-test report beside it.
  outputDir: 'test-results/e2e-artifacts',
  use: { baseURL: `http://127.0.0.1:${PORT}`, trace: 'off' },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], channel: undefined, launchOptions } },
    { name: 'phone', use: { ...devices['Pixel 7'], channel: undefined, launchOptions } },
  ],
  webServer: devMode ? undefined : {
    // With the headers that ship (out/_headers, from scripts/hosting.ts): the tests see the real CSP and caching.
    command: `node_modules/.bin/tsx scripts/static-server.ts out --port ${PORT} --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
