import { defineDocumentType, defineNestedType, makeSource } from 'contentlayer2/source-files';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import { toInstant } from './lib/dates';
import { bodyText, countWords, extractHeadings, parseMdx, readingMinutes } from './lib/mdx-ast';
import { remarkPullQuoteLayout } from './lib/pull-quote-layout';
import { rehypeFootnotes } from './lib/rehype-footnotes';
import { DEFAULT_EDITION, EDITIONS, editionPath, site } from './lib/site';
import { remarkTypography } from './lib/typography';

// The schema lives here and only here. Cross-document rules (related slugs,
// authors, sections, image files) are checked by lib/validation before this runs.

const HeroImage = defineNestedType(() => ({
  name: 'HeroImage',
  fields: {
    src: { type: 'string', required: true },
    alt: { type: 'string', required: true },
    caption: { type: 'string', required: true },
    credit: { type: 'string', required: true },
  },
}));

const Correction = defineNestedType(() => ({
  name: 'Correction',
  fields: {
    date: { type: 'string', required: true },
    text: { type: 'string', required: true },
  },
}));

const slugOf = (flattenedPath: string) => flattenedPath.slice(flattenedPath.indexOf('/') + 1);

export const Article = defineDocumentType(() => ({
  name: 'Article',
  filePathPattern: 'articles/*.mdx',
  contentType: 'mdx',
  fields: {
    title: { type: 'string', required: true },
    dek: { type: 'string', required: true },
    // Strings, not Contentlayer dates: we parse them ourselves in the publication's
    // time zone (see lib/dates.ts) instead of the build machine's.
    date: { type: 'string', required: true },
    updated: { type: 'string', required: false },
    section: { type: 'string', required: true },
    authors: { type: 'list', of: { type: 'string' }, required: true },
    tags: { type: 'list', of: { type: 'string' }, default: [] },
    image: { type: 'nested', of: HeroImage, required: true },
    related: { type: 'list', of: { type: 'string' }, default: [] },
    format: { type: 'enum', options: ['analysis', 'explainer', 'opinion', 'interview'], default: 'analysis' },
    draft: { type: 'boolean', default: false },
    // A hand-made social card (1200×630) to use instead of the generated one.
    socialImage: { type: 'string', required: false },
    // Pins the article as the front page's lead (the newest featured one wins).
    featured: { type: 'boolean', default: false },
    corrections: { type: 'list', of: Correction, default: [] },
    // The edition the article belongs to; articles sharing a translationKey are translations of each other.
    lang: { type: 'enum', options: [...EDITIONS], default: DEFAULT_EDITION },
    translationKey: { type: 'string', required: false },
  },
  computedFields: {
    slug: { type: 'string', resolve: (doc) => slugOf(doc._raw.flattenedPath) },
    url: { type: 'string', resolve: (doc) => editionPath(doc.lang, `/articles/${slugOf(doc._raw.flattenedPath)}`) },
    publishedAt: { type: 'string', resolve: (doc) => toInstant(doc.date, site.timeZone) },
    updatedAt: {
      type: 'string',
      resolve: (doc) => (doc.updated ? toInstant(doc.updated, site.timeZone) : undefined),
    },
    wordCount: { type: 'number', resolve: (doc) => countWords(bodyText(parseMdx(doc.body.raw))) },
    readingTime: {
      type: 'number',
      resolve: (doc) => readingMinutes(countWords(bodyText(parseMdx(doc.body.raw))), site.wordsPerMinute),
    },
    headings: { type: 'json', resolve: (doc) => extractHeadings(parseMdx(doc.body.raw)) },
  },
}));

export const Author = defineDocumentType(() => ({
  name: 'Author',
  filePathPattern: 'authors/*.mdx',
  contentType: 'mdx',
  fields: {
    name: { type: 'string', required: true },
    role: { type: 'string', required: true },
    avatar: { type: 'string', required: false },
    // Localized byline and role for the Arabic edition; the defaults are used without them.
    name_ar: { type: 'string', required: false },
    role_ar: { type: 'string', required: false },
  },
  computedFields: {
    slug: { type: 'string', resolve: (doc) => slugOf(doc._raw.flattenedPath) },
    url: { type: 'string', resolve: (doc) => `/authors/${slugOf(doc._raw.flattenedPath)}` },
  },
}));

export const Section = defineDocumentType(() => ({
  name: 'Section',
  filePathPattern: 'sections/*.yaml',
  contentType: 'data',
  fields: {
    title: { type: 'string', required: true },
    description: { type: 'string', required: true },
    order: { type: 'number', required: false },
    title_ar: { type: 'string', required: false },
    description_ar: { type: 'string', required: false },
  },
  computedFields: {
    slug: { type: 'string', resolve: (doc) => slugOf(doc._raw.flattenedPath) },
    url: { type: 'string', resolve: (doc) => `/sections/${slugOf(doc._raw.flattenedPath)}` },
  },
}));

const Cover = defineNestedType(() => ({
  name: 'Cover',
  fields: {
    src: { type: 'string', required: true },
    alt: { type: 'string', required: true },
    credit: { type: 'string', required: true },
  },
}));

// A monthly print issue: content/magazine/<YYYY-MM>.yaml, or content/magazine/<edition>/<YYYY-MM>.yaml
// for another edition (so both editions can have an issue of the same slug: they are counterparts).
// Slugs, dates and the article list are checked by lib/validation/rules/magazine.ts.
export const Magazine = defineDocumentType(() => ({
  name: 'Magazine',
  filePathPattern: 'magazine/**/*.yaml',
  contentType: 'data',
  fields: {
    title: { type: 'string', required: true },
    number: { type: 'number', required: true },
    date: { type: 'string', required: true },
    cover: { type: 'nested', of: Cover, required: true },
    description: { type: 'string', required: true },
    lang: { type: 'enum', options: [...EDITIONS], default: DEFAULT_EDITION },
    articles: { type: 'list', of: { type: 'string' }, required: true },
    letter: { type: 'string', required: false },
  },
  computedFields: {
    slug: { type: 'string', resolve: (doc) => doc._raw.sourceFileName.replace(/\.yaml$/, '') },
    url: { type: 'string', resolve: (doc) => editionPath(doc.lang, `/magazine/${doc._raw.sourceFileName.replace(/\.yaml$/, '')}`) },
    // An issue goes live at the start of its month, in the newsroom's time zone.
    publishedAt: { type: 'string', resolve: (doc) => toInstant(`${doc.date}-01`, site.timeZone) },
  },
}));

export default makeSource({
  contentDirPath: process.env.STANDFIRST_CONTENT_DIR ?? 'content',
  documentTypes: [Article, Author, Section, Magazine],
  // GFM for tables and footnotes (lib/mdx-ast.ts parses the same way for the content check);
  // typographic quotes and dashes in the document's edition; a pull-quote floats only beside enough text.
  mdx: { remarkPlugins: [remarkGfm, remarkTypography, remarkPullQuoteLayout], rehypePlugins: [rehypeSlug, rehypeFootnotes] },
  // Contentlayer's defaults skip invalid documents and exit 0: an article would
  // silently vanish. Fail instead (lib/validation explains the problem first).
  onMissingOrIncompatibleData: 'fail',
  onExtraFieldData: 'fail',
  onUnknownDocuments: 'fail',
  disableImportAliasWarning: true,
});
