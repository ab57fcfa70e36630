import { describe, expect, it } from 'vitest';
import { creditParts } from './credit';

const joined = (credit: string) => creditParts(credit).map((p) => p.text + (p.spaceAfter ? ' ' : '')).join('');

describe('creditParts', () => {
  it('splits after a bare slash', () => {
    expect(creditParts('REUTERS/Benoit Tessier')).toEqual([
      { text: 'REUTERS/', spaceAfter: false },
      { text: 'Benoit Tessier', spaceAfter: false },
    ]);
  });
  it('splits after a spaced slash, keeping the slash on the first line', () => {
    expect(creditParts('MONA ABDELAAL / STANDFIRST')).toEqual([
      { text: 'MONA ABDELAAL /', spaceAfter: true },
      { text: 'STANDFIRST', spaceAfter: false },
    ]);
  });
  it('keeps a credit without a separator whole', () => {
    expect(creditParts('ILLUSTRATION: STANDFIRST DESK')).toEqual([{ text: 'ILLUSTRATION: STANDFIRST DESK', spaceAfter: false }]);
  });
  it('gives the credit back verbatim', () => {
    for (const credit of ['AFP / Getty Images / Jane Roe', 'A/B/C', 'x / ', '']) expect(joined(credit)).toBe(credit);
  });
});
