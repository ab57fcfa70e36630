import { getArticle } from './articles';
import { EDITIONS, editions, type Edition } from './site';

// An article address in any edition: /articles/<slug> or <edition prefix>/articles/<slug>.
const ARTICLE_PATH = /^(\/[a-z]{2})?\/articles\/([^/?#]+)\/?(?:[?#].*)?$/;

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
  const edition = EDITIONS.find((e: Edition) => editions[e].prefix === (m[1] ?? ''));
  if (!edition) return href; // not an edition's address: some other page
  let slug: string;
  try {
    slug = decodeURIComponent(m[2]!);
  } catch {
    return undefined;
  }
  return getArticle(edition, slug) ? href : undefined;
}
