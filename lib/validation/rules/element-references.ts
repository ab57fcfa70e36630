import { closest } from '../closest';
import type { SiteRule } from './types';

// Element attributes naming an article (RelatedLink slug): a published article of the same edition.
export const elementReferences: SiteRule = {
  name: 'element references',
  check({ articles, articleRefs, now, error }) {
    const articleBySlug = new Map(articles.map((a) => [a.slug, a]));
    const slugs = [...articleBySlug.keys()];
    const sourceLang = new Map(articles.map((a) => [a.file, a.lang]));
    for (const ref of articleRefs) {
      const field = `<${ref.element}> ${ref.attr}`;
      const target = articleBySlug.get(ref.value);
      const lang = ref.kind === 'article' ? sourceLang.get(ref.file) : undefined;
      if (!target) {
        const near = closest(ref.value, slugs);
        error(ref.file, ref.pos, field, `no article has the slug "${ref.value}"`, near ? `did you mean ${near}?` : 'use the file name (without .mdx) of an article in content/articles/');
      } else if (target.file === ref.file) {
        error(ref.file, ref.pos, field, 'points to the article itself', 'link to another article');
      } else if (target.draft) {
        error(ref.file, ref.pos, field, `"${ref.value}" is a draft, so readers could not open it`, 'link to a published article, or publish that one first');
      } else if ((target.publishedAt ?? 0) > now.getTime()) {
        error(ref.file, ref.pos, field, `"${ref.value}" is scheduled and not yet published, so readers could not open it`, 'link to a published article, or add the link once it is out');
      } else if (lang && target.lang && target.lang !== lang) {
        error(ref.file, ref.pos, field, `"${ref.value}" is in the ${target.lang} edition, this article in the ${lang} edition`, 'link to an article of the same edition (its translation, if it has one)');
      }
    }
  },
};
