import { getArticle } from './articles';

const ARTICLE_PATH = /^\/articles\/([^/?#]+)\/?(?:[?#].*)?$/;

/**
 * Where a link in an article body may point. A link to another article is kept only while
 * that article is public: one to a draft, a scheduled article (until its time) or a slug that
 * does not exist returns undefined, and the body shows the words without the link, so a page
 * never links to a missing page. Every other address is returned unchanged.
 */
export function bodyLinkHref(href: string | undefined): string | undefined {
  if (!href) return href;
  const m = ARTICLE_PATH.exec(href);
  if (!m) return href;
  let slug: string;
  try {
    slug = decodeURIComponent(m[1]!);
  } catch {
    return undefined;
  }
  return getArticle(slug) ? href : undefined;
}
