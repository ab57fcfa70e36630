import type { Metadata, Viewport } from 'next';
import { isoWithOffset } from './dates';
import { getImageSize } from './images';
import { OG_SIZE, SITE_CARD_PATH, ogImagePath } from './derived-images';
import { absoluteUrl } from './seo';
import { DEFAULT_EDITION, EDITIONS, editionPath, editions, site, type Edition } from './site';

// Next merges metadata one key deep, so a page that sets `openGraph` loses the
// layout's. Every page builds its metadata here: canonical URL, OpenGraph and
// Twitter cards always complete.

type PageMeta = {
  title?: string;
  description?: string;
  /** Path of the page, e.g. /sections/gulf/page/2 (made absolute via metadataBase). */
  path: string;
  noindex?: boolean;
  image?: { url: string; width: number; height: number; alt: string };
  feeds?: { title: string; rss: string; atom: string };
  /** The edition the page belongs to (default: the default edition). */
  edition?: Edition;
  /**
   * The same page in each edition that has it, by edition: the hreflang alternates. The page
   * itself is always included; pages without an equivalent elsewhere declare only themselves.
   */
  versions?: Partial<Record<Edition, string>>;
};

/** A page that exists at the same path in every edition (front page, section, archive…). */
export function inEveryEdition(path: string): Record<Edition, string> {
  return Object.fromEntries(EDITIONS.map((e) => [e, editionPath(e, path)])) as Record<Edition, string>;
}

/**
 * hreflang alternates, declared here and nowhere else: one per language version, plus
 * x-default (the default edition's version). Every version of a page computes the same set,
 * so they are reciprocal. A page with no version in another language declares none: hreflang
 * describes alternates, and a page alone has none (the canonical already names it).
 */
export function languageAlternates(edition: Edition, path: string, versions: Partial<Record<Edition, string>> = {}): Record<string, string> {
  const all: Partial<Record<Edition, string>> = { ...versions, [edition]: path };
  if (EDITIONS.filter((e) => all[e]).length < 2) return {};
  const out: Record<string, string> = {};
  for (const e of EDITIONS) {
    const p = all[e];
    if (p) out[editions[e].language] = absoluteUrl(p);
  }
  out['x-default'] = absoluteUrl(all[DEFAULT_EDITION] ?? path);
  return out;
}

export function pageMetadata({ title, description, path, noindex, image, feeds, edition = DEFAULT_EDITION, versions }: PageMeta): Metadata {
  const ed = editions[edition];
  description ??= ed.description;
  const img = image ?? { url: SITE_CARD_PATH, ...OG_SIZE, alt: ed.name };
  return {
    // A page without a title of its own (the front page) gets the edition's full name, not an empty <title>.
    title: title ?? { absolute: `${ed.name} — ${ed.description}` },
    description,
    alternates: {
      // Absolute, written out: Next would drop the trailing slash of the home page's URL.
      canonical: absoluteUrl(path),
      languages: languageAlternates(edition, path, versions),
      ...(feeds
        ? {
            types: {
              'application/rss+xml': [{ url: feeds.rss, title: `${feeds.title} (RSS)` }],
              'application/atom+xml': [{ url: feeds.atom, title: `${feeds.title} (Atom)` }],
            },
          }
        : {}),
    },
    // index, follow and unlimited snippets are what crawlers assume; only the large image preview (Discover) is ours to ask for.
    robots: noindex ? { index: false, follow: true } : { 'max-image-preview': 'large' },
    openGraph: {
      type: 'website',
      siteName: ed.name,
      locale: ed.ogLocale,
      title: title ?? ed.name,
      description,
      url: absoluteUrl(path),
      images: [img],
    },
    // X reads og:title, og:description and og:image when the twitter:* ones are absent: only the card type is its own.
    twitter: { card: 'summary_large_image' },
  };
}

type ArticleLike = {
  title: string;
  dek: string;
  url: string;
  slug: string;
  draft: boolean;
  publishedAt: string;
  image: { alt: string };
  socialImage?: string;
  lang?: Edition;
};

/** Article pages: og:type article with times, authors and section; the derived social card as image. */
export function articleMetadata(
  article: ArticleLike,
  modified: string,
  authors: readonly { url: string }[],
  section: { title: string } | undefined,
  translations: readonly { lang: Edition; url: string }[] = [],
): Metadata {
  const base = pageMetadata({
    edition: article.lang ?? DEFAULT_EDITION,
    versions: Object.fromEntries(translations.map((t) => [t.lang, t.url])),
    title: article.title,
    description: article.dek,
    path: article.url,
    noindex: article.draft,
    // The editor's own card when given (its size read from the file), else the generated one.
    image: article.socialImage
      ? { url: article.socialImage, ...(getImageSize(article.socialImage) ?? OG_SIZE), alt: article.image.alt }
      : { url: ogImagePath(article.slug), ...OG_SIZE, alt: article.image.alt },
  });
  return {
    ...base,
    openGraph: {
      ...base.openGraph,
      type: 'article',
      publishedTime: isoWithOffset(article.publishedAt, site.timeZone),
      modifiedTime: isoWithOffset(modified, site.timeZone),
      authors: authors.map((a) => absoluteUrl(a.url)),
      section: section?.title,
      // No article:tag: the tags are in the JSON-LD `keywords` and the page's rel=tag links, which
      // is where search engines read them; five of these tags cost ~30 bytes gzip on every article.
    },
  };
}

/** What each edition's root layout declares: title template, robots, feeds, OpenGraph defaults. */
export function rootMetadata(edition: Edition): Metadata {
  const ed = editions[edition];
  return {
    metadataBase: new URL(site.url),
    title: { default: `${ed.name} — ${ed.description}`, template: `%s | ${ed.name}` },
    description: ed.description,
    robots: { 'max-image-preview': 'large' },
    alternates: {
      types: {
        'application/rss+xml': [{ url: editionPath(edition, '/feed.xml'), title: `${ed.name} (RSS)` }],
        'application/atom+xml': [{ url: editionPath(edition, '/atom.xml'), title: `${ed.name} (Atom)` }],
      },
    },
    openGraph: { siteName: ed.name, locale: ed.ogLocale, type: 'website' },
    twitter: { card: 'summary_large_image' },
  };
}

export const siteViewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#121212' },
  ],
};
