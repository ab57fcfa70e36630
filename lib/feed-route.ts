import { notFound } from 'next/navigation';
import { getArticlesBySection, getSection, getSections } from './articles';
import { buildFeed, sectionFeedScope, xmlResponse } from './feeds';

/** What a section feed route exports (RSS and Atom differ only in kind). */
export function sectionFeedRoute(kind: 'rss' | 'atom') {
  return {
    generateStaticParams: () => getSections().map((s) => ({ slug: s.slug })),
    async GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
      const section = getSection((await params).slug);
      if (!section) notFound();
      return xmlResponse(buildFeed(sectionFeedScope(section), getArticlesBySection(section.slug), kind), kind);
    },
  };
}
