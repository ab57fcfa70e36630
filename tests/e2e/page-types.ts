import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { filesUnder } from '../../scripts/files';
import { newestFirst, publishedArticles, slugify } from './helpers';

// One page of every kind the site has, picked from the generated content (so held-out
// articles and new formats are covered), for the accessibility and security checks.

/** A word from the newest headline that search finds: the longest one. */
export function searchWord(): string {
  const title = newestFirst(publishedArticles())[0]!.title;
  return [...(title.match(/[A-Za-z]{5,}/g) ?? ['the'])].sort((a, b) => b.length - a.length)[0]!.toLowerCase();
}

export function pageTypes(): { name: string; url: string }[] {
  const articles = newestFirst(publishedArticles());
  const formats = [...new Set(articles.map((a) => a.format))].sort();
  const a0 = articles[0]!;
  const withCorrections = articles.find((a) => a.corrections.length > 0);
  const bigSection = [...new Set(articles.map((a) => a.section))].sort(
    (x, y) => articles.filter((a) => a.section === y).length - articles.filter((a) => a.section === x).length,
  )[0]!;
  const tag = a0.tags[0];
  const pages = [
    { name: 'home', url: '/' },
    ...formats.map((f) => ({ name: `article (${f})`, url: articles.find((a) => a.format === f)!.url })),
    ...(withCorrections ? [{ name: 'article with corrections', url: withCorrections.url }] : []),
    // The article of each edition that uses the most kinds of editorial element (and footnotes).
    ...(['en', 'ar'] as const).flatMap((lang) => {
      const richest = richestInElements(articles.filter((a) => a.lang === lang));
      return richest ? [{ name: `article with the most elements (${lang})`, url: richest.url }] : [];
    }),
    { name: 'section', url: `/sections/${bigSection}` },
    // Numbered pages count from the oldest: page 1 exists once a section has a page and a half (lib/pagination.ts).
    ...(articles.filter((a) => a.section === bigSection).length >= 12 ? [{ name: 'section, page 1', url: `/sections/${bigSection}/page/1` }] : []),
    ...(tag ? [{ name: 'tag', url: `/tags/${slugify(tag)}` }] : []),
    { name: 'topics index', url: '/tags' },
    { name: 'author', url: `/authors/${a0.authors[0]}` },
    { name: 'writers index', url: '/authors' },
    { name: 'archive', url: '/archive' },
    { name: 'about', url: '/about' },
    ...magazinePages(),
    { name: 'search with results', url: `/search?q=${encodeURIComponent(searchWord())}` },
    { name: '404', url: '/no-such-page' },
  ];
  return pages;
}

function richestInElements<A extends { body: { raw: string } }>(articles: A[]): A | undefined {
  const kinds = (a: A) => new Set([...a.body.raw.matchAll(/<([A-Z][A-Za-z]*)|\[\^()/g)].map((m) => m[1] ?? '')).size;
  return [...articles].sort((x, y) => kinds(y) - kinds(x))[0];
}

/** The magazine front page and the latest issue of each edition that has issues (read from the build). */
function magazinePages(): { name: string; url: string }[] {
  return (['', '/ar'] as const).flatMap((prefix) => {
    const dir = path.join('out', prefix, 'magazine');
    if (!existsSync(dir)) return [];
    const latest = readdirSync(dir).filter((f) => /^\d{4}-\d{2}\.html$/.test(f)).sort().at(-1);
    return [{ name: `magazine${prefix}`, url: `${prefix}/magazine` }, ...(latest ? [{ name: `magazine issue${prefix}`, url: `${prefix}/magazine/${latest.replace('.html', '')}` }] : [])];
  });
}

/** Opens a page; on /search waits until the results are on screen. */
export async function openPage(page: Page, url: string): Promise<void> {
  await page.goto(url);
  if (url.startsWith('/search?')) await expect(page.locator('.search-result').first()).toBeVisible({ timeout: 20_000 });
}

/** Every HTML page of the build, as the URL a reader uses (404.html stands for an unknown address). */
export function builtPageUrls(outDir = 'out'): string[] {
  return filesUnder(outDir)
    // The newsletter e-mails are not site pages: they load their images by absolute URL from the
    // live site (a "third-party" origin to a test server). tests/e2e/newsletter.spec.ts checks them.
    .filter((f) => f.endsWith('.html') && !f.split(path.sep).includes('newsletter'))
    .map((f) => '/' + path.relative(outDir, f).split(path.sep).join('/').replace(/\.html$/, ''))
    .map((u) => (u === '/index' ? '/' : u === '/404' ? '/no-such-page' : u))
    .sort();
}
