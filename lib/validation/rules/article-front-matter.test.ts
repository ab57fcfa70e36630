import { describe, expect, it } from 'vitest';
import { articleFields, articleUnknownFields } from './article-front-matter';
import { ARTICLE_RULES } from './registry';
import { runRule, VALID_ARTICLE, withLine } from './test-document';

describe('article front matter', () => {
  it('is in the registry and accepts a valid article, recording what the site rules need', () => {
    expect(ARTICLE_RULES).toContain(articleFields);
    const { problems, info } = runRule(articleFields, VALID_ARTICLE);
    expect(problems).toEqual([]);
    expect(info).toMatchObject({ lang: 'en', section: { value: 'politics' }, authors: [{ value: 'ada-writer' }] });
    expect(info.publishedAt).toBeDefined();
  });

  it('reports a missing dek and an update dated before publication', () => {
    const lines = [...withLine(VALID_ARTICLE, 'dek:'), 'updated: 2026-01-01'];
    const { problems } = runRule(articleFields, lines);
    expect(problems.map((p) => [p.field, p.message])).toEqual([
      ['dek', 'is missing'],
      ['updated', 'is earlier than the publication date'],
    ]);
  });

  it('reports a field no article has, suggesting the nearest', () => {
    expect(ARTICLE_RULES).toContain(articleUnknownFields);
    const { problems } = runRule(articleUnknownFields, [...VALID_ARTICLE, 'secton: politics']);
    expect(problems).toMatchObject([{ field: 'secton', message: 'is not a field of an article', fix: 'did you mean "section"? Rename it' }]);
  });
});
