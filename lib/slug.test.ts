import { describe, expect, it } from 'vitest';
import { slugify } from './slug';

describe('slugify', () => {
  it.each([
    ['Türkiye', 'turkiye'],
    ['United States', 'united-states'],
    ['  Oil & Gas -- 2026 ', 'oil-gas-2026'],
    ['Côte d’Ivoire', 'cote-divoire'],
    ["The Gulf's next decade", 'the-gulfs-next-decade'],
    ['الطاقة', 'الطاقة'],
    ['النفط والغاز', 'النفط-والغاز'],
    ['الأمن الغذائي', 'الأمن-الغذائي'],
    ['الأردن', 'الأردن'],
    ['Sovereign wealth', 'sovereign-wealth'],
  ])('%j → %j', (input, slug) => {
    expect(slugify(input)).toBe(slug);
  });
  it('gives the same slug to tags that differ only in case or accents', () => {
    expect(slugify('Oil')).toBe(slugify('OIL'));
    expect(slugify('Türkiye')).toBe(slugify('Turkiye'));
  });
});
