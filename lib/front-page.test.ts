import { describe, expect, it } from 'vitest';
import { layFrontPage } from './front-page';

const story = (slug: string, section: string, featured = false) => ({ slug, section, featured });
const sections = [{ slug: 'gulf' }, { slug: 'economy' }];
const counts = { secondTier: 2, latest: 3, perSection: 2 };

const everySlug = (f: NonNullable<ReturnType<typeof layFrontPage>>) => [f.lead, ...f.secondTier, ...f.latest, ...f.sections.flatMap((s) => s.articles)].map((a) => a.slug);

describe('the front page', () => {
  it('never shows an article twice: lead, second tier, Latest and section blocks take turns', () => {
    const articles = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].map((s, i) => story(s, i % 2 ? 'gulf' : 'economy', s === 'c'));
    const f = layFrontPage(articles, sections, counts)!;
    expect(f.lead.slug).toBe('c');
    expect(f.secondTier.map((a) => a.slug)).toEqual(['a', 'b']);
    expect(f.latest.map((a) => a.slug)).toEqual(['d', 'e', 'f']);
    const slugs = everySlug(f);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(slugs).toHaveLength(articles.length);
  });

  it('with few articles (a young edition), leaves Latest and the blocks short rather than repeat', () => {
    const f = layFrontPage([story('x', 'gulf'), story('y', 'gulf'), story('z', 'economy')], sections, counts)!;
    expect(everySlug(f)).toEqual(['x', 'y', 'z']);
    expect(f.latest).toEqual([]);
    expect(f.sections).toEqual([]);
  });

  it('has no front page without articles', () => {
    expect(layFrontPage([], sections, counts)).toBeUndefined();
  });
});
