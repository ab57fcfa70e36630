// Responsive variants of every image a page shows (hero photos, figures, author
// avatars): AVIF and WebP at several widths, a JPEG (or PNG) fallback and a tiny
// blurred placeholder. scripts/image-variants.ts writes them under
// public/variants/ with a manifest; lib/images.ts reads the manifest and
// components/ResponsiveImage.tsx renders it. This file holds what both sides
// share: the settings, the width rule, the manifest's shape and the list of
// images the content uses. See docs/adr/0005-build-time-image-variants.md.
import type { Root, RootContent } from 'mdast';
import { IMAGE_FILE } from './elements/figure';
import { elementDefinition } from './elements/registry';
import { parseMdx } from './mdx-ast';

/** Widths offered in every srcset (never above the photo's own width). */
export const VARIANT_WIDTHS = [400, 800, 1200, 1600] as const;
/** The <img src> for browsers that take neither AVIF nor WebP. */
export const FALLBACK_WIDTH = 1200;
/** Width of the blurred placeholder inlined into the page. */
export const PLACEHOLDER_WIDTH = 16;
/**
 * A standard width this close to the photo's own width adds a file but hardly any
 * saving (an 850 px photo would get both 800 and 850): drop it.
 */
const NEAR_ORIGINAL = 0.9;
/**
 * A source narrower than the standard widths still gets two: itself and half of
 * itself (for 1x screens), unless it is narrower than this.
 */
export const MIN_TWO_WIDTHS = 160;

/**
 * Everything that decides the output: part of the cache key and of the URL, so
 * changing any of it re-encodes every image under new addresses (old ones can
 * stay cached immutably). Add any new rule here.
 * AVIF effort 3, not 4: on the 2-core build machine effort 4 took 4 times as long
 * for AVIF files 15% smaller (see the ADR).
 */
export const ENCODER_SETTINGS = {
  version: 1,
  widths: VARIANT_WIDTHS,
  nearOriginal: NEAR_ORIGINAL,
  minTwoWidths: MIN_TWO_WIDTHS,
  fallbackWidth: FALLBACK_WIDTH,
  avif: { quality: 50, effort: 3 },
  webp: { quality: 72, effort: 4 },
  jpeg: { quality: 78, mozjpeg: true },
  png: { compressionLevel: 9, palette: false },
  placeholder: { width: PLACEHOLDER_WIDTH, quality: 40, blur: 1 },
} as const;

export const VARIANTS_DIR = 'variants';
export const MANIFEST_PATH = `/${VARIANTS_DIR}/manifest.json`;

export type Variant = { src: string; width: number };

export type ResponsiveImageData = {
  /** Intrinsic size of the source (after EXIF rotation): the page reserves this aspect ratio. */
  width: number;
  height: number;
  /** A data: URI of a ~16 px wide blurred copy; absent for images with transparency. */
  placeholder?: string;
  /**
   * The photo's dominant colour (`#rgb` or `#rrggbb`), painted under lazy images and thumbnails
   * until they load: a few bytes where the blurred copy costs ~150. Absent with transparency, like the placeholder.
   */
  color?: string;
  avif: Variant[];
  webp: Variant[];
  fallback: { src: string; width: number; height: number };
};

export type VariantManifest = {
  version: number;
  /** Source path as editors write it (`/images/…`) → its variants. */
  images: Record<string, ResponsiveImageData>;
};

/**
 * The widths to make for a source `original` pixels wide: the standard widths
 * below it, plus the original itself when it is not wider than the largest
 * standard width. Never upscales. A standard width within 10% of the original is
 * dropped in favour of the original. A small source gets its half width too, so
 * every srcset offers a choice.
 */
export function variantWidths(original: number, widths: readonly number[] = VARIANT_WIDTHS): number[] {
  if (!Number.isFinite(original) || original < 1) return [];
  const out = widths.filter((w) => w < original).sort((a, b) => a - b);
  if (original <= Math.max(...widths)) {
    while (out.length && out[out.length - 1]! >= original * NEAR_ORIGINAL) out.pop();
    out.push(Math.round(original));
  }
  if (out.length === 1 && original >= MIN_TWO_WIDTHS) out.unshift(Math.round(original / 2));
  return out;
}

/** Width of the fallback <img src>: FALLBACK_WIDTH, or the original when it is narrower. */
export function fallbackWidth(original: number): number {
  return Math.min(Math.round(original), FALLBACK_WIDTH);
}

/** A file-name-safe stem for the variants of `src` (the source's base name, ASCII only). */
export function variantStem(src: string): string {
  let base = src.split('/').pop() ?? 'image';
  try {
    base = decodeURIComponent(base);
  } catch {
    // keep it as written
  }
  const stem = base
    .replace(/\.[^.]+$/, '')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return stem || 'image';
}

/**
 * `#rrggbb` for a colour (channels 0–255, rounded and clamped), shortened to `#rgb`
 * when that is the same colour: sharp's `stats().dominant` gives the channels.
 */
export function hexColor({ r, g, b }: { r: number; g: number; b: number }): string {
  const hex = [r, g, b].map((c) => Math.min(255, Math.max(0, Math.round(c))).toString(16).padStart(2, '0'));
  return hex.every((h) => h[0] === h[1]) ? `#${hex.map((h) => h[0]).join('')}` : `#${hex.join('')}`;
}

/** The `srcset` value of a list of variants: `url 400w, url 800w`. */
export function srcSet(variants: Variant[]): string {
  return variants.map((v) => `${v.src} ${v.width}w`).join(', ');
}

/** Formats sharp cannot turn into responsive variants: shown as they are. */
export function isPassThrough(src: string): boolean {
  return /\.svg$/i.test(src.split('?')[0] ?? src);
}

type AnyNode = Root | RootContent;

/** Every image an element of an MDX body names (a Figure's src, a Profile's image…), in order. */
export function figureSources(body: string): string[] {
  const out: string[] = [];
  const walk = (n: AnyNode) => {
    if ((n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') && n.name) {
      const spec = elementDefinition(n.name)?.attributes;
      for (const a of n.attributes) {
        if (a.type === 'mdxJsxAttribute' && spec?.[a.name]?.file === IMAGE_FILE && typeof a.value === 'string' && a.value) out.push(a.value);
      }
    }
    if ('children' in n) for (const c of n.children) walk(c as AnyNode);
  };
  walk(parseMdx(body));
  return out;
}

type ArticleLike = { draft?: boolean; image: { src: string }; body: { raw: string } };
type AuthorLike = { avatar?: string | null };

/**
 * Every image path the pages use: heroes and figures of the articles `shown`
 * accepts (by default, those that are not drafts), and author avatars. Local
 * paths only; the content check has already refused remote ones.
 */
export function imagesInUse<A extends ArticleLike>(articles: A[], authors: AuthorLike[], shown: (a: A) => boolean = (a) => !a.draft): string[] {
  const found = new Set<string>();
  for (const a of articles) {
    if (!shown(a)) continue;
    found.add(a.image.src);
    for (const src of figureSources(a.body.raw)) found.add(src);
  }
  for (const au of authors) if (au.avatar) found.add(au.avatar);
  return [...found].filter((s) => s.startsWith('/') && !s.startsWith('//')).sort();
}
