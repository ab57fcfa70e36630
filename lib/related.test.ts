import { describe, expect, it } from 'vitest';
import { pickRelated, type RelatedCandidate } from './related';

const a = (slug: string, over: Partial<RelatedCandidate> = {}): RelatedCandidate => ({
  slug,
  section: 'gulf',
  tags: [],
  publishedAt: '2026-01-01T00:00:00.000Z',
  related: [],
  ...over,
});

describe('pickRelated', () => {
  const pool = [
    a('self', { tags: ['Oil', 'Iraq'], section: 'economy', related: ['pick-2', 'pick-1'] }),
    a('pick-1', { section: 'culture', publishedAt: '2025-01-01T00:00:00.000Z' }),
    a('pick-2', { section: 'culture', publishedAt: '2024-01-01T00:00:00.000Z' }),
    a('same-tag-new', { tags: ['oil'], section: 'gulf', publishedAt: '2026-03-01T00:00:00.000Z' }),
    a('same-section-old', { section: 'economy', publishedAt: '2025-06-01T00:00:00.000Z' }),
    a('same-tag-old', { tags: ['Iraq'], publishedAt: '2025-02-01T00:00:00.000Z' }),
    a('unrelated-newest', { section: 'culture', publishedAt: '2026-06-01T00:00:00.000Z' }),
  ];
  const self = pool[0]!;

  it('puts editor picks first, in the editor’s order, then fills by shared tag or section, newest first', () => {
    expect(pickRelated(self, pool, 4).map((r) => r.slug)).toEqual(['pick-2', 'pick-1', 'same-tag-new', 'same-section-old']);
  });
  it('never returns the article itself, nor an unrelated article, and stops at the count', () => {
    const slugs = pickRelated(self, pool, 10).map((r) => r.slug);
    expect(slugs).not.toContain('self');
    expect(slugs).not.toContain('unrelated-newest');
    expect(slugs).toHaveLength(5);
    expect(new Set(slugs).size).toBe(slugs.length);
  });
  it('skips picks that are not published (drafts are not in the list it is given)', () => {
    const published = pool.filter((p) => p.slug !== 'pick-2');
    expect(pickRelated(self, published, 2).map((r) => r.slug)).toEqual(['pick-1', 'same-tag-new']);
  });
  it('ignores a pick of the article itself', () => {
    const selfPick = { ...self, related: ['self', 'pick-1'] };
    expect(pickRelated(selfPick, pool, 1).map((r) => r.slug)).toEqual(['pick-1']);
  });
});
