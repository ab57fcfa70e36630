import { readFileSync } from 'node:fs';
import path from 'node:path';
import { imageSize } from 'image-size';

// Intrinsic image sizes, read at build time so every <img> carries width and
// height and the page does not shift while photos load.

export type ImageSize = { width: number; height: number };

const cache = new Map<string, ImageSize | undefined>();

/**
 * Width and height of an image under public/. Undefined when the format does not
 * state a size (an SVG without width/height or viewBox): the page still renders,
 * it just cannot reserve the space.
 */
export function getImageSize(src: string, publicDir = path.join(process.cwd(), 'public')): ImageSize | undefined {
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
