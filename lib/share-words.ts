import type { Edition } from './site';

// The share island's words, by edition. Kept out of lib/dictionaries.ts so the island can bundle
// them (a few dozen bytes) instead of every article's HTML carrying them as data attributes.
export const SHARE_ISLAND_WORDS: Record<Edition, { copyLink: string; copied: string; copyFailed: string }> = {
  en: { copyLink: 'Copy link', copied: 'Link copied', copyFailed: 'Could not copy: select the address bar instead' },
  ar: { copyLink: 'انسخ الرابط', copied: 'نُسخ الرابط', copyFailed: 'تعذّر النسخ: انسخ العنوان من شريط المتصفح' },
};

/** The edition whose words a page uses, from its `<html lang>`. */
export function editionOfLang(lang: string): Edition {
  return lang === 'ar' ? 'ar' : 'en';
}
