import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PagedArticles } from '@/components/PagedArticles';
import { pageMetadata } from '@/lib/metadata';
import { sectionFeedScope } from '@/lib/feeds';
import { listingParams, pagedListing } from '@/lib/listings';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return listingParams('sections');
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const listing = pagedListing('sections', (await params).slug, 1);
  if (!listing) return {};
  const feeds = sectionFeedScope({ title: listing.title, description: listing.description ?? '', url: listing.url });
  return pageMetadata({
    title: listing.title,
    description: listing.description,
    path: listing.url,
    feeds: { title: feeds.title, rss: feeds.rssUrl, atom: feeds.atomUrl },
  });
}

export default async function SectionPage({ params }: Props) {
  const listing = pagedListing('sections', (await params).slug, 1);
  if (!listing) notFound();
  return (
    <div className="page">
      <header className="page__header">
        <h1 className="page__title">{listing.title}</h1>
        <p className="page__description">{listing.description}</p>
      </header>
      <PagedArticles paged={listing.paged} label={listing.title} empty="No articles in this section yet." />
    </div>
  );
}
