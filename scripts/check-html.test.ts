import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkHtml, formatMessage } from './check-html';

const fixtures = path.resolve(import.meta.dirname, '../tests/fixtures');

describe('HTML validation with the Nu Html Checker (scripts/check-html.ts)', () => {
  it('passes valid pages', () => {
    expect(checkHtml([path.join(fixtures, 'mini-site')]).errors).toEqual([]);
  }, 60_000);

  it('reports every error in an invalid page, with file and line', () => {
    const dir = path.join(fixtures, 'invalid-html');
    const { errors } = checkHtml([dir]);
    const lines = errors.map((e) => formatMessage(e, dir));
    expect(lines.some((l) => /^bad\.html:1:\d+ .*Duplicate ID “x”/.test(l))).toBe(true);
    expect(lines.some((l) => /Element “div” not allowed as child of element “ul”/.test(l))).toBe(true);
    expect(lines.some((l) => /An “img” element must have an “alt” attribute/.test(l))).toBe(true);
  }, 60_000);
});
