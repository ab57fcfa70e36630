// Build step after the post-build: the weekly newsletter of each edition as an e-mail,
// written into the site being built as <edition>/newsletter/latest.html, a dated copy
// (YYYY-MM-DD.html, the build day in the newsroom's time zone) and their plain-text twins.
// The mail provider fetches or is handed latest.html; the dated copies are the "view in your
// browser" pages. CSS is written once and inlined by juice (docs/adr/0019-magazine-newsletter-sharing.md).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import juice from 'juice';
import { renderToStaticMarkup } from 'react-dom/server';
import { NewsletterEmail } from '../components/NewsletterEmail';
import { now } from '../lib/clock';
import { formatMonth } from '../lib/dates';
import type { VariantManifest } from '../lib/image-variants';
import { digestHeader, digestLink, newsletterPaths, newsletterText, weekArticles, type Digest } from '../lib/newsletter';
import { isPublished } from '../lib/publication';
import { EDITIONS, site, type Edition } from '../lib/site';

type ArticleDoc = { title: string; dek: string; url: string; lang: Edition; draft: boolean; publishedAt: string; section: string; image: { src: string } };
type SectionDoc = { slug: string; title: string; title_ar?: string };
type IssueDoc = { title: string; description: string; url: string; lang: Edition; date: string; publishedAt: string; cover: { src: string } };

const readJson = <T,>(file: string, fallback: T): T => (existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : fallback);

/** The e-mail's HTML: doctype, the component, the style block inlined (media queries kept for dark mode). */
export function renderEmail(digest: Digest): string {
  // React 19 hoists a <link rel="preload"> for each <img> into the head: mail clients have no use for <link>.
  const html = `<!DOCTYPE html>${renderToStaticMarkup(<NewsletterEmail digest={digest} />).replace(/<link rel="preload"[^>]*>/g, '')}`;
  return juice(html, { preserveMediaQueries: true, removeStyleTags: true, applyWidthAttributes: false, applyHeightAttributes: false });
}

export type NewsletterInput = { articles: ArticleDoc[]; sections: SectionDoc[]; issues: IssueDoc[]; manifest: VariantManifest | undefined; at: Date };

export function buildDigest(edition: Edition, input: NewsletterInput): Digest {
  // Thumbnails are the site's own JPEG variant (the format every mail client shows), by absolute URL.
  const image = (src: string) => {
    const variant = input.manifest?.images[src]?.fallback.src;
    return variant ? digestLink(variant, {}) : undefined;
  };
  const sectionTitle = (slug: string) => {
    const s = input.sections.find((x) => x.slug === slug);
    return edition === 'ar' ? (s?.title_ar ?? s?.title) : s?.title;
  };
  const issue = input.issues
    .filter((i) => i.lang === edition && isPublished({ draft: false, publishedAt: i.publishedAt }, input.at))
    .sort((a, b) => b.date.localeCompare(a.date))[0];
  const week = weekArticles(input.articles, edition, input.at);
  return {
    edition,
    ...digestHeader(edition, input.at),
    quietWeek: week.quietWeek,
    articles: week.articles.map((a) => ({ title: a.title, dek: a.dek, url: digestLink(a.url), section: sectionTitle(a.section), image: image(a.image.src) })),
    issue: issue ? { title: issue.title, description: issue.description, url: digestLink(issue.url), label: formatMonth(issue.publishedAt, site.timeZone, edition), cover: image(issue.cover.src) } : undefined,
  };
}

/** Writes every edition's files under `outDir`; returns what it wrote. */
export function writeNewsletters(outDir: string, input: NewsletterInput): string[] {
  const written: string[] = [];
  for (const edition of EDITIONS) {
    const digest = buildDigest(edition, input);
    const { dir, dated } = newsletterPaths(edition, input.at);
    const target = path.join(outDir, dir);
    mkdirSync(target, { recursive: true });
    const html = renderEmail(digest);
    const text = newsletterText(digest);
    for (const name of ['latest', dated]) {
      writeFileSync(path.join(target, `${name}.html`), html);
      writeFileSync(path.join(target, `${name}.txt`), text);
      written.push(`${dir}/${name}.html`, `${dir}/${name}.txt`);
    }
  }
  return written;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const outDir = path.resolve(process.argv[2] ?? 'out');
  const generated = path.resolve('.contentlayer/generated');
  const input: NewsletterInput = {
    articles: readJson(path.join(generated, 'Article/_index.json'), []),
    sections: readJson(path.join(generated, 'Section/_index.json'), []),
    issues: readJson(path.join(generated, 'Magazine/_index.json'), []),
    manifest: readJson<VariantManifest | undefined>(path.resolve('public/variants/manifest.json'), undefined),
    at: now(),
  };
  const written = writeNewsletters(outDir, input);
  console.log(`newsletter: wrote ${written.filter((f) => f.endsWith('.html')).length / 2} editions' e-mails (${written.join(', ')})`);
}
