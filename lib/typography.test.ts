import { describe, expect, it } from 'vitest';
import { typeset, typesetArticle } from './typography';

const article = (lang: 'en' | 'ar', title: string) => ({
  lang,
  slug: 'x',
  title,
  dek: `It's "fine" -- mostly.`,
  image: { caption: `The minister's car.`, alt: `Don't change "this"`, credit: `REUTERS/Name` },
  corrections: [{ date: '2026-01-01', text: `We misspelt the minister's name.` }],
});

describe('typeset', () => {
  it('sets curly quotes, apostrophes and dashes in English', () => {
    expect(typeset(`"Erbil's two capitals" -- 2019--2024`, 'en')).toBe('“Erbil’s two capitals” – 2019–2024');
  });

  it('sets ellipses, and leaves text without anything to set exactly as written', () => {
    expect(typeset('Wait... and see. . .', 'en')).toBe('Wait… and see…');
    for (const plain of ['Drawing the line: Lebanon and Syria try to settle their border', 'A well-known 2.5% rise', 'عنوان بلا علامات']) {
      expect(typeset(plain, 'en')).toBe(plain);
      expect(typeset(plain, 'ar')).toBe(plain);
    }
  });

  it('sets guillemets in Arabic', () => {
    expect(typeset('قال "لا"', 'ar')).toBe('قال «لا»');
  });
});

describe('typesetArticle', () => {
  it('typesets the headline, standfirst, caption and corrections, in the article’s edition', () => {
    const en = typesetArticle(article('en', `Egypt's "debt" reckoning`));
    expect(en.title).toBe('Egypt’s “debt” reckoning');
    expect(en.dek).toBe('It’s “fine” – mostly.');
    expect(en.image.caption).toBe('The minister’s car.');
    expect(en.corrections[0]?.text).toBe('We misspelt the minister’s name.');
    expect(typesetArticle(article('ar', 'عنوان "مقتبس"')).title).toBe('عنوان «مقتبس»');
  });

  it('leaves alt text, credits and every other field as written', () => {
    const a = article('en', `A "title"`);
    const set = typesetArticle(a);
    expect(set.image.alt).toBe(a.image.alt);
    expect(set.image.credit).toBe(a.image.credit);
    expect(set.slug).toBe('x');
    expect(a.title).toBe('A "title"'); // the document itself is not changed
  });
});
