import type { Metadata } from 'next';
import { isoWithOffset } from './dates';
import { getImageSize } from './images';
import { OG_SIZE, SITE_CARD_PATH, ogImagePath } from './derived-images';
import { absoluteUrl } from './seo';
import { site } from './site';

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
};

export function pageMetadata({ title, description = site.description, path, noindex, image, feeds }: PageMeta): Metadata {
  const img = image ?? { url: SITE_CARD_PATH, ...OG_SIZE, alt: site.name };
  return {
    // No title: keep the layout's default (an explicit undefined would drop <title> altogether).
    ...(title === undefined ? {} : { title }),
    description,
    alternates: {
      // Absolute, written out: Next would drop the trailing slash of the home page's URL.
      canonical: absoluteUrl(path),
      ...(feeds
        ? {
            types: {
              'application/rss+xml': [{ url: feeds.rss, title: `${feeds.title} (RSS)` }],
              'application/atom+xml': [{ url: feeds.atom, title: `${feeds.title} (Atom)` }],
            },
          }
        : {}),
    },
    robots: noindex
      ? { index: false, follow: true }
      : { index: true, follow: true, 'max-image-preview': 'large', 'max-snippet': -1, 'max-video-preview': -1 },
    openGraph: {
      type: 'website',
      siteName: site.name,
      locale: site.ogLocale,
      title: title ?? site.name,
      description,
      url: absoluteUrl(path),
      images: [img],
    },
    twitter: { card: 'summary_large_image', title: title ?? site.name, description, images: [{ url: img.url, alt: img.alt }] },
  };
}

type ArticleLike = {
  title: string;
  dek: string;
  url: string;
  slug: string;
  draft: boolean;
  publishedAt: string;
  tags: readonly string[];
  image: { alt: string };
  socialImage?: string;
};

/** Article pages: og:type article with times, authors, section and tags; the derived social card as image. */
export function articleMetadata(
  article: ArticleLike,
  modified: string,
  authors: readonly { url: string }[],
  section: { title: string } | undefined,
): Metadata {
  const base = pageMetadata({
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
      tags: [...article.tags],
    },
  };
}
