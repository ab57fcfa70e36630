import { readFileSync } from 'node:fs';
import path from 'node:path';
import { imageSize } from 'image-size';

// Intrinsic image sizes, read at build time so every <img> carries width and
// height and the page does not shift while photos load.

export type ImageSize = { width: number; height: number };

const cache = new Map<string, ImageSize>();

export function getImageSize(src: string, publicDir = path.join(process.cwd(), 'public')): ImageSize {
  const hit = cache.get(src);
  if (hit) return hit;
  const file = path.join(publicDir, decodeURIComponent(src));
  const { width, height } = imageSize(readFileSync(file));
  if (!width || !height) throw new Error(`Cannot read the size of ${file}`);
  const size = { width, height };
  cache.set(src, size);
  return size;
}
