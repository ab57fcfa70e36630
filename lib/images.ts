import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { imageSize } from 'image-size';
import { query } from './dependencies';
import { MANIFEST_PATH, isPassThrough, type ResponsiveImageData, type VariantManifest } from './image-variants';

// Intrinsic image sizes, read at build time so every <img> carries width and
// height and the page does not shift while photos load.

export type ImageSize = { width: number; height: number };

const cache = new Map<string, ImageSize | undefined>();

/**
 * Width and height of an image under public/. Undefined when the format does not
 * state a size (an SVG without width/height or viewBox): the page still renders,
 * it just cannot reserve the space.
 */
export const getImageSize = query('files.imageSize', (src: string, publicDir?: string): ImageSize | undefined => imageSizeIn(src, publicDir));

function imageSizeIn(src: string, publicDir = path.join(process.cwd(), 'public')): ImageSize | undefined {
  if (cache.has(src)) return cache.get(src);
  const file = path.join(publicDir, decodeURIComponent(src));
  let size: ImageSize | undefined;
  try {
    const { width, height } = imageSize(readFileSync(file));
    size = width && height ? { width, height } : undefined;
  } catch {
    size = undefined;
  }
  cache.set(src, size);
  return size;
}

// Responsive variants (AVIF/WebP srcsets, fallback, placeholder) made by
// scripts/image-variants.ts before `next build`. See docs/adr/0005-build-time-image-variants.md.

export type ManifestOptions = {
  /** The manifest file; public/variants/manifest.json by default. */
  manifestFile?: string;
  /**
   * Whether a missing manifest is an error. True in a production build (`next build`
   * sets NODE_ENV=production): a build that forgot the variants step would otherwise
   * ship every page with full-size originals and no srcset, and nothing would fail.
   * In `next dev` and unit tests the pages fall back to plain sized <img>s.
   */
  strict?: boolean;
};

let loaded: { file: string; mtimeMs: number; manifest: VariantManifest } | undefined;
const warned = new Set<string>();

/** The manifest, read once and again only when the file changes (so `next dev` sees a rerun of the step). */
export function loadVariantManifest({ manifestFile = defaultManifestFile(), strict = isProductionBuild() }: ManifestOptions = {}): VariantManifest | undefined {
  if (!existsSync(manifestFile)) {
    if (strict) {
      throw new Error(
        `${path.relative(process.cwd(), manifestFile)} is missing: the responsive image variants were not built. ` +
          'Run `npm run build` (or `npm run build:images` before `next build`).',
      );
    }
    loaded = undefined;
    return undefined;
  }
  const { mtimeMs } = statSync(manifestFile);
  if (loaded?.file !== manifestFile || loaded.mtimeMs !== mtimeMs) {
    loaded = { file: manifestFile, mtimeMs, manifest: JSON.parse(readFileSync(manifestFile, 'utf8')) as VariantManifest };
  }
  return loaded.manifest;
}

/**
 * The variants of an image (`/images/…`, as written in the content), or
 * undefined when there are none: an SVG, an animated GIF, or an image the
 * variants step has not seen (in `next dev` before it ran). Callers then render a
 * plain <img> with its intrinsic size; the build never fails over one image.
 */
export const getResponsiveImage = query('files.responsiveImage', (src: string, options: ManifestOptions = {}): ResponsiveImageData | undefined => {
  const manifest = loadVariantManifest(options);
  const entry = manifest?.images[src];
  if (!entry && manifest && !isPassThrough(src) && !warned.has(src)) {
    warned.add(src);
    console.warn(`images: no responsive variants for ${src}; it is shown as a plain <img>. Run \`npm run build:images\`.`);
  }
  return entry;
});

function defaultManifestFile(): string {
  return path.join(process.cwd(), 'public', MANIFEST_PATH);
}

function isProductionBuild(): boolean {
  return process.env.NODE_ENV === 'production';
}
