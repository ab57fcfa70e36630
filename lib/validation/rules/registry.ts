import { articleFields, articleUnknownFields } from './article-front-matter';
import { articleOptions } from './article-options';
import { authorFrontMatter } from './author-front-matter';
import { articleLinks } from './body-links';
import { corrections } from './corrections';
import { editorialLints } from './editorial-lints';
import { editions } from './editions';
import { elementReferences } from './element-references';
import { footnotes } from './footnotes';
import { headings } from './headings';
import { heroImage } from './hero-image';
import { imageReuse } from './images';
import { magazine } from './magazine';
import { placeholderImages } from './placeholder-image';
import { references } from './references';
import { sectionFrontMatter } from './section-front-matter';
import { slugCase } from './slugs';
import { tables } from './tables';
import type { ArticleContext, BodyRule, DocumentRule, SiteRule } from './types';
import { unknownFiles } from './unknown-files';

// The content check's rules. Adding one is its module and one line in one of these lists.

/** Run on each section file whose YAML parsed as fields. */
export const SECTION_RULES: readonly DocumentRule[] = [sectionFrontMatter];

/** Run on each author page's front matter, before its body. */
export const AUTHOR_RULES: readonly DocumentRule[] = [authorFrontMatter];

/** Run on each article's front matter, before its body; later rules read what earlier ones put in `info`. */
export const ARTICLE_RULES: readonly DocumentRule<ArticleContext>[] = [
  articleFields,
  heroImage,
  articleOptions,
  corrections,
  articleUnknownFields,
];

/** Run on each article after its body. */
export const ARTICLE_LINTS: readonly DocumentRule<ArticleContext>[] = [editorialLints];

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
