import type { Position } from '../front-matter';
import type { Problem } from '../problems';
import { reportFinding } from './body-links';
import type { SiteRule } from './types';

// `npm run new` writes a grey placeholder hero tagged with this marker in its EXIF
// description; the check recognises the file by the tag, whatever it is renamed to.
export const PLACEHOLDER_MARKER = 'standfirst:placeholder-image';

export type ImageUse = { field: string; src: string; pos: Position };
type Finding = Omit<Problem, 'file'>;

/** True when the image bytes carry the template's placeholder marker. */
export function isPlaceholderImage(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(PLACEHOLDER_MARKER, 0, 'latin1');
}

/** A placeholder in a published (or scheduled) article is an error; in a draft, a reminder. */
export function placeholderProblem(use: ImageUse, draft: boolean): Finding {
  return {
    severity: draft ? 'warning' : 'error',
    line: use.pos.line,
    column: use.pos.column,
    field: use.field,
    message: `${use.src} is still the template's placeholder image${draft ? '' : ', and this article is not a draft: readers would see the grey box'}`,
    fix: `replace the file public${use.src} with the real photo (at least 1200 px wide)${draft ? '' : ', or set draft: true until you have it'}`,
  };
}

/** The rule: a published article may not show the template's placeholder (a draft is reminded). */
export const placeholderImages: SiteRule = {
  name: 'placeholder images',
  check(site) {
    for (const a of site.articles) {
      for (const use of site.placeholders.get(a.file) ?? []) reportFinding(site, a.file, placeholderProblem(use, a.draft));
    }
  },
};
