import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { pageMetadata } from '@/lib/metadata';
import { PagedArticles } from '@/components/PagedArticles';
import { listingParams, pagedListing } from '@/lib/listings';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return listingParams('tags');
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const listing = pagedListing('tags', (await params).slug, 1);
  if (!listing) return {};
  return pageMetadata({ title: listing.title, description: `Analysis and explainers about ${listing.title}.`, path: listing.url });
}

export default async function TagPage({ params }: Props) {
  const listing = pagedListing('tags', (await params).slug, 1);
  if (!listing) notFound();
  return (
    <div className="page">
      <header className="page__header">
        <p className="kicker">
          <a href="/tags" className="kicker__section">
            Topics
          </a>
        </p>
        <h1 className="page__title">{listing.title}</h1>
        <p className="page__description">
          {listing.paged.totalItems} {listing.paged.totalItems === 1 ? 'article' : 'articles'}
        </p>
      </header>
      <PagedArticles paged={listing.paged} label={listing.title} />
    </div>
  );
}
