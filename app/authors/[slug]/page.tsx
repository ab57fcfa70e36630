import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { pageMetadata } from '@/lib/metadata';
import { MdxContent } from '@/components/MdxContent';
import { PagedArticles } from '@/components/PagedArticles';
import { IMAGE_SIZES, ResponsiveImage } from '@/components/ResponsiveImage';
import { getAuthor } from '@/lib/articles';
import { listingParams, pagedListing } from '@/lib/listings';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return listingParams('authors');
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const author = getAuthor((await params).slug);
  if (!author) return {};
  return pageMetadata({ title: author.name, description: `${author.name}, ${author.role}`, path: author.url });
}

export default async function AuthorPage({ params }: Props) {
  const { slug } = await params;
  const author = getAuthor(slug);
  const listing = pagedListing('authors', slug, 1);
  if (!author || !listing) notFound();
  return (
    <div className="page">
      <header className="page__header author">
        {author.avatar ? <ResponsiveImage className="author__avatar" src={author.avatar} alt="" sizes={IMAGE_SIZES.avatar} eager /> : null}
        <div>
          <h1 className="page__title">{author.name}</h1>
          <p className="author__role">{author.role}</p>
          <div className="author__bio">
            <MdxContent code={author.body.code} />
          </div>
        </div>
      </header>
      <h2 className="list-title">Articles</h2>
      <PagedArticles paged={listing.paged} label={`Articles by ${author.name}`} level={3} empty="No published articles yet." />
    </div>
  );
}
