import { describe, expect, it } from 'vitest';
import { articleOptions } from './article-options';
import { ARTICLE_RULES } from './registry';
import { runRule, VALID_ARTICLE } from './test-document';

describe('article options', () => {
  it('is in the registry and accepts the known format and flags', () => {
    expect(ARTICLE_RULES).toContain(articleOptions);
    const { problems, info } = runRule(articleOptions, [...VALID_ARTICLE, 'format: opinion', 'draft: true', 'featured: false']);
    expect(problems).toEqual([]);
    expect(info.draft).toBe(true);
  });

  it('suggests the nearest format and wants draft and featured as true or false', () => {
    const { problems } = runRule(articleOptions, [...VALID_ARTICLE, 'format: analysys', 'draft: "yes"', 'featured: 1']);
    expect(problems.map((p) => [p.field, p.message, p.fix.slice(0, 20)])).toEqual([
      ['format', 'must be one of analysis, explainer, opinion, interview, found the text "analysys"', 'did you mean analysi'],
      ['draft', 'must be true or false, found the text "yes"', 'write draft: true or'],
      ['featured', 'must be true or false, found the number 1', 'write featured: true'],
    ]);
  });
});
