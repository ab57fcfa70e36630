import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { isPublished } from '../../lib/publication';
import type { Edition } from '../../lib/site';
import { typesetArticle } from '../../lib/typography';

// Tag slugs follow the site's rule.
export { slugify } from '../../lib/slug';

export type GeneratedArticle = {
  slug: string;
  url: string;
  title: string;
  dek: string;
  draft: boolean;
  date: string;
  publishedAt: string;
  updatedAt?: string;
  updated?: string;
  featured?: boolean;
  section: string;
  lang: Edition;
  translationKey?: string;
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
  // With the typography every page gives them (lib/articles.ts): typographic quotes in headline, standfirst, caption and corrections.
  return (JSON.parse(readFileSync(file, 'utf8')) as GeneratedArticle[]).map(typesetArticle);
}

/** The site's own rule (lib/publication.ts): not a draft, and its time has come. Optionally one edition's only. */
export function publishedArticles(edition?: Edition): GeneratedArticle[] {
  return generatedArticles().filter((a) => isPublished(a) && (edition === undefined || a.lang === edition));
}

export type GeneratedIssue = { slug: string; url: string; title: string; number: number; date: string; lang: Edition; publishedAt: string; articles: string[]; letter?: string };

/** The magazine issues whose month has begun (lib/magazine.ts), as Contentlayer generated them. Optionally one edition's only. */
export function publishedIssues(edition?: Edition): GeneratedIssue[] {
  const issues = JSON.parse(readFileSync(path.resolve('.contentlayer/generated/Magazine/_index.json'), 'utf8')) as GeneratedIssue[];
  return issues.filter((i) => isPublished({ draft: false, publishedAt: i.publishedAt }) && (edition === undefined || i.lang === edition));
}

/** What each edition prints in its pages' heads, for the tests to compare against (lib/site.ts). */
export const EDITION_HEAD = {
  en: { prefix: '', name: 'Standfirst', ogLocale: 'en_GB', language: 'en' },
  ar: { prefix: '/ar', name: 'ستاندفرست', ogLocale: 'ar_AR', language: 'ar' },
} as const satisfies Record<Edition, unknown>;

/** Drafts and scheduled articles: they must appear nowhere in the built site. */
export function unpublishedArticles(): GeneratedArticle[] {
  const published = new Set(publishedArticles().map((a) => a.slug));
  return generatedArticles().filter((a) => !published.has(a.slug));
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

export const PAGE_SIZE = 8; // lib/site.ts pageSize

/** Newest first, as the site orders them (instants compared, slug breaks ties). */
export function newestFirst(articles: GeneratedArticle[]): GeneratedArticle[] {
  return [...articles].sort((a, b) => b.publishedAt.localeCompare(a.publishedAt) || a.slug.localeCompare(b.slug));
}

/** Follows rel=next from a listing's first page; returns the article links of every page in order. */
export async function collectPages(page: Page, firstUrl: string): Promise<{ urls: string[]; perPage: string[][] }> {
  const urls: string[] = [];
  const perPage: string[][] = [];
  let url: string | null = firstUrl;
  while (url) {
    const res = await page.goto(url);
    if (res?.status() !== 200) throw new Error(`${url} answered ${res?.status()}`);
    urls.push(url);
    perPage.push(await page.locator('main .card__title a').evaluateAll((els) => els.map((e) => e.getAttribute('href')!)));
    const next = page.locator('head link[rel="next"]');
    url = (await next.count()) ? await next.getAttribute('href') : null;
  }
  return { urls, perPage };
}

export type VariantManifest = {
  version: number;
  images: Record<
    string,
    {
      width: number;
      height: number;
      placeholder?: string;
      color?: string;
      avif: { src: string; width: number }[];
      webp: { src: string; width: number }[];
      fallback: { src: string; width: number; height: number };
    }
  >;
};

/** The responsive-image manifest the pages were built from (scripts/image-variants.ts; build metadata, not copied to out/). */
export function variantManifest(): VariantManifest {
  return JSON.parse(readFileSync(path.resolve('public/variants/manifest.json'), 'utf8')) as VariantManifest;
}

/** The <img src> a page shows for a content image: its fallback variant, or the file itself when it has none (SVG). */
export function shownSrc(src: string): string {
  return variantManifest().images[src]?.fallback.src ?? src;
}
