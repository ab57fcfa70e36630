// `npm run docs:screens`: screenshots of every editorial element for docs/editing.md, taken
// with headless Chromium from the built site (run `npm run build` first). Each element is
// shot where a sample article uses it; boxes are opened so their text shows.
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium } from '@playwright/test';
import { screenFile } from '../lib/elements/guide';
import type { ElementName } from '../lib/elements/registry';
import { findChromium } from './chromium';
import { createStaticServer } from './static-server';

const EN = '/articles/paris-talks-israel-syria';
const MEDIA = '/articles/morocco-water-desalination';
const IRAQ = '/articles/iraq-electricity-imports-summer';
const LEBANON = '/articles/lebanon-syria-border-talks';
const SHOTS: Record<ElementName, { url: string; selector: string }> = {
  Figure: { url: EN, selector: '.article-text .figure--inline' },
  PullQuote: { url: EN, selector: '.pull-quote' },
  Gallery: { url: MEDIA, selector: '.gallery' },
  RelatedLink: { url: EN, selector: '.related-link' },
  KeyPoints: { url: EN, selector: '.key-points' },
  Explainer: { url: EN, selector: '.explainer' },
  Profile: { url: EN, selector: '.profile' },
  Timeline: { url: EN, selector: '.timeline' },
  Event: { url: EN, selector: '.timeline__event' },
  SocialPost: { url: MEDIA, selector: '.social-post' },
  Table: { url: MEDIA, selector: '.data-table' },
  Chart: { url: IRAQ, selector: '.chart' },
  Map: { url: LEBANON, selector: '.map' },
  Place: { url: LEBANON, selector: '.map' },
  Video: { url: IRAQ, selector: '.video' },
  Audio: { url: IRAQ, selector: '.audio' },
};

const server = createStaticServer(path.resolve('out'));
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await chromium.launch({ executablePath: findChromium()?.path, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width: 900, height: 900 }, deviceScaleFactor: 1 });
  for (const [name, { url, selector }] of Object.entries(SHOTS)) {
    await page.goto(origin + url);
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => d.setAttribute('open', '')));
    const target = page.locator(selector).first();
    await target.scrollIntoViewIfNeeded();
    // Lazy images load only near the viewport: load the element's own images now, and wait for them.
    await target.evaluate((el) =>
      Promise.all(
        [...el.querySelectorAll('img')].map((i) => {
          i.loading = 'eager';
          return i.complete ? null : new Promise((r) => { i.addEventListener('load', r, { once: true }); i.addEventListener('error', r, { once: true }); });
        }),
      ),
    );
    await target.screenshot({ path: path.join('docs', screenFile(name)), animations: 'disabled' });
    console.log(`docs/${screenFile(name)}`);
  }
} finally {
  await browser.close();
  server.close();
}
