import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import { imageSize } from 'image-size';
import { isPlaceholderImage } from './rules/placeholder-image';

// What the content check needs to know about a photo: is it the template's placeholder, and how
// wide is it. Both live at the start of a JPEG (EXIF in APP1, which the format caps at 64 KB and
// places first; then the frame header), so a JPEG is read only that far, not in full; and each
// file once per version however many articles use it (keyed by size and time, so a photo
// replaced while `--watch` runs is read again; a synthetic archive reuses a few photos).

export type ImageFacts = { placeholder: boolean; width: number | undefined };

const HEAD_BYTES = 128 * 1024;
const known = new Map<string, ImageFacts>();

function head(file: string): Buffer {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const read = readSync(fd, buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

function widthOf(bytes: Uint8Array): number | undefined {
  try {
    return imageSize(bytes).width;
  } catch {
    return undefined;
  }
}

function read(file: string): ImageFacts {
  const jpeg = /\.jpe?g$/i.test(path.extname(file));
  const start = jpeg ? head(file) : undefined;
  // A JPEG whose frame header lies beyond the head (a huge embedded thumbnail or colour profile)
  // is read in full after all.
  const startWidth = start ? widthOf(start) : undefined;
  const bytes = start && startWidth !== undefined ? start : readFileSync(file);
  return { placeholder: isPlaceholderImage(bytes), width: startWidth ?? widthOf(bytes) };
}

/** Facts of one image file, read once per version of it. */
export function imageFacts(file: string): ImageFacts {
  try {
    const stat = statSync(file);
    const key = `${file}\0${stat.size}\0${stat.mtimeMs}`;
    let facts = known.get(key);
    if (!facts) {
      facts = read(file);
      known.set(key, facts);
    }
    return facts;
  } catch {
    return { placeholder: false, width: undefined };
  }
}
