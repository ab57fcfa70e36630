import { afterEach, describe, expect, it } from 'vitest';
import { now } from './clock';
import { isPublished, publicationState } from './publication';

afterEach(() => {
  delete process.env.STANDFIRST_NOW;
});

describe('publication state', () => {
  const at = new Date('2026-11-26T12:00:00Z');
  it('publishes past articles, holds drafts and future-dated ones', () => {
    expect(publicationState({ draft: false, publishedAt: '2026-11-26T11:59:59.000Z' }, at)).toBe('published');
    expect(publicationState({ draft: false, publishedAt: '2026-11-26T12:00:01.000Z' }, at)).toBe('scheduled');
    expect(publicationState({ draft: true, publishedAt: '2020-01-01T00:00:00.000Z' }, at)).toBe('draft');
    expect(isPublished({ draft: true, publishedAt: '2020-01-01T00:00:00.000Z' }, at)).toBe(false);
  });
  it('takes "now" from STANDFIRST_NOW when set', () => {
    process.env.STANDFIRST_NOW = '2030-01-01T00:00:00Z';
    expect(now().toISOString()).toBe('2030-01-01T00:00:00.000Z');
    expect(isPublished({ draft: false, publishedAt: '2029-06-01T00:00:00.000Z' })).toBe(true);
    process.env.STANDFIRST_NOW = 'tomorrow';
    expect(() => now()).toThrow(/STANDFIRST_NOW/);
  });
});
