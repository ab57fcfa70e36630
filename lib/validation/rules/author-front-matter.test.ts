import { describe, expect, it } from 'vitest';
import { brokenFixtureTests, type BrokenCase } from './broken-fixtures';
import { authorFrontMatter } from './author-front-matter';
import { AUTHOR_RULES } from './registry';
import { runRule } from './test-document';

describe('author front matter', () => {
  it('is in the registry and accepts a name, a role and a portrait', () => {
    expect(AUTHOR_RULES).toContain(authorFrontMatter);
    expect(runRule(authorFrontMatter, ['name: Ada Writer', 'role: Correspondent', 'avatar: /images/ada.jpg']).problems).toEqual([]);
  });

  it('wants the role as text and knows its fields', () => {
    const { problems } = runRule(authorFrontMatter, ['name: Ada Writer', 'role: [a, b]', 'nme_ar: "x"']);
    expect(problems.map((p) => [p.field, p.message])).toEqual([
      ['role', 'must be text, found a list'],
      ['nme_ar', 'is not a field of an author'],
    ]);
  });

  // Each fixture in tests/fixtures/broken-authors: an author page with one defect.
  const broken: BrokenCase[] = [
    ['avatar-remote.mdx', 'avatar', /points to a remote image/],
    ['missing-name.mdx', 'name', /is missing/],
    ['role-not-text.mdx', 'role', /must be text, found a list/],
    ['unknown-field.mdx', 'bio', /is not a field of an author/],
  ];
  brokenFixtureTests('broken-authors', 'authors', broken);
});
