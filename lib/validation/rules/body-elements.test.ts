import { describe, expect, it } from 'vitest';
import { parseMdx } from '../../mdx-ast';
import { checkBodyElements } from './body-elements';

/** The fields and messages of the problems in a body (positions are body lines). */
function problemsIn(body: string): [string, string][] {
  const found: [string, string][] = [];
  checkBodyElements(parseMdx(body), undefined, {
    emit: (_severity, _pos, field, message) => found.push([field, message]),
    at: (n) => ({ line: n.position?.start.line ?? 1, column: n.position?.start.column ?? 1 }),
    kind: 'article',
    normalisedBody: '',
    refs: [],
  });
  return found;
}

describe('what a body may hold', () => {
  it('accepts Markdown and harmless HTML', () => {
    expect(problemsIn('Some *text* with <abbr title="x">HTML</abbr>.\n')).toEqual([]);
  });

  it('refuses scripts, event handlers, captionless images and unknown components', () => {
    expect(problemsIn('<script>x</script>\n\n<b onclick="x">a</b>\n\n![a](/b.jpg)\n\n<PullQote>a</PullQote>\n').map(([f]) => f)).toEqual([
      '<script>',
      '<b> onclick',
      'body',
      '<PullQote>',
    ]);
  });
});
