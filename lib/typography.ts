import type { Root } from 'mdast';
import remarkSmartypants from 'remark-smartypants';
import { retext } from 'retext';
import { unified } from 'unified';
import retextSmartypants from 'retext-smartypants';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { ELEMENTS } from './elements/registry';
import { documentEdition } from './document-edition';
import { EDITIONS, type Edition } from './site';

// Typographic quotes, apostrophes, dashes and ellipses at build time, on the Markdown tree:
// text nodes only, so code, URLs and attribute values are never touched (SmartyPants via
// remark-smartypants, which skips code and joins a paragraph's text to pair quotes across links).

type Quotes = { double: string; single: string };
const QUOTES: Record<Edition, { opening: Quotes; closing: Quotes }> = {
  en: { opening: { double: '“', single: '‘' }, closing: { double: '”', single: '’' } },
  // Arabic prints guillemets for quotations; the single pair stays curly so apostrophes in
  // transliterated names keep their ’.
  ar: { opening: { double: '«', single: '‘' }, closing: { double: '»', single: '’' } },
};

function options(edition: Edition) {
  // "oldschool": -- is an en dash (ranges, 2019--2024), --- an em dash.
  return { dashes: 'oldschool' as const, openingQuotes: QUOTES[edition].opening, closingQuotes: QUOTES[edition].closing };
}

const transformers = new Map(EDITIONS.map((e) => [e, unified().use(remarkSmartypants, options(e))]));
const processors = new Map(EDITIONS.map((e) => [e, retext().use(retextSmartypants, options(e))]));

// What SmartyPants can change: quotes, backticks, double or triple hyphens, two or more dots.
// Most headlines and captions have none; they skip the parse (every page's process typesets every
// article's front matter once, so at 50,000 articles this is most of that work).
const TYPESETTABLE = /['"`]|--|\.\s*\./;

/** The same typography for a plain string (headline, standfirst). */
export function typeset(text: string, edition: Edition): string {
  if (!TYPESETTABLE.test(text)) return text;
  return String(processors.get(edition)!.processSync(text));
}

// The attributes readers read (a caption, a box's title), per element, from the element definitions.
const PROSE_ATTRIBUTES = new Map<string, Set<string>>(
  ELEMENTS.map((e) => [e.name, new Set(Object.entries(e.attributes).flatMap(([name, spec]) => (spec.prose ? [name] : [])))]),
);

function typesetAttributes(tree: Root, edition: Edition) {
  visit(tree, ['mdxJsxFlowElement', 'mdxJsxTextElement'], (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const prose = node.name ? PROSE_ATTRIBUTES.get(node.name) : undefined;
    if (!prose) return;
    for (const attr of node.attributes) {
      if (attr.type === 'mdxJsxAttribute' && typeof attr.value === 'string' && prose.has(attr.name)) attr.value = typeset(attr.value, edition);
    }
  });
}

/** remark plugin: typographic punctuation in the document's edition, in its text and its elements' prose attributes. */
export function remarkTypography({ contentDir, edition }: { contentDir?: string; edition?: Edition } = {}) {
  return (tree: Root, file: VFile) => {
    const e = edition ?? documentEdition(file, contentDir);
    transformers.get(e)!.runSync(tree, file);
    typesetAttributes(tree, e);
  };
}

type Typeset = {
  lang: Edition;
  title: string;
  dek: string;
  image: { caption: string };
  corrections: { text: string }[];
};

/**
 * An article's front-matter prose (headline, standfirst, hero caption, corrections) with the
 * typography its body already has. Done once where articles are read (lib/articles.ts), so every
 * headline — page, card, feed, metadata — says the same thing. Alt text and credits stay as
 * written: the one is read aloud, the other is a name list.
 */
export function typesetArticle<T extends Typeset>(article: T): T {
  const set = (text: string) => typeset(text, article.lang);
  return {
    ...article,
    title: set(article.title),
    dek: set(article.dek),
    image: { ...article.image, caption: set(article.image.caption) },
    corrections: article.corrections.map((c) => ({ ...c, text: set(c.text) })),
  };
}
