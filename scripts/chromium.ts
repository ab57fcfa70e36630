// Finds a Chromium for the browser tests: $CHROMIUM_PATH, then Debian's
// /usr/bin/chromium, then Playwright's own download. If there is none, gets one
// (Playwright's download where the network allows, else Debian's package when we
// are root on Debian) and says so.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

function playwrightBrowser(): string | undefined {
  try {
    const p = chromium.executablePath();
    return p && existsSync(p) ? p : undefined;
  } catch {
    return undefined;
  }
}

function candidates(): { path: string; how: string }[] {
  const out: { path: string; how: string }[] = [];
  if (process.env.CHROMIUM_PATH) out.push({ path: process.env.CHROMIUM_PATH, how: '$CHROMIUM_PATH' });
  out.push({ path: '/usr/bin/chromium', how: "Debian's chromium" });
  const pw = playwrightBrowser();
  if (pw) out.push({ path: pw, how: "Playwright's browser" });
  return out;
}

export function findChromium(): { path: string; how: string } | undefined {
  return candidates().find((c) => existsSync(c.path));
}

export function ensureChromium(): { path: string; how: string } {
  const found = findChromium();
  if (found) return found;
  console.log('No Chromium found ($CHROMIUM_PATH, /usr/bin/chromium, Playwright). Getting one…');
  console.log('→ trying `npx playwright install chromium`');
  const pw = spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit', timeout: 300_000 });
  if (pw.status === 0 && playwrightBrowser()) return { path: playwrightBrowser()!, how: "Playwright's browser (just downloaded)" };
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/etc/debian_version')) {
    console.log("→ Playwright's download failed; installing Debian's chromium package with apt-get");
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
    if (existsSync('/usr/bin/chromium')) return { path: '/usr/bin/chromium', how: "Debian's chromium (just installed)" };
  }
  throw new Error(
    'Could not find or install Chromium. Install it (Debian/Ubuntu: `sudo apt-get install chromium`; elsewhere: `npx playwright install chromium`) or set CHROMIUM_PATH.',
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const c = ensureChromium();
  console.log(`Chromium: ${c.path} (${c.how})`);
}
