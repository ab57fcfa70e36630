import { describe, fieldChecks, isRecord } from './front-matter-fields';
import type { ArticleContext, DocumentRule } from './types';

const IMAGE_FIELDS = ['src', 'alt', 'caption', 'credit'] as const;
const HERO_MIN_WIDTH = 1200;

// Every article leads with a photo: a file under public/, described, captioned and credited,
// wide enough for large screens and link previews.
export const heroImage: DocumentRule<ArticleContext> = {
  name: 'hero image',
  check({ y, data, error, warn, timeZone, imagePath }) {
    const image = data.image;
    if (image === undefined || image === null) {
      error('image' in data ? y.keyPositionOf(['image']) : y.positionOf([]), 'image', 'is missing: every article needs a hero photo', 'add image: with src, alt, caption and credit on indented lines below it');
      return;
    }
    if (!isRecord(image)) {
      error(y.positionOf(['image']), 'image', `must be a group of src, alt, caption and credit, found ${describe(image)}`, 'write image: then indented lines src: …, alt: "…", caption: "…", credit: "…"');
      return;
    }
    const pos = 'src' in image ? y.positionOf(['image', 'src']) : y.keyPositionOf(['image']);
    const width = imagePath(pos, 'image.src', image.src, true)?.width;
    if (width !== undefined && width < HERO_MIN_WIDTH) {
      warn(pos, 'image.src', `the hero photo is ${width} px wide; it looks soft on large screens and in link previews`, `use a photo at least ${HERO_MIN_WIDTH} px wide`);
    }
    const f = fieldChecks(y, error, timeZone);
    f.requireString(image, 'alt', ['image', 'alt'], 'alt: "What the photo shows, for readers who cannot see it"');
    f.requireString(image, 'caption', ['image', 'caption'], 'caption: "Who, what, where and when"');
    f.requireString(image, 'credit', ['image', 'credit'], 'credit: "PHOTOGRAPHER / AGENCY"');
    f.unknownFields(image, IMAGE_FIELDS, ['image'], 'image');
  },
};
