import { describe, expect, it } from 'vitest';
import { heroImage } from './hero-image';
import { ARTICLE_RULES } from './registry';
import { runRule, VALID_ARTICLE, withLine } from './test-document';

describe('the hero image', () => {
  it('is in the registry and accepts a described, credited, wide photo', () => {
    expect(ARTICLE_RULES).toContain(heroImage);
    expect(runRule(heroImage, VALID_ARTICLE).problems).toEqual([]);
  });

  it('must have a credit', () => {
    const { problems } = runRule(heroImage, withLine(VALID_ARTICLE, '  credit:'));
    expect(problems).toMatchObject([{ severity: 'error', field: 'image.credit', message: 'is missing' }]);
  });

  it('is a warning when narrower than large screens need', () => {
    const { problems } = runRule(heroImage, VALID_ARTICLE, { imageWidth: 800 });
    expect(problems).toMatchObject([{ severity: 'warning', field: 'image.src', line: 9 }]);
    expect(problems[0]!.message).toContain('800 px wide');
  });
});
