import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { MdxContent } from '@/components/MdxContent';
import { NumberedListing, numberedListingMetadata } from '@/components/ListingPageN';
import { PagedArticles } from '@/components/PagedArticles';
import { IMAGE_SIZES, ResponsiveImage } from '@/components/ResponsiveImage';
import { getAuthor } from '@/lib/articles';
import { dictionary } from '@/lib/dictionaries';
import { sectionFeedScope } from '@/lib/feeds';
import { listingParams, pagedListing, parsePageSegments, slugParam, type ListingKind } from '@/lib/listings';
import { inEveryEdition, pageMetadata } from '@/lib/metadata';
import { formatNumber } from '@/lib/numbers';
import type { ListingPageRef } from '@/lib/pagination';
import { editionPath, type Edition } from '@/lib/site';

type Props = { params: Promise<{ slug: string; page?: string[] }> };

/**
 * Metadata of a page of a section, tag or author listing, per edition.
 * Sections and authors exist in every edition, so their fronts name each other as
 * hreflang alternates; topics are each edition's own words, so a tag page has none.
 */
export function listingMetadata(edition: Edition, kind: ListingKind, slug: string, ref: ListingPageRef): Metadata {
  const t = dictionary(edition);
  const listing = pagedListing(edition, kind, slug, ref);
  if (!listing) return {};
  if (ref !== 'front') return numberedListingMetadata(edition, listing);
  const shared = kind === 'tags' ? undefined : inEveryEdition(`/${kind}/${slug}`);
  switch (kind) {
    case 'sections': {
      const feeds = sectionFeedScope(edition, { title: listing.title, description: listing.description ?? '', url: listing.url });
      return pageMetadata({
        edition,
        versions: shared,
        title: listing.title,
        description: listing.description,
        path: listing.url,
        feeds: { title: feeds.title, rss: feeds.rssUrl, atom: feeds.atomUrl },
      });
    }
    case 'tags':
      return pageMetadata({ edition, title: t.tagTitle(listing.title), description: t.tagDescription(listing.title), path: listing.url });
    case 'authors':
      return pageMetadata({ edition, versions: shared, title: listing.title, description: `${listing.title}, ${listing.description ?? ''}`, path: listing.url });
    default: {
      const never: never = kind;
      return never;
    }
  }
}

/** A page of a section, tag or author listing: its front (newest articles) or a numbered page. */
export function listingPage(edition: Edition, kind: ListingKind, slug: string, ref: ListingPageRef) {
  const t = dictionary(edition);
  const listing = pagedListing(edition, kind, slug, ref);
  if (!listing) notFound();
  if (ref !== 'front') return <NumberedListing listing={listing} edition={edition} />;
  switch (kind) {
    case 'sections':
      return (
        <div className="page">
          <header className="page__header">
            <h1 className="page__title">{listing.title}</h1>
            <p className="page__description">{listing.description}</p>
          </header>
          <PagedArticles paged={listing.paged} showSection={listing.cardsShowSection} label={listing.title} empty={t.noArticlesInSection} edition={edition} />
        </div>
      );
    case 'tags':
      return (
        <div className="page">
          <header className="page__header">
            <p className="kicker">
              <a href={editionPath(edition, '/tags')} className="kicker__section">
                {t.topics}
              </a>
            </p>
            <h1 className="page__title">{listing.title}</h1>
            <p className="page__description">{t.articleCount((listing.paged.totalItems ?? 0), formatNumber((listing.paged.totalItems ?? 0), edition))}</p>
          </header>
          <PagedArticles paged={listing.paged} showSection={listing.cardsShowSection} label={listing.title} edition={edition} />
        </div>
      );
    case 'authors': {
      const author = getAuthor(edition, slug);
      if (!author) notFound();
      return (
        <div className="page">
          <header className="page__header author">
            {author.avatar ? <ResponsiveImage className="author__avatar" src={author.avatar} alt="" sizes={IMAGE_SIZES.avatar} eager /> : null}
            <div>
              <h1 className="page__title">{author.name}</h1>
              <p className="author__role">{author.role}</p>
              {/* The bio is written once, in English: marked as such inside other editions. */}
              <div className="author__bio" lang="en" dir="auto">
                <MdxContent code={author.body.code} raw={author.body.raw} edition={edition} />
              </div>
            </div>
          </header>
          <h2 className="list-title">{t.articlesHeading}</h2>
          <PagedArticles paged={listing.paged} showSection={listing.cardsShowSection} label={t.articlesBy(author.name)} level={3} empty={t.noPublishedArticles} edition={edition} />
        </div>
      );
    }
    default: {
      const never: never = kind;
      return never;
    }
  }
}

/** Everything a `/<kind>/[slug]/[[...page]]` route exports: a listing's front and its numbered pages. */
export function listingRoute(edition: Edition, kind: ListingKind) {
  return {
    generateStaticParams: () => listingParams(edition, kind),
    async generateMetadata({ params }: Props): Promise<Metadata> {
      const { slug, page } = await params;
      const ref = parsePageSegments(page);
      return ref === undefined ? {} : listingMetadata(edition, kind, slugParam(slug), ref);
    },
    async Page({ params }: Props) {
      const { slug, page } = await params;
      const ref = parsePageSegments(page);
      if (ref === undefined) notFound();
      return listingPage(edition, kind, slugParam(slug), ref);
    },
  };
}
