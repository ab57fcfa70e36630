import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleHeader } from '@/components/ArticleHeader';
import { Corrections } from '@/components/Corrections';
import { DraftBanner } from '@/components/DraftBanner';
import { Figure } from '@/components/Figure';
import { JsonLd } from '@/components/JsonLd';
import { MdxContent } from '@/components/MdxContent';
import { RelatedArticles } from '@/components/RelatedArticles';
import { TableOfContents } from '@/components/TableOfContents';
import { Tags } from '@/components/Tags';
import { articleMetadata } from '@/lib/metadata';
import { publicationState } from '@/lib/publication';
import { articleJsonLd, breadcrumbJsonLd, modifiedAt } from '@/lib/seo';
import { site } from '@/lib/site';
import { formatLabel, getArticle, getArticleAuthors, getArticles, getArticleTags, getRelatedArticles, getSection } from '@/lib/articles';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getArticles().map((a) => ({ slug: a.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const article = getArticle(slug);
  if (!article) return {};
  return articleMetadata(article, modifiedAt(article), getArticleAuthors(article), getSection(article.section));
}

export default async function ArticlePage({ params }: Props) {
  const { slug } = await params;
  const article = getArticle(slug);
  if (!article) notFound();
  const section = getSection(article.section);
  const authors = getArticleAuthors(article);
  const related = getRelatedArticles(article);
  const state = publicationState(article);
  // "Updated" shows the last substantive change: an update or a correction, whichever is later.
  const modified = modifiedAt(article);

  return (
    <>
      <JsonLd data={[articleJsonLd(article, authors, section), breadcrumbJsonLd(article, section)]} />
      {state !== 'published' ? <DraftBanner state={state} publishedAt={article.publishedAt} /> : null}
      <article className={`article article--${article.format}`} data-pagefind-body>
        <ArticleHeader
          title={article.title}
          dek={article.dek}
          format={article.format}
          formatLabel={formatLabel(article.format)}
          section={section}
          authors={authors}
          publishedAt={article.publishedAt}
          updatedAt={modified !== article.publishedAt ? modified : undefined}
          readingTime={article.readingTime}
        />
        <Figure {...article.image} variant="hero" />
        <div className="article__body">
          <TableOfContents headings={article.headings as { id: string; text: string }[]} />
          <div className="article-text prose">
            <MdxContent code={article.body.code} />
          </div>
          <footer className="article__footer">
            <Tags tags={getArticleTags(article)} />
            <Corrections corrections={article.corrections} />
            <p className="print-only">Read online: {`${site.url}${article.url}`}</p>
          </footer>
        </div>
      </article>
      <RelatedArticles articles={related} />
    </>
  );
}
