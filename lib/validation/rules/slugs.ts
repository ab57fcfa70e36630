import type { ArticleInfo, SiteRule } from './types';

// Slugs that differ only in case would publish at one address on case-insensitive hosts.
export const slugCase: SiteRule = {
  name: 'slug case',
  check({ articles, authors, sections, error }) {
    const bySlugLower = new Map<string, ArticleInfo[]>();
    for (const a of articles) bySlugLower.set(a.slug.toLowerCase(), [...(bySlugLower.get(a.slug.toLowerCase()) ?? []), a]);
    for (const group of bySlugLower.values()) {
      if (group.length < 2) continue;
      for (const a of group) {
        const others = group.filter((o) => o !== a).map((o) => o.file);
        error(a.file, { line: 1, column: 1 }, 'slug (file name)', `differs only in upper/lower case from ${others.join(', ')}; both would publish at the same address on case-insensitive hosts`, 'rename one of the files so the slugs differ in letters, not just case');
      }
    }
    for (const [label, map] of [['author', authors], ['section', sections]] as const) {
      const lower = new Map<string, string[]>();
      for (const [slug, file] of map) lower.set(slug.toLowerCase(), [...(lower.get(slug.toLowerCase()) ?? []), file]);
      for (const files of lower.values()) {
        if (files.length < 2) continue;
        for (const f of files) error(f, { line: 1, column: 1 }, 'slug (file name)', `differs only in case from another ${label} (${files.filter((o) => o !== f).join(', ')})`, 'rename one of them');
      }
    }
  },
};
