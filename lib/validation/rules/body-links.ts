import type { Root, RootContent } from 'mdast';
import { EDITIONS, editions, type Edition } from '../../site';
import type { Position } from '../front-matter';
import type { Problem } from '../problems';
import { closest } from '../closest';
import type { Site, SiteRule } from './types';

// Body links to other articles: a slug that no article of that edition has is an error
// (the page would print the words unlinked); a draft or scheduled target is a warning.

export type LinkRef = { url: string; pos: Position };
export type LinkTarget = { slug: string; lang: string; draft: boolean; scheduled: boolean };
type Finding = Omit<Problem, 'file'>;

// The same addresses lib/links.ts resolves: /articles/<slug> or <edition prefix>/articles/<slug>.
const ARTICLE_PATH = /^(\/[a-z]{2})?\/articles\/([^/?#]+)\/?(?:[?#].*)?$/;

/** Every link in a body: Markdown links, link definitions and <a href>, with body-relative positions. */
export function bodyLinks(tree: Root): LinkRef[] {
  const out: LinkRef[] = [];
  const at = (n: RootContent): Position => ({ line: n.position?.start.line ?? 1, column: n.position?.start.column ?? 1 });
  const visit = (n: Root | RootContent) => {
    if (n.type === 'link' || n.type === 'definition') out.push({ url: n.url, pos: at(n) });
    if ((n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') && n.name === 'a') {
      for (const a of n.attributes) {
        if (a.type === 'mdxJsxAttribute' && a.name === 'href' && typeof a.value === 'string') out.push({ url: a.value, pos: at(n) });
      }
    }
    if ('children' in n) for (const c of n.children) visit(c as RootContent);
  };
  visit(tree);
  return out;
}

/** The edition and slug an article address names, or undefined for any other address. */
export function articleAddress(url: string): { edition: Edition; slug: string } | undefined {
  const m = ARTICLE_PATH.exec(url);
  if (!m) return undefined;
  const edition = EDITIONS.find((e) => editions[e].prefix === (m[1] ?? ''));
  if (!edition) return undefined;
  try {
    return { edition, slug: decodeURIComponent(m[2]!) };
  } catch {
    return { edition, slug: m[2]! };
  }
}

type Suggest = (value: string, known: readonly string[]) => string | undefined;

/** Problems for one article's body links, given every article of the site; `suggest` names the nearest slug. */
export function bodyLinkProblems(links: readonly LinkRef[], targets: readonly LinkTarget[], suggest: Suggest = closest): Finding[] {
  const out: Finding[] = [];
  for (const link of links) {
    const address = articleAddress(link.url);
    if (!address) continue;
    const base = { line: link.pos.line, column: link.pos.column, field: 'body link' };
    const inEdition = targets.filter((t) => t.lang === address.edition);
    const target = inEdition.find((t) => t.slug === address.slug);
    const prefix = editions[address.edition].prefix;
    if (!target) {
      const near = suggest(address.slug, inEdition.map((t) => t.slug));
      const elsewhere = targets.find((t) => t.slug === address.slug);
      const fix = near
        ? `did you mean ${prefix}/articles/${near}?`
        : elsewhere
          ? `that article is in the ${elsewhere.lang} edition: link to ${editions[elsewhere.lang as Edition]?.prefix ?? ''}/articles/${elsewhere.slug}`
          : 'link to the file name (without .mdx) of an article in content/articles/';
      out.push({ ...base, severity: 'error', message: `links to ${link.url}, but no ${address.edition} article has the slug "${address.slug}"`, fix });
    } else if (target.draft || target.scheduled) {
      const state = target.draft ? 'a draft' : 'scheduled for later';
      out.push({ ...base, severity: 'warning', message: `links to ${link.url}, which is ${state}: the words show without the link until it is published`, fix: 'nothing to do if that is intended' });
    }
  }
  return out;
}

/** Reports a finding of one of these rules through the site's error or warn. */
export function reportFinding(site: Site, file: string, f: Finding): void {
  (f.severity === 'error' ? site.error : site.warn)(file, { line: f.line, column: f.column }, f.field, f.message, f.fix);
}

/** The rule: every article's body links, against every article of the site. */
export const articleLinks: SiteRule = {
  name: 'body links',
  check(site) {
    const targets = site.articles.map((a) => ({ slug: a.slug, lang: a.lang ?? '', draft: a.draft, scheduled: a.scheduled === true }));
    for (const a of site.articles) {
      for (const f of bodyLinkProblems(site.bodyLinks.get(a.file) ?? [], targets)) reportFinding(site, a.file, f);
    }
  },
};
