import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleHeader } from '@/components/ArticleHeader';
import { Corrections } from '@/components/Corrections';
import { DraftBanner } from '@/components/DraftBanner';
import { Figure } from '@/components/Figure';
import { IssueLink } from '@/components/IssueLink';
import { NewsletterForm } from '@/components/NewsletterForm';
import { ShareJump, ShareLinks } from '@/components/ShareLinks';
import { JsonLd } from '@/components/JsonLd';
import { MdxContent } from '@/components/MdxContent';
import { RelatedArticles } from '@/components/RelatedArticles';
import { archiveRoute } from '@/components/routes/IndexPages';
import { TableOfContents } from '@/components/TableOfContents';
import { Tags } from '@/components/Tags';
import {
  formatLabel,
  getArticle,
  getArticleAuthors,
  getArticles,
  getArticleSection,
  getArticleTags,
  getRelatedArticles,
  getTranslations,
} from '@/lib/articles';
import { dictionary } from '@/lib/dictionaries';
import { FOLDER_INDEX, indexAndSlugParams, parseIndexOrSlug } from '@/lib/listings';
import { getIssueOf } from '@/lib/magazine';
import { articleMetadata } from '@/lib/metadata';
import { publicationState } from '@/lib/publication';
import { articleJsonLd, breadcrumbJsonLd, modifiedAt } from '@/lib/seo';
import { site, type Edition } from '@/lib/site';

type Props = { params: Promise<{ slug?: string[] }> };

/** Everything an edition's `/articles/[[...slug]]` route exports: each article, and `/articles` showing the archive. */
export function articlePageRoute(edition: Edition) {
  const archive = archiveRoute(edition);
  return {
    generateStaticParams: () => indexAndSlugParams(getArticles(edition).map((a) => a.slug)),
    async generateMetadata({ params }: Props): Promise<Metadata> {
      const slug = parseIndexOrSlug((await params).slug);
      if (slug === FOLDER_INDEX) return archive.metadata;
      const article = slug === undefined ? undefined : getArticle(edition, slug);
      if (!article) return {};
      return articleMetadata(article, modifiedAt(article), getArticleAuthors(article), getArticleSection(article), getTranslations(article));
    },
    async Page({ params }: Props) {
      const slug = parseIndexOrSlug((await params).slug);
      if (slug === FOLDER_INDEX) return <archive.Page />;
      const article = slug === undefined ? undefined : getArticle(edition, slug);
      if (!article) notFound();
      const section = getArticleSection(article);
      const authors = getArticleAuthors(article);
      const related = getRelatedArticles(article);
      const state = publicationState(article);
      // "Updated" shows the last substantive change: an update or a correction, whichever is later.
      const modified = modifiedAt(article);
      const issue = getIssueOf(article);
      return (
        <>
          <JsonLd data={[articleJsonLd(article, authors, section, issue), breadcrumbJsonLd(article, section)]} />
          {state !== 'published' ? <DraftBanner state={state} publishedAt={article.publishedAt} edition={edition} /> : null}
          <article className={`article article--${article.format}`} data-pagefind-body>
            <ArticleHeader
              title={article.title}
              dek={article.dek}
              format={article.format}
              formatLabel={formatLabel(article.format, edition)}
              section={section}
              authors={authors}
              publishedAt={article.publishedAt}
              updatedAt={modified !== article.publishedAt ? modified : undefined}
              readingTime={article.readingTime}
              edition={edition}
              translations={getTranslations(article)}
            />
            <div className="article__aside">
              {issue ? <IssueLink issue={issue} edition={edition} /> : null}
              <ShareJump edition={edition} />
            </div>
            <Figure {...article.image} variant="hero" edition={edition} />
            <div className="article__body">
              <TableOfContents headings={article.headings as { id: string; text: string }[]} edition={edition} />
              <div className="article-text prose">
                <MdxContent code={article.body.code} raw={article.body.raw} edition={edition} />
              </div>
              <footer className="article__footer">
                <Tags tags={getArticleTags(article)} edition={edition} />
                <Corrections corrections={article.corrections} edition={edition} />
                <p className="print-only">
                  {dictionary(edition).readOnline} {`${site.url}${article.url}`}
                </p>
              </footer>
            </div>
          </article>
          <div className="article__after">
            <ShareLinks url={article.url} title={article.title} edition={edition} />
            <NewsletterForm edition={edition} />
          </div>
          <RelatedArticles articles={related} edition={edition} />
        </>
      );
    },
  };
}
