import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { IMAGE_FILE } from '../elements/figure';
import type { FileAttribute } from '../elements/types';
import { closest } from './closest';
import type { Collector } from './collector';
import type { Position } from './front-matter';
import { imageFacts, type ImageFacts } from './image-facts';
import { describe } from './rules/front-matter-fields';
import type { ImageUse } from './rules/placeholder-image';

// Paths to files under public/ (hero, figures, avatars, element media): their form, whether the
// file is there, and where each photo is shown, for the reuse and placeholder site rules.

export type ImagePaths = {
  check: (file: string, pos: Position, field: string, value: unknown, required: boolean, kind?: FileAttribute, attrs?: Readonly<Record<string, string>>) => ImageFacts | undefined;
  /** Image path → every place it is shown. */
  uses: Map<string, { file: string; pos: Position; field: string }[]>;
  /** file → the template placeholders it shows. */
  placeholders: Map<string, ImageUse[]>;
};

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The mistake in the form of a path, before looking at the disk. */
function formProblem(value: unknown, kind: FileAttribute, required: boolean): { message: string; fix: string } | 'absent' | undefined {
  const image = kind === IMAGE_FILE;
  if (value === undefined || value === null || value === '') {
    return required ? { message: 'is missing', fix: 'give the image path under public/, e.g. src: /images/my-article/photo.jpg' } : 'absent';
  }
  if (typeof value !== 'string') return { message: `must be an image path, found ${describe(value)}`, fix: 'write a path such as /images/my-article/photo.jpg' };
  if (/^(https?:)?\/\//i.test(value)) {
    return { message: `points to a remote ${kind.what} (${value}); pages must not load anything from other sites`, fix: image ? 'save the photo under public/images/ and give its path, e.g. /images/my-article/photo.jpg' : `save the ${kind.what} under public/ and give its path` };
  }
  if (!value.startsWith('/')) return { message: `must start with / (a path under public/), found "${value}"`, fix: `write "/${value.replace(/^\.?\/?(public\/)?/, '')}"` };
  if (value.split('/').includes('..')) return { message: `must not contain ".." (found "${value}")`, fix: 'give the path from the public/ folder, e.g. /images/my-article/photo.jpg' };
  const ext = path.extname(value).toLowerCase();
  if (!kind.extensions.includes(ext)) return { message: `"${value}" is not ${image ? 'an image' : `a ${kind.what}`} file we can publish`, fix: `use one of ${kind.extensions.join(', ')}` };
  return undefined;
}

export function imagePaths(publicDir: string, rel: (full: string) => string, c: Collector): ImagePaths {
  const dirListings = new Map<string, string[]>();
  const uses: ImagePaths['uses'] = new Map();
  const placeholders: ImagePaths['placeholders'] = new Map();
  const check: ImagePaths['check'] = (file, pos, field, value, required, kind = IMAGE_FILE, attrs = {}) => {
    const image = kind === IMAGE_FILE;
    const wrong = formProblem(value, kind, required);
    if (wrong !== undefined) {
      if (wrong !== 'absent') c.error(file, pos, field, wrong.message, wrong.fix);
      return undefined;
    }
    if (typeof value !== 'string') return undefined; // formProblem has reported it
    const src = value;
    const full = path.join(publicDir, decodeURIComponentSafe(src));
    if (existsSync(full) && statSync(full).isFile()) {
      for (const p of kind.verify?.(full, attrs) ?? []) c.error(file, pos, field.replace(/ [^ ]+$/, ` ${p.attr}`), p.message, p.fix);
      if (image && field !== 'avatar') uses.set(src, [...(uses.get(src) ?? []), { file, pos, field }]);
      const facts = image ? imageFacts(full) : undefined;
      if (facts?.placeholder && field !== 'avatar') placeholders.set(file, [...(placeholders.get(file) ?? []), { field, src, pos }]);
      return facts;
    }
    const dir = path.dirname(full);
    let listing = dirListings.get(dir);
    if (!listing) {
      listing = existsSync(dir) ? readdirSync(dir) : [];
      dirListings.set(dir, listing);
    }
    const near = closest(path.basename(full), listing);
    c.error(file, pos, field, `${kind.what} file ${rel(full)} does not exist`, near ? `did you mean ${path.posix.join(path.posix.dirname(src), near)}? File names are case-sensitive` : `add the file at ${rel(full)} or correct the path`);
    return undefined;
  };
  return { check, uses, placeholders };
}
