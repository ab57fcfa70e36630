import { describe, expect, it } from 'vitest';
import { articleFields } from './article-front-matter';
import { editorialLints } from './editorial-lints';
import { ARTICLE_LINTS } from './registry';
import { runRule, VALID_ARTICLE, withLine } from './test-document';

const withFields = { name: 'fields then lints', check: (doc: Parameters<typeof editorialLints.check>[0]) => [articleFields, editorialLints].forEach((r) => r.check(doc)) };

describe('editorial lints', () => {
  it('is in the registry and has nothing to say about a finished article', () => {
    expect(ARTICLE_LINTS).toContain(editorialLints);
    expect(runRule(withFields, VALID_ARTICLE).problems).toEqual([]);
  });

  it('warns about TODOs, missing tags and a short standfirst', () => {
    const lines = withLine(withLine(VALID_ARTICLE, 'tags:'), 'dek:', 'dek: "TODO"');
    const { problems } = runRule(editorialLints, lines, { body: 'First.\nTODO: the end\n' });
    expect(problems.every((p) => p.severity === 'warning')).toBe(true);
    expect(problems.map((p) => [p.field, p.line])).toEqual([
      ['dek', 3],
      ['tags', 2],
      ['dek', 3],
      ['body', 14],
    ]);
  });

  it('tells that a future-dated article is scheduled', () => {
    const { problems, info } = runRule(withFields, VALID_ARTICLE, { now: new Date('2025-12-01T00:00:00Z') });
    expect(info.scheduled).toBe(true);
    expect(problems).toMatchObject([{ severity: 'warning', field: 'date' }]);
    expect(problems[0]!.message).toMatch(/^scheduled: goes live at the first build after/);
  });
});
