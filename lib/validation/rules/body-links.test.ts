import { describe, expect, it } from 'vitest';
import { parseMdx } from '../../mdx-ast';
import { articleAddress, bodyLinkProblems, bodyLinks } from './body-links';

const near = (v: string, known: readonly string[]) => known.find((k) => k.startsWith(v.slice(0, 4)));
const targets = [
  { slug: 'gulf-ports', lang: 'en', draft: false, scheduled: false },
  { slug: 'river-quota', lang: 'en', draft: true, scheduled: false },
  { slug: 'mawani', lang: 'ar', draft: false, scheduled: true },
];

describe('body links', () => {
  it('finds Markdown links, definitions and <a href> with their lines', () => {
    const tree = parseMdx('One [a](/articles/x).\n\n[b]: /ar/articles/y\n\n<a href="/about">c</a>\n');
    expect(bodyLinks(tree).map((l) => [l.url, l.pos.line])).toEqual([['/articles/x', 1], ['/ar/articles/y', 3], ['/about', 5]]);
  });

  it('reads the edition and slug of an article address only', () => {
    expect(articleAddress('/ar/articles/mawani#x')).toEqual({ edition: 'ar', slug: 'mawani' });
    expect(articleAddress('/articles/gulf-ports/')).toEqual({ edition: 'en', slug: 'gulf-ports' });
    expect(articleAddress('/sections/gulf')).toBeUndefined();
    expect(articleAddress('https://example.org/articles/x')).toBeUndefined();
  });

  it('errs on a missing slug, warns on a draft or scheduled one, in both editions', () => {
    const at = { line: 3, column: 1 };
    const found = bodyLinkProblems(
      [{ url: '/articles/gulf-port', pos: at }, { url: '/articles/river-quota', pos: at }, { url: '/ar/articles/mawani', pos: at }, { url: '/ar/articles/gulf-ports', pos: at }, { url: '/articles/gulf-ports', pos: at }],
      targets,
      near,
    );
    expect(found.map((p) => [p.severity, p.fix])).toEqual([
      ['error', 'did you mean /articles/gulf-ports?'],
      ['warning', 'nothing to do if that is intended'],
      ['warning', 'nothing to do if that is intended'],
      ['error', 'that article is in the en edition: link to /articles/gulf-ports'],
    ]);
  });
});
