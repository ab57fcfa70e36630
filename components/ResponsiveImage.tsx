import type { CSSProperties } from 'react';
import { srcSet } from '@/lib/image-variants';
import { getImageSize, getResponsiveImage } from '@/lib/images';

/**
 * `sizes` for each place a photo appears, worked out from app/globals.css (1rem = 16px;
 * pages are at most 72rem wide with 1rem of padding on each side). Change them with the CSS.
 */
export const IMAGE_SIZES = {
  /** `.figure--hero` spans `.article`: 70rem of content from 72rem up, the viewport less padding below. */
  hero: '(min-width: 72rem) 70rem, calc(100vw - 2rem)',
  /** Figures in the text column, `.article__body` (max 42rem). */
  inline: '(min-width: 44rem) 42rem, calc(100vw - 2rem)',
  /** The front-page lead: 2.2 of 3.2 columns of `.front__top` from 56rem, full width below. */
  lead: '(min-width: 72rem) 47rem, (min-width: 56rem) 69vw, calc(100vw - 2rem)',
  /** Cards in `.card-list`/`.related__list` grids (16rem minimum tracks): 4, 3, 2 columns, then 1. */
  card: '(min-width: 70rem) 17rem, (min-width: 52rem) 33vw, (min-width: 34rem) 50vw, calc(100vw - 2rem)',
  /** `.author__avatar` (6rem) and `.author-index__avatar` (4rem). */
  avatar: '6rem',
  avatarSmall: '4rem',
  /** Magazine covers (app/magazine.css): the latest issue's and an issue page's cover (22rem), and the archive grid (10rem tracks). */
  cover: '(min-width: 40rem) 22rem, calc(100vw - 2rem)',
  coverSmall: '(min-width: 40rem) 12rem, 45vw',
} as const;

type Props = {
  /** The image as written in the content: a path under public/. */
  src: string;
  alt: string;
  /** The rendered width at each breakpoint, matching the CSS (the browser picks a file before layout). */
  sizes: string;
  /** The likely LCP image (article hero, front-page lead): fetched first, never lazily. */
  priority?: boolean;
  /** Load at once without raising the priority (above the fold, but not the main image). */
  eager?: boolean;
  className?: string;
  /** Passed to the <img> as data-pagefind-meta. */
  pagefindMeta?: string;
  /**
   * Thumbnails (cards): no files wider than 800 px, and the photo's colour instead of the blurred
   * placeholder. A card is at most about 400 CSS px wide, and the placeholder's ~150 bytes of base64
   * per image are the least compressible part of a listing's HTML (issue 6: HTML that costs what its text costs).
   */
  thumbnail?: boolean;
};

const THUMBNAIL_MAX_WIDTH = 800;

/**
 * A build-time responsive image (docs/adr/0005-build-time-image-variants.md):
 * `<picture>` with AVIF and WebP srcsets, a JPEG/PNG fallback, the intrinsic
 * width and height (no layout shift) and a placeholder painted as the <img>'s
 * background until the photo covers it: blurred when loaded at once, a flat colour when lazy.
 * No JavaScript involved.
 * Without variants (SVG, animated GIF, `next dev` before the step ran) it is a plain sized <img>.
 */
export function ResponsiveImage({ src, alt, sizes, priority = false, eager = false, className, pagefindMeta, thumbnail = false }: Props) {
  const loading = priority || eager ? 'eager' : 'lazy';
  const fetchPriority = priority ? 'high' : undefined;
  const variants = getResponsiveImage(src);
  if (!variants) {
    const size = getImageSize(src);
    return (
      <img
        className={className}
        src={src}
        alt={alt}
        width={size?.width}
        height={size?.height}
        loading={loading}
        decoding="async"
        fetchPriority={fetchPriority}
        data-pagefind-meta={pagefindMeta}
      />
    );
  }
  // The blurred placeholder shows only until the photo has painted over it, so only images loaded
  // at once carry it: on a listing or below the fold its random-looking bytes would cost more HTML
  // than the text beside it. Lazy images and thumbnails get the photo's dominant colour instead
  // (~26 bytes), so a reader who scrolls faster than the network sees the photo's tone, not a
  // blank box. Images with transparency get neither (the manifest omits both): nothing shows through them.
  const blurred = !thumbnail && loading === 'eager';
  const style: CSSProperties | undefined =
    blurred && variants.placeholder
      ? { backgroundImage: `url("${variants.placeholder}")` } // sized and placed by globals.css (picture > img[style])
      : !blurred && variants.color
        ? { background: variants.color }
        : undefined;
  // The smallest file always stays, so a small source still has a candidate.
  const cap = <V extends { width: number }>(list: V[]) => (thumbnail ? list.filter((v, i) => i === 0 || v.width <= THUMBNAIL_MAX_WIDTH) : list);
  const avif = cap(variants.avif);
  const webp = cap(variants.webp);
  return (
    <picture>
      {avif.length ? <source type="image/avif" srcSet={srcSet(avif)} sizes={sizes} /> : null}
      {webp.length ? <source type="image/webp" srcSet={srcSet(webp)} sizes={sizes} /> : null}
      <img
        className={className}
        src={variants.fallback.src}
        alt={alt}
        width={variants.width}
        height={variants.height}
        loading={loading}
        decoding="async"
        fetchPriority={fetchPriority}
        style={style}
        data-pagefind-meta={pagefindMeta}
      />
    </picture>
  );
}
