import { describe, expect, it } from 'vitest';
import { brokenFixtureTests, type BrokenCase } from './broken-fixtures';
import { SECTION_RULES } from './registry';
import { sectionFrontMatter } from './section-front-matter';
import { runRule } from './test-document';

describe('section front matter', () => {
  it('is in the registry and accepts a title, a description and an order', () => {
    expect(SECTION_RULES).toContain(sectionFrontMatter);
    expect(runRule(sectionFrontMatter, ['title: Economy', 'description: Money.', 'order: 2']).problems).toEqual([]);
  });

  it('wants the order as a number and a description', () => {
    const { problems } = runRule(sectionFrontMatter, ['title: Economy', 'order: "2"']);
    expect(problems.map((p) => [p.field, p.message])).toEqual([
      ['description', 'is missing'],
      ['order', 'must be a number, found the text "2"'],
    ]);
  });

  // Each fixture in tests/fixtures/broken-sections: a section file with one defect.
  const broken: BrokenCase[] = [
    ['missing-title.yaml', 'title', /is missing/],
    ['order-not-number.yaml', 'order', /must be a number/],
    ['unknown-field.yaml', 'titel', /is not a field of a section/],
  ];
  brokenFixtureTests('broken-sections', 'sections', broken);
});
