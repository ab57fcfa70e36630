import type { ArticleInfo, SiteRule } from './types';

// Translations: articles sharing a translationKey must each be in a different language.
// The older article keeps the key; every later one in the same language is the error.
export const editions: SiteRule = {
  name: 'editions',
  check({ articles, error }) {
    const byKey = new Map<string, ArticleInfo[]>();
    for (const a of articles) {
      if (!a.translationKey || !a.lang) continue;
      const k = `${a.lang}\0${a.translationKey.value}`;
      byKey.set(k, [...(byKey.get(k) ?? []), a]);
    }
    for (const group of byKey.values()) {
      if (group.length < 2) continue;
      const [first, ...rest] = [...group].sort((x, y) => (x.publishedAt ?? 0) - (y.publishedAt ?? 0) || x.file.localeCompare(y.file));
      for (const a of rest) {
        error(a.file, a.translationKey!.pos, 'translationKey', `"${a.translationKey!.value}" is already used by ${first!.file}, which is also in ${a.lang}: a translation must be in another language`, `set lang: to the language this article is written in, or give it its own translationKey if it is not a translation of ${first!.file}`);
      }
    }
  },
};
