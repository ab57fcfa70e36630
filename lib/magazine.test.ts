import { describe, expect, it } from 'vitest';
import { groupBySection } from './magazine';
import { publicationIssue } from './seo';

describe('an issue’s contents', () => {
  it('are grouped by section, sections in the order their first article is printed, articles in print order', () => {
    const printed = [
      { slug: 'cover', section: 'gulf' },
      { slug: 'b', section: 'economy' },
      { slug: 'c', section: 'gulf' },
      { slug: 'd', section: 'culture' },
      { slug: 'e', section: 'economy' },
    ];
    const groups = groupBySection(printed, (a) => a.section.toUpperCase());
    expect(groups.map((g) => [g.section, g.articles.map((a) => a.slug)])).toEqual([
      ['GULF', ['cover', 'c']],
      ['ECONOMY', ['b', 'e']],
      ['CULTURE', ['d']],
    ]);
  });
});

describe('publicationIssue', () => {
  it('is a PublicationIssue of the edition’s Periodical, with number and month', () => {
    const issue = publicationIssue({ title: 'Cover line', number: 9, url: '/ar/magazine/2026-11', publishedAt: '2026-10-31T21:00:00.000Z', lang: 'ar' });
    expect(issue).toMatchObject({
      '@type': 'PublicationIssue',
      url: 'https://standfirst.example/ar/magazine/2026-11',
      issueNumber: '9',
      datePublished: '2026-11',
      isPartOf: { '@type': 'Periodical', name: 'ستاندفرست', url: 'https://standfirst.example/ar/magazine' },
    });
  });
});
