import { articleLinks } from './body-links';
import { editions } from './editions';
import { elementReferences } from './element-references';
import { footnotes } from './footnotes';
import { headings } from './headings';
import { imageReuse } from './images';
import { magazine } from './magazine';
import { placeholderImages } from './placeholder-image';
import { references } from './references';
import { slugCase } from './slugs';
import { tables } from './tables';
import type { BodyRule, SiteRule } from './types';
import { unknownFiles } from './unknown-files';

// The content check's rules. Adding one is its module and one line in one of these lists.

/** Run on every parsed article and author body; cached by the body's text. */
export const BODY_RULES: readonly BodyRule[] = [
  headings,
  footnotes,
  tables,
];

/** Run once, after every file is read, to compare documents with each other. */
export const SITE_RULES: readonly SiteRule[] = [
  slugCase,
  references,
  elementReferences,
  editions,
  imageReuse,
  placeholderImages,
  articleLinks,
  unknownFiles,
  magazine,
];
