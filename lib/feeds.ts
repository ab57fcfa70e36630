import { statSync } from 'node:fs';
import path from 'node:path';
import type { Article } from 'contentlayer/generated';
import { Feed } from 'feed';
import { getArticleAuthors, getArticleSection } from './articles';
import { query } from './dependencies';
import { dictionary } from './dictionaries';
import { modifiedAt, absoluteUrl } from './seo';
import { editionPath, editions, site, type Edition } from './site';

// RSS 2.0 and Atom feeds, for the whole site and per section: the newest 50
// articles, each with its standfirst, hero image as enclosure, authors and
// categories, all links absolute.

export const FEED_SIZE = 50;

export type FeedScope = { edition: Edition; title: string; description: string; pageUrl: string; rssUrl: string; atomUrl: string };

export function siteFeedScope(edition: Edition): FeedScope {
  const ed = editions[edition];
  return { edition, title: ed.name, description: ed.description, pageUrl: editionPath(edition, '/'), rssUrl: editionPath(edition, '/feed.xml'), atomUrl: editionPath(edition, '/atom.xml') };
}

/** The section as the edition names it (its url already carries the edition's prefix). */
export function sectionFeedScope(edition: Edition, section: { title: string; description: string; url: string }): FeedScope {
  return {
    edition,
    title: `${section.title} | ${editions[edition].name}`,
    description: section.description,
    pageUrl: section.url,
    rssUrl: `${section.url}/feed.xml`,
    atomUrl: `${section.url}/atom.xml`,
  };
}

/** The magazine's issue feed: one item per issue, newest first. */
export function issueFeedScope(edition: Edition): FeedScope {
  const base = editionPath(edition, '/magazine');
  return { edition, title: `${dictionary(edition).magazine.name} | ${editions[edition].name}`, description: dictionary(edition).magazine.description, pageUrl: base, rssUrl: `${base}/feed.xml`, atomUrl: `${base}/atom.xml` };
}

type FeedIssue = { title: string; description: string; url: string; publishedAt: string; cover: { src: string } };

export function buildIssueFeed(scope: FeedScope, issues: readonly FeedIssue[], kind: 'rss' | 'atom'): string {
  const feed = newFeed(scope, issues[0]?.publishedAt);
  for (const issue of issues.slice(0, FEED_SIZE)) {
    const url = absoluteUrl(issue.url);
    feed.addItem({ title: issue.title, id: url, link: url, description: issue.description, date: new Date(issue.publishedAt), published: new Date(issue.publishedAt), image: imageEnclosure(issue.cover.src) });
  }
  return kind === 'rss' ? feed.rss2() : feed.atom1();
}

function imageEnclosure(src: string) {
  return { url: absoluteUrl(src), type: MIME[path.extname(src).toLowerCase()] ?? 'image/jpeg', length: fileSize(src) };
}

function newFeed(scope: FeedScope, newest: string | undefined): Feed {
  const ed = editions[scope.edition];
  return new Feed({
    title: scope.title,
    description: scope.description,
    id: absoluteUrl(scope.pageUrl),
    link: absoluteUrl(scope.pageUrl),
    language: ed.language,
    image: absoluteUrl(site.logo.src),
    favicon: absoluteUrl('/icon.svg'),
    copyright: `© ${ed.name}`,
    updated: newest ? new Date(newest) : new Date(0),
    generator: 'Standfirst',
    feedLinks: { rss: absoluteUrl(scope.rssUrl), atom: absoluteUrl(scope.atomUrl) },
  });
}

const MIME: Record<string, string> = { '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.png': 'image/png', '.webp': 'image/webp', '.avif': 'image/avif', '.gif': 'image/gif', '.svg': 'image/svg+xml' };

/** An enclosure's length in bytes (a query: the feed changes when the photo does). */
const fileSize = query('files.size', (src: string): number => {
  try {
    return statSync(path.join(process.cwd(), 'public', decodeURIComponent(src))).size;
  } catch {
    return 0;
  }
});

/** RSS's pubDate is the publication date; Atom's <updated> the last change (with <published> beside it). */
export function buildFeed(scope: FeedScope, articles: readonly Article[], kind: 'rss' | 'atom'): string {
  const items = articles.slice(0, FEED_SIZE);
  const newest = items.reduce<string | undefined>((acc, a) => {
    const m = modifiedAt(a);
    return !acc || m > acc ? m : acc;
  }, undefined);
  const feed = newFeed(scope, newest);
  for (const a of items) {
    const url = absoluteUrl(a.url);
    const section = getArticleSection(a);
    feed.addItem({
      title: a.title,
      id: url,
      link: url,
      description: a.dek,
      date: new Date(kind === 'rss' ? a.publishedAt : modifiedAt(a)),
      published: new Date(a.publishedAt),
      author: getArticleAuthors(a).map((au) => ({ name: au.name, link: absoluteUrl(au.url) })),
      category: [...(section ? [{ name: section.title, domain: absoluteUrl(section.url) }] : []), ...a.tags.map((t) => ({ name: t }))],
      image: imageEnclosure(a.image.src),
    });
  }
  return kind === 'rss' ? feed.rss2() : feed.atom1();
}

export function xmlResponse(body: string, type: 'rss' | 'atom' | 'xml'): Response {
  const contentType = type === 'rss' ? 'application/rss+xml' : type === 'atom' ? 'application/atom+xml' : 'application/xml';
  return new Response(body, { headers: { 'Content-Type': `${contentType}; charset=utf-8` } });
}
