import { describe, expect, it } from 'vitest';
import { articleMetadata, inEveryEdition, languageAlternates, pageMetadata } from './metadata';

const article = {
  title: 'A headline',
  dek: 'A standfirst.',
  url: '/articles/a-headline',
  slug: 'a-headline',
  draft: false,
  publishedAt: '2026-01-07T21:00:00.000Z',
  tags: ['Oil', 'Iraq'],
  image: { alt: 'Alt text' },
};

describe('article metadata', () => {
  it('uses the generated 1200×630 card by default, with times in the publication offset', () => {
    const m = articleMetadata(article, '2026-01-09T11:20:00.000Z', [{ url: '/authors/x' }], { title: 'Gulf' });
    const og = m.openGraph as Record<string, unknown>;
    expect(og.images).toEqual([{ url: '/og/a-headline.jpg', width: 1200, height: 630, alt: 'Alt text' }]);
    expect(og.publishedTime).toBe('2026-01-08T00:00:00+03:00');
    expect(og.modifiedTime).toBe('2026-01-09T14:20:00+03:00');
    expect(og.authors).toEqual(['https://standfirst.example/authors/x']);
    expect(og.section).toBe('Gulf');
    expect(og.tags).toBeUndefined();
    expect(m.robots).toEqual({ 'max-image-preview': 'large' });
  });
  it("uses the editor's social image, with its real size, when given", () => {
    const m = articleMetadata({ ...article, socialImage: '/images/reference/paris-summit.jpg' }, article.publishedAt, [], undefined);
    expect((m.openGraph as Record<string, unknown>).images).toEqual([
      { url: '/images/reference/paris-summit.jpg', width: 1600, height: 900, alt: 'Alt text' },
    ]);
  });
  it('marks drafts noindex', () => {
    expect(articleMetadata({ ...article, draft: true }, article.publishedAt, [], undefined).robots).toMatchObject({ index: false });
    expect(pageMetadata({ path: '/x', noindex: true }).robots).toMatchObject({ index: false });
  });
  it('gives a page without a title of its own the edition\'s full name, never an empty <title>', () => {
    expect(pageMetadata({ path: '/' }).title).toEqual({ absolute: expect.stringMatching(/^Standfirst — ./) });
    expect(pageMetadata({ path: '/x', title: 'X' }).title).toBe('X');
  });
});

describe('hreflang alternates', () => {
  const en = { ...article, lang: 'en' as const, url: '/articles/a-headline' };
  const ar = { ...article, lang: 'ar' as const, slug: 'ar-headline', url: '/ar/articles/ar-headline' };
  const languages = (m: ReturnType<typeof articleMetadata>) => (m.alternates?.languages ?? {}) as Record<string, string>;

  it('are reciprocal between translations, with x-default on the English version', () => {
    const fromEn = languages(articleMetadata(en, en.publishedAt, [], undefined, [ar]));
    const fromAr = languages(articleMetadata(ar, ar.publishedAt, [], undefined, [en]));
    const expected = {
      en: 'https://standfirst.example/articles/a-headline',
      ar: 'https://standfirst.example/ar/articles/ar-headline',
      'x-default': 'https://standfirst.example/articles/a-headline',
    };
    expect(fromEn).toEqual(expected);
    expect(fromAr).toEqual(expected);
  });
  it('are left out when the page has no translation (nothing to be an alternate of)', () => {
    expect(languages(articleMetadata(ar, ar.publishedAt, [], undefined))).toEqual({});
    expect(languages(articleMetadata(en, en.publishedAt, [], undefined))).toEqual({});
  });
  it('give an Arabic page the Arabic OpenGraph locale', () => {
    const og = pageMetadata({ path: '/ar', edition: 'ar', versions: inEveryEdition('/') }).openGraph as Record<string, unknown>;
    expect(og.locale).toBe('ar_AR');
    expect(languageAlternates('ar', '/ar', inEveryEdition('/'))).toEqual({
      en: 'https://standfirst.example/',
      ar: 'https://standfirst.example/ar',
      'x-default': 'https://standfirst.example/',
    });
  });
});
