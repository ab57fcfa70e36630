import { describe, expect, it } from 'vitest';
import { parseMdx } from '../../mdx-ast';
import { locateMdxError, type MdxError } from './mdx-parse-error';

const locate = (body: string) => {
  try {
    parseMdx(body);
  } catch (e) {
    return locateMdxError(body, e as MdxError);
  }
  throw new Error('expected a parse error');
};

describe('malformed MDX positions', () => {
  it('puts an unclosed tag at its opening line, whatever comes after it', () => {
    const found = locate('Intro.\n\n<Figure src="/a.jpg" alt="x"\n  caption="y" credit="z"\n\nWords the parser reads as attributes.\n');
    expect(found).toMatchObject({ pos: { line: 3, column: 1 }, tag: 'Figure' });
  });

  it('keeps the parser position for an element closed by > but never ended', () => {
    const found = locate('Intro.\n\n<PullQuote>Text\n\nMore.\n');
    expect(found.pos).toEqual({ line: 3, column: 1 });
    expect(found.tag).toBeUndefined();
  });

  it('reads the position from the message when the error has none', () => {
    expect(locate('Intro.\n\n<Figure src="/a.jpg" alt="x"\n  caption="y" credit="z">\n\nMore.\n').pos.line).toBe(3);
  });
});
