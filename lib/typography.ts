import type { Root } from 'mdast';
import remarkSmartypants from 'remark-smartypants';
import { retext } from 'retext';
import { unified } from 'unified';
import retextSmartypants from 'retext-smartypants';
import type { VFile } from 'vfile';
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

/** The same typography for a plain string (headline, standfirst). */
export function typeset(text: string, edition: Edition): string {
  return String(processors.get(edition)!.processSync(text));
}

/** remark plugin: typographic punctuation in the document's edition. */
export function remarkTypography({ contentDir, edition }: { contentDir?: string; edition?: Edition } = {}) {
  return (tree: Root, file: VFile) => {
    transformers.get(edition ?? documentEdition(file, contentDir))!.runSync(tree, file);
  };
}
