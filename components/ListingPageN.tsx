import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { listingPageParams, pagedListing, type ListingKind } from '@/lib/listings';
import { pageMetadata } from '@/lib/metadata';
import { PagedArticles } from './PagedArticles';

type Props = { params: Promise<{ slug: string; page: string }> };

/**
 * Everything a `/<kind>/[slug]/page/[page]` route exports, for sections, tags and
 * authors alike. (Each route file still declares `dynamicParams` itself: Next reads
 * segment config statically.)
 */
export function listingPageRoute(kind: ListingKind) {
  return {
    generateStaticParams: () => listingPageParams(kind),
    async generateMetadata({ params }: Props): Promise<Metadata> {
      const { slug, page } = await params;
      const listing = pagedListing(kind, slug, Number(page));
      if (!listing) return {};
      return pageMetadata({ title: `${listing.title}, page ${page}`, description: listing.description, path: `${listing.url}/page/${page}` });
    },
    async Page({ params }: Props) {
      const { slug, page } = await params;
      const listing = pagedListing(kind, slug, Number(page));
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
    },
  };
}
