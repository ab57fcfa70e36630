import { describe, expect, it } from 'vitest';
import { articleFields } from './article-front-matter';
import { corrections } from './corrections';
import { ARTICLE_RULES } from './registry';
import { runRule, VALID_ARTICLE } from './test-document';

describe('corrections', () => {
  it('is in the registry, after the rule that reads the publication date', () => {
    expect(ARTICLE_RULES.indexOf(corrections)).toBeGreaterThan(ARTICLE_RULES.indexOf(articleFields));
  });

  it('wants a text, and a date not before the article was published', () => {
    const lines = [...VALID_ARTICLE, 'corrections:', '  - date: 2025-12-01', '  - text: "No date"', '  - date: 2026-01-09'];
    // The publication date is read by articleFields, which runs first in the registry.
    const { problems } = runRule({ name: 'both', check: (doc) => [articleFields, corrections].forEach((r) => r.check(doc)) }, lines);
    expect(problems.map((p) => [p.field, p.message])).toEqual([
      ['corrections[1].date', 'is before the article was published'],
      ['corrections[1].text', 'is missing'],
      ['corrections[2].date', 'is missing'],
      ['corrections[3].text', 'is missing'],
    ]);
  });

  it('must be a list', () => {
    const { problems } = runRule(corrections, [...VALID_ARTICLE, 'corrections: "none"']);
    expect(problems).toMatchObject([{ field: 'corrections', message: 'must be a list, found the text "none"' }]);
  });
});
