import { notFound } from 'next/navigation';
import { getArticlesBySection, getSection, getSections } from '@/lib/articles';
import { buildFeed, sectionFeedScope, xmlResponse } from '@/lib/feeds';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return getSections().map((s) => ({ slug: s.slug }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const section = getSection((await params).slug);
  if (!section) notFound();
  return xmlResponse(buildFeed(sectionFeedScope(section), getArticlesBySection(section.slug), 'rss'), 'rss');
}
