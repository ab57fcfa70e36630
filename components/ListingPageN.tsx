import type { Metadata } from 'next';
import type { Article } from 'contentlayer/generated';
import { dictionary } from '@/lib/dictionaries';
import { pageMetadata } from '@/lib/metadata';
import { formatNumber } from '@/lib/numbers';
import type { Paged } from '@/lib/pagination';
import type { Edition } from '@/lib/site';
import { PagedArticles } from './PagedArticles';

type Listing = { title: string; description?: string; url: string; paged: Paged<Article>; cardsShowSection: boolean };
type Props = { listing: Listing; edition: Edition };

/** Metadata of a numbered page (`/<kind>/<slug>/page/N`) of a section, topic or writer listing. */
export function numberedListingMetadata(edition: Edition, listing: Listing): Metadata {
  const t = dictionary(edition);
  const n = listing.paged.page;
  return pageMetadata({ edition, title: t.titleWithPage(listing.title, formatNumber(n, edition)), description: listing.description, path: `${listing.url}/page/${n}` });
}

/** A numbered page of a section, topic or writer listing, for sections, tags and authors alike. */
export function NumberedListing({ listing, edition }: Props) {
  const t = dictionary(edition);
  return (
    <div className="page">
      <header className="page__header">
        <h1 className="page__title">
          {listing.title} <span className="page__number">{t.pageNumber(formatNumber(listing.paged.page, edition))}</span>
        </h1>
      </header>
      <PagedArticles paged={listing.paged} label={listing.title} edition={edition} showSection={listing.cardsShowSection} />
    </div>
  );
}
