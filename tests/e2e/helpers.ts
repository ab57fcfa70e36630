import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';

export type GeneratedArticle = {
  slug: string;
  url: string;
  title: string;
  dek: string;
  draft: boolean;
  date: string;
  updated?: string;
  section: string;
  authors: string[];
  tags: string[];
  format: string;
  related: string[];
  image: { src: string; alt: string; caption: string; credit: string };
  corrections: { date: string; text: string }[];
  headings: { id: string; text: string }[];
  body: { raw: string };
};

/** What Contentlayer generated from content/: the truth the pages must show. */
export function generatedArticles(): GeneratedArticle[] {
  const file = path.resolve('.contentlayer/generated/Article/_index.json');
  return JSON.parse(readFileSync(file, 'utf8')) as GeneratedArticle[];
}

export function publishedArticles(): GeneratedArticle[] {
  return generatedArticles().filter((a) => !a.draft);
}

/** Records console errors, page errors, failed requests and any request for Next's runtime. */
export function watch(page: Page) {
  const problems: string[] = [];
  const runtimeRequests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`${r.status()}: ${r.url()}`);
  });
  page.on('request', (r) => {
    if (new URL(r.url()).pathname.startsWith('/_next/')) runtimeRequests.push(r.url());
  });
  return { problems, runtimeRequests };
}

/** Every <img> on the page has loaded with real pixels. */
export async function brokenImages(page: Page): Promise<string[]> {
  // Lazy images load only near the viewport: pull them all in first.
  await page.evaluate(() => {
    for (const img of Array.from(document.images)) img.loading = 'eager';
  });
  await page.waitForFunction(() => Array.from(document.images).every((i) => i.complete), undefined, { timeout: 15_000 });
  return page.evaluate(() => Array.from(document.images).filter((i) => i.naturalWidth === 0).map((i) => i.currentSrc || i.src));
}
