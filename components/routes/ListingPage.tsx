import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { MdxContent } from '@/components/MdxContent';
import { PagedArticles } from '@/components/PagedArticles';
import { IMAGE_SIZES, ResponsiveImage } from '@/components/ResponsiveImage';
import { getAuthor } from '@/lib/articles';
import { dictionary } from '@/lib/dictionaries';
import { sectionFeedScope } from '@/lib/feeds';
import { listingParams, pagedListing, slugParam, type ListingKind } from '@/lib/listings';
import { inEveryEdition, pageMetadata } from '@/lib/metadata';
import { formatNumber } from '@/lib/numbers';
import { editionPath, type Edition } from '@/lib/site';

type Props = { params: Promise<{ slug: string }> };

/**
 * Everything the first page of a section, tag or author listing exports, per edition.
 * Sections and authors exist in every edition, so their pages name each other as
 * hreflang alternates; topics are each edition's own words, so a tag page has none.
 */
export function listingRoute(edition: Edition, kind: ListingKind) {
  const t = dictionary(edition);
  return {
    generateStaticParams: () => listingParams(edition, kind),
    async generateMetadata({ params }: Props): Promise<Metadata> {
      const slug = slugParam((await params).slug);
      const listing = pagedListing(edition, kind, slug, 1);
      if (!listing) return {};
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
    },
    async Page({ params }: Props) {
      const slug = slugParam((await params).slug);
      const listing = pagedListing(edition, kind, slug, 1);
      if (!listing) notFound();
      switch (kind) {
        case 'sections':
          return (
            <div className="page">
              <header className="page__header">
                <h1 className="page__title">{listing.title}</h1>
                <p className="page__description">{listing.description}</p>
              </header>
              <PagedArticles paged={listing.paged} label={listing.title} empty={t.noArticlesInSection} edition={edition} />
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
                <p className="page__description">{t.articleCount(listing.paged.totalItems, formatNumber(listing.paged.totalItems, edition))}</p>
              </header>
              <PagedArticles paged={listing.paged} label={listing.title} edition={edition} />
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
                    <MdxContent code={author.body.code} edition={edition} />
                  </div>
                </div>
              </header>
              <h2 className="list-title">{t.articlesHeading}</h2>
              <PagedArticles paged={listing.paged} label={t.articlesBy(author.name)} level={3} empty={t.noPublishedArticles} edition={edition} />
            </div>
          );
        }
        default: {
          const never: never = kind;
          return never;
        }
      }
    },
  };
}
