import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { dictionary } from '@/lib/dictionaries';
import { listingPageParams, pagedListing, slugParam, type ListingKind } from '@/lib/listings';
import { pageMetadata } from '@/lib/metadata';
import { formatNumber } from '@/lib/numbers';
import type { Edition } from '@/lib/site';
import { PagedArticles } from './PagedArticles';

type Props = { params: Promise<{ slug: string; page: string }> };

/**
 * Everything a `/<kind>/[slug]/page/[page]` route exports, for sections, tags and
 * authors alike, in each edition. (Each route file still declares `dynamicParams`
 * itself: Next reads segment config statically.)
 */
export function listingPageRoute(edition: Edition, kind: ListingKind) {
  const t = dictionary(edition);
  return {
    generateStaticParams: () => listingPageParams(edition, kind),
    async generateMetadata({ params }: Props): Promise<Metadata> {
      const { slug: raw, page } = await params;
      const slug = slugParam(raw);
      const listing = pagedListing(edition, kind, slug, Number(page));
      if (!listing) return {};
      return pageMetadata({ edition, title: t.titleWithPage(listing.title, formatNumber(Number(page), edition)), description: listing.description, path: `${listing.url}/page/${page}` });
    },
    async Page({ params }: Props) {
      const { slug: raw, page } = await params;
      const slug = slugParam(raw);
      const listing = pagedListing(edition, kind, slug, Number(page));
      if (!listing) notFound();
      return (
        <div className="page">
          <header className="page__header">
            <h1 className="page__title">
              {listing.title} <span className="page__number">{t.pageNumber(formatNumber(Number(page), edition))}</span>
            </h1>
          </header>
          <PagedArticles paged={listing.paged} label={listing.title} edition={edition} />
        </div>
      );
    },
  };
}
