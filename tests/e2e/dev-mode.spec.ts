// `npm run dev` as an editor meets it: no Next issue badge or hydration error on the usual pages,
// a broken article shows the content check's own message in the browser (then recovers), and
// Contentlayer's watcher does not claim a config change on start.
// The dev server runs on a temporary copy of content/ (STANDFIRST_CONTENT_DIR), so content/ never changes.
// Slow (a dev start, then each page compiled on first visit): outside the normal suite, run it with
// `npm run test:e2e:dev` (playwright.config.ts, scripts/e2e.ts).
import { expect, test, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const PORT = Number(process.env.E2E_DEV_PORT ?? 4322);
const BASE = `http://localhost:${PORT}`;
const ARTICLE = 'egypt-wheat-import-bill';

// In order, in one worker (one dev server), each test reported on its own: a failure does not skip
// the rest (serial mode would), it restarts the worker and so the dev server.
test.describe.configure({ mode: 'default' });
test.skip(({ isMobile }) => isMobile, 'one dev server is enough: desktop only');

let server: ChildProcess | undefined;
let contentDir = '';
let output = '';

async function waitFor(url: string, ms: number) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`dev server did not answer ${url} within ${ms / 1000} s:\n${output.slice(-3000)}`);
}

test.beforeAll(async () => {
  test.setTimeout(420_000);
  contentDir = mkdtempSync(path.join(os.tmpdir(), 'standfirst-dev-'));
  cpSync('content', contentDir, { recursive: true });
  server = spawn('npx', ['tsx', 'scripts/dev.ts', '--port', String(PORT)], {
    env: { ...process.env, STANDFIRST_CONTENT_DIR: contentDir, HOST: 'localhost' },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so afterAll stops the content check, Contentlayer and next dev with it.
    detached: true,
  });
  for (const s of [server.stdout, server.stderr]) s?.on('data', (d: Buffer) => (output += d.toString()));
  // The first start encodes the image variants: minutes.
  await waitFor(`${BASE}/`, 400_000);
});

test.afterAll(() => {
  if (server?.pid) process.kill(-server.pid, 'SIGTERM');
  rmSync(contentDir, { recursive: true, force: true });
});

function consoleErrors(page: Page) {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

// Next's dev overlay lives in a <nextjs-portal> shadow root; its badge names the issue count.
const issueBadge = (page: Page) => page.locator('nextjs-portal').getByText(/\d+ Issues?/);

for (const url of ['/', `/articles/${ARTICLE}/`, '/ar/']) {
  test(`no Next issue badge and no hydration error on ${url}`, async ({ page }) => {
    test.setTimeout(180_000);
    const errors = consoleErrors(page);
    await page.goto(BASE + url, { waitUntil: 'load', timeout: 150_000 });
    // React hydrates after load; give the overlay time to report.
    await page.waitForTimeout(4000);
    expect(errors.filter((e) => /hydrat|Encountered a script tag/i.test(e))).toEqual([]);
    await expect(issueBadge(page)).toHaveCount(0);
  });
}

test('Contentlayer does not report a config change on start', async () => {
  test.setTimeout(120_000);
  // content:build's generation, then the watcher's own first one.
  await expect.poll(() => output.match(/Generated \d+ documents/g)?.length ?? 0, { timeout: 90_000 }).toBeGreaterThanOrEqual(2);
  await new Promise((r) => setTimeout(r, 5000));
  expect(output).not.toMatch(/config change detected/i);
});

test('an unknown component shows the content check message in the page, then recovers', async ({ page }) => {
  test.setTimeout(240_000);
  const file = path.join(contentDir, 'articles', `${ARTICLE}.mdx`);
  const good = readFileSync(file, 'utf8');
  writeFileSync(file, `${good.trimEnd()}\n\n<Chartt data="x" />\n`);
  const panel = page.locator('#content-check-problems');
  await expect(async () => {
    const res = await page.goto(`${BASE}/articles/${ARTICLE}/`, { timeout: 90_000 });
    expect(res?.status()).toBe(200);
    await expect(panel.getByText(`${ARTICLE}.mdx:`).first()).toBeVisible({ timeout: 2000 });
    await expect(panel).toContainText('unknown component <Chartt>');
    await expect(panel).toContainText('did you mean <Chart>?');
    // The unknown element itself is a visible box where it stands, not a crash.
    await expect(page.locator('article [data-unknown-element="Chartt"]')).toBeVisible({ timeout: 2000 });
  }).toPass({ timeout: 150_000 });
  await expect(page.locator('article h1').first()).toBeVisible();
  await expect(page.getByText(/Encountered a script tag/)).toHaveCount(0);
  writeFileSync(file, good);
  await expect(async () => {
    await page.goto(`${BASE}/articles/${ARTICLE}/`, { timeout: 90_000 });
    await expect(page.locator('article h1').first()).toBeVisible({ timeout: 2000 });
    await expect(page.getByText(/Chartt/)).toHaveCount(0);
  }).toPass({ timeout: 60_000 });
});
