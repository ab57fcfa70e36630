import { closest } from '../closest';
import type { SiteRule } from './types';

// Front-matter references to other files: the section, the authors, the editor's related picks.
export const references: SiteRule = {
  name: 'references',
  check({ articles, authors, sections, error, warn }) {
    const articleBySlug = new Map(articles.map((a) => [a.slug, a]));
    const sectionNames = [...sections.keys()];
    const authorNames = [...authors.keys()];
    for (const a of articles) {
      if (a.section && !sections.has(a.section.value)) {
        const near = closest(a.section.value, sectionNames);
        error(a.file, a.section.pos, 'section', `"${a.section.value}" is not a section`, near ? `did you mean ${near}?` : `use one of: ${sectionNames.join(', ') || '(none yet)'}, or create content/sections/${a.section.value}.yaml`);
      }
      for (const au of a.authors) {
        if (authors.has(au.value)) continue;
        const near = closest(au.value, authorNames);
        error(a.file, au.pos, 'authors', `"${au.value}" is not an author`, near ? `did you mean ${near}?` : `use one of: ${authorNames.join(', ') || '(none yet)'}, or create content/authors/${au.value}.mdx`);
      }
      const seen = new Set<string>();
      for (const r of a.related) {
        if (seen.has(r.value)) {
          error(a.file, r.pos, 'related', `lists "${r.value}" twice`, 'remove the repeated slug');
          continue;
        }
        seen.add(r.value);
        if (r.value === a.slug) {
          error(a.file, r.pos, 'related', 'points to the article itself', `remove "${r.value}" from related`);
          continue;
        }
        const target = articleBySlug.get(r.value);
        if (!target) {
          const near = closest(r.value, [...articleBySlug.keys()]);
          error(a.file, r.pos, 'related', `no article has the slug "${r.value}"`, near ? `did you mean ${near}?` : 'use the file name (without .mdx) of an article in content/articles/');
        } else if (target.draft && !a.draft) {
          warn(a.file, r.pos, 'related', `"${r.value}" is a draft, so it is left out until it is published`, 'nothing to do if that is intended');
        }
      }
    }
  },
};
