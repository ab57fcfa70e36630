import { describe, expect, it } from 'vitest';
import { parseMdx } from './mdx-ast';
import { remarkPullQuoteLayout, textRunsPast } from './pull-quote-layout';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

const sentence = 'The ministry has promised a decision before the summer, and nobody in the capital believes it. ';
const para = (sentences: number) => sentence.repeat(sentences).trim();
const QUOTE = 'Egypt bought time rather than solving the problem.';

function floats(mdx: string): boolean[] {
  const tree = parseMdx(mdx) as Root;
  remarkPullQuoteLayout()(tree);
  const out: boolean[] = [];
  visit(tree, ['mdxJsxFlowElement', 'mdxJsxTextElement'], (node) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'PullQuote') {
      out.push(node.attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name === 'float'));
    }
  });
  return out;
}

describe('pull-quote layout', () => {
  it('floats a quote followed by enough text to run past its foot', () => {
    expect(floats(`<PullQuote>${QUOTE}</PullQuote>\n\n${para(3)}\n\n${para(3)}\n\n${para(2)}\n`)).toEqual([true]);
  });

  it('keeps it in the flow when a heading, photo or box comes too soon', () => {
    expect(floats(`<PullQuote>${QUOTE}</PullQuote>\n\n${para(1)}\n\n## A heading\n\n${para(9)}\n`)).toEqual([false]);
    expect(floats(`<PullQuote>${QUOTE}</PullQuote>\n\n<Figure src="/x.jpg" alt="a" caption="c" credit="d" />\n\n${para(9)}\n`)).toEqual([false]);
    expect(floats(`${para(9)}\n\n<PullQuote>${QUOTE}</PullQuote>\n`)).toEqual([false]);
  });

  it('reads the quote written over several lines as well as on one', () => {
    expect(floats(`<PullQuote>\n${QUOTE}\n</PullQuote>\n\n${para(3)}\n\n${para(3)}\n\n${para(2)}\n`)).toEqual([true]);
  });

  it('asks a longer quote for more text', () => {
    const text = [para(3), para(2)];
    expect(textRunsPast(QUOTE, text)).toBe(true);
    expect(textRunsPast(QUOTE.repeat(4), text)).toBe(false);
  });

  it('decides each quote on its own', () => {
    expect(floats(`<PullQuote>${QUOTE}</PullQuote>\n\n${para(9)}\n\n<PullQuote>${QUOTE}</PullQuote>\n\n## Next\n`)).toEqual([true, false]);
  });
});
