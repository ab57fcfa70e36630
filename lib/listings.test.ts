import { describe, expect, it } from 'vitest';
import { PLACEHOLDER_SLUG, slugParams } from './listings';
import { slugify } from './slug';

describe('static params of [slug] routes', () => {
  it('are the slugs when there are any', () => {
    expect(slugParams(['a', 'b'])).toEqual([{ slug: 'a' }, { slug: 'b' }]);
  });

  it('are one placeholder when an edition has none yet, so the static export does not fail', () => {
    expect(slugParams([])).toEqual([{ slug: PLACEHOLDER_SLUG }]);
  });

  it('use a placeholder no article, topic or writer can have', () => {
    // Content slugs are made of lowercase letters, digits and hyphens; slugify never yields an underscore.
    expect(slugify(PLACEHOLDER_SLUG)).not.toBe(PLACEHOLDER_SLUG);
    expect(PLACEHOLDER_SLUG).not.toMatch(/^[\p{Ll}\p{Lo}\p{N}-]+$/u);
  });
});
