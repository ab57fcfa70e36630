import { notFound } from 'next/navigation';
import { getArticles, getArticlesBySection, getSection, getSections } from './articles';
import { buildFeed, buildIssueFeed, issueFeedScope, sectionFeedScope, siteFeedScope, xmlResponse } from './feeds';
import { getIssues } from './magazine';
import type { Edition } from './site';

/** What an edition's whole-site feed route exports (RSS and Atom differ only in kind). */
export function siteFeedRoute(edition: Edition, kind: 'rss' | 'atom') {
  return {
    GET() {
      return xmlResponse(buildFeed(siteFeedScope(edition), getArticles(edition), kind), kind);
    },
  };
}

/** What a section feed route exports, per edition and kind. */
export function sectionFeedRoute(edition: Edition, kind: 'rss' | 'atom') {
  return {
    generateStaticParams: () => getSections(edition).map((s) => ({ slug: s.slug })),
    async GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
      const section = getSection(edition, (await params).slug);
      if (!section) notFound();
      return xmlResponse(buildFeed(sectionFeedScope(edition, section), getArticlesBySection(edition, section.slug), kind), kind);
    },
  };
}

/** What an edition's magazine issue feed route exports. */
export function issueFeedRoute(edition: Edition, kind: 'rss' | 'atom') {
  return {
    GET() {
      return xmlResponse(buildIssueFeed(issueFeedScope(edition), getIssues(edition), kind), kind);
    },
  };
}
