import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';

// Where a pull-quote sits (issue 13): on wide screens it floats beside the text, hanging into the
// margin, but only where the paragraphs after it are long enough to run past its foot. Otherwise
// a heading, photo or box after it would either clear the float and leave a hole in the text or
// run under it, so it stays in the text's flow, full width. Decided here, at build time, from the
// text itself; the component only prints the class.

/** Characters per line of the floated quote (15rem at 1.25em) and of the text beside it (about 35rem of 42). */
const QUOTE_CHARS_PER_LINE = 20;
const TEXT_CHARS_PER_LINE = 55;
/** Heights in lines of body text (1.75em): a quote line is 1.25em × 1.3, its padding and margin about 3em. */
const QUOTE_LINE = (1.25 * 1.3) / 1.75;
const QUOTE_FRAME = 3 / 1.75;
/** Room to spare: Arabic letters, a wider fallback face and short last lines all take more lines than counted. */
const SAFETY = 1.4;

/** Lines of body text the floated quote is tall. */
export function quoteHeightInLines(quote: string): number {
  return Math.ceil(quote.length / QUOTE_CHARS_PER_LINE) * QUOTE_LINE + QUOTE_FRAME;
}

/** Whether paragraphs of these lengths, in order, run past the foot of a floated quote. */
export function textRunsPast(quote: string, paragraphs: readonly string[]): boolean {
  const needed = quoteHeightInLines(quote) * SAFETY;
  // Each paragraph's lines, plus the gap between paragraphs (about 0.7 of a line).
  const lines = paragraphs.reduce((sum, p, i) => sum + Math.ceil(p.length / TEXT_CHARS_PER_LINE) + (i > 0 ? 0.7 : 0), 0);
  return lines >= needed;
}

function paragraphsAfter(siblings: readonly RootContent[], index: number): string[] {
  const texts: string[] = [];
  for (const node of siblings.slice(index + 1)) {
    if (node.type !== 'paragraph' || pullQuoteOf(node)) break;
    texts.push(toString(node));
  }
  return texts;
}

type Jsx = Extract<RootContent, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;

/** The PullQuote a block is: the element itself, or a paragraph holding only it (MDX's own compile unwraps those; a bare parse does not). */
function pullQuoteOf(node: RootContent): Jsx | undefined {
  if (node.type === 'mdxJsxFlowElement') return node.name === 'PullQuote' ? node : undefined;
  if (node.type !== 'paragraph') return undefined;
  const children = node.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
  const only = children.length === 1 ? children[0] : undefined;
  return only?.type === 'mdxJsxTextElement' && only.name === 'PullQuote' ? only : undefined;
}

/** remark plugin: marks each PullQuote that may float with a `float` attribute (never written by editors). */
export function remarkPullQuoteLayout() {
  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      if (index === undefined || !parent || !('children' in parent)) return;
      const quote = pullQuoteOf(node as RootContent);
      if (!quote) return;
      const siblings = parent.children as RootContent[];
      if (textRunsPast(toString(quote), paragraphsAfter(siblings, index))) {
        quote.attributes.push({ type: 'mdxJsxAttribute', name: 'float', value: null });
      }
    });
  };
}
