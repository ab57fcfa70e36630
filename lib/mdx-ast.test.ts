import { describe, expect, it } from 'vitest';
import { bodyText, countWords, extractHeadings, parseMdx, readingMinutes } from './mdx-ast';

describe('extractHeadings', () => {
  it('lists ## headings with the ids rehype-slug gives them, duplicates numbered across levels', () => {
    const tree = parseMdx('# Intro\n\n## The *crux* of it\n\ntext\n\n### Intro\n\n## Intro\n\n## Türkiye’s role\n');
    expect(extractHeadings(tree)).toEqual([
      { id: 'the-crux-of-it', text: 'The crux of it' },
      { id: 'intro-2', text: 'Intro' },
      { id: 'türkiyes-role', text: 'Türkiye’s role' },
    ]);
  });
});

describe('word count and reading time', () => {
  it('counts prose but not figures or pull-quotes (which repeat the body)', () => {
    const tree = parseMdx(
      'One two three.\n\n<PullQuote>One two three.</PullQuote>\n\n<Figure src="/a.jpg" alt="x y" caption="four five six" credit="A" />\n\n## Four five\n\n- six\n- seven\n',
    );
    expect(countWords(bodyText(tree))).toBe(7);
  });
  it('rounds reading time and never says zero minutes', () => {
    expect(readingMinutes(10, 230)).toBe(1);
    expect(readingMinutes(1150, 230)).toBe(5);
  });
});
