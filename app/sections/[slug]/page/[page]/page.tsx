import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { pageMetadata } from '@/lib/metadata';
import { PagedArticles } from '@/components/PagedArticles';
import { listingPageParams, pagedListing } from '@/lib/listings';

type Props = { params: Promise<{ slug: string; page: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return listingPageParams('sections');
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, page } = await params;
  const listing = pagedListing('sections', slug, Number(page));
  if (!listing) return {};
  return pageMetadata({ title: `${listing.title}, page ${page}`, description: listing.description, path: `${listing.url}/page/${page}` });
}

export default async function SectionPageN({ params }: Props) {
  const { slug, page } = await params;
  const listing = pagedListing('sections', slug, Number(page));
  if (!listing) notFound();
  return (
    <div className="page">
      <header className="page__header">
        <h1 className="page__title">
          {listing.title} <span className="page__number">page {page}</span>
        </h1>
      </header>
      <PagedArticles paged={listing.paged} label={listing.title} />
    </div>
  );
}
