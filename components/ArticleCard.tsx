import type { Article } from 'contentlayer/generated';
import { CardKicker } from './CardKicker';
import { IMAGE_SIZES, ResponsiveImage } from './ResponsiveImage';
import { Time } from './Time';

type Props = {
  article: Article;
  /** Heading level of the headline in the surrounding page outline. */
  level?: 2 | 3;
  showImage?: boolean;
  /** Headline without the standfirst: onward links under an article, where the reader has just read one. */
  compact?: boolean;
  /** False where the surrounding list is the section's own (lib/ decides). */
  showSection?: boolean;
};

/** An article in a list: kicker, linked headline, standfirst, date, thumbnail. */
export function ArticleCard({ article, level = 2, showImage = true, compact = false, showSection = true }: Props) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <article className="card">
      {showImage ? (
        <ResponsiveImage className="card__image" src={article.image.src} alt="" sizes={IMAGE_SIZES.card} thumbnail />
      ) : null}
      <div className="card__body">
        <CardKicker article={article} showSection={showSection} />
        <Heading className="card__title">
          <a href={article.url}>{article.title}</a>
        </Heading>
        {compact ? null : <p className="card__dek">{article.dek}</p>}
        <p className="card__meta">
          <Time value={article.publishedAt} edition={article.lang} />
        </p>
      </div>
    </article>
  );
}
