import type { Article } from 'contentlayer/generated';
import { CardKicker } from './CardKicker';
import { IMAGE_SIZES, ResponsiveImage } from './ResponsiveImage';
import { Time } from './Time';

type Props = { article: Article };

/** The front page's lead: the largest headline, the hero photo and the standfirst. */
export function LeadStory({ article }: Props) {
  return (
    <article className="lead">
      <ResponsiveImage className="lead__image" src={article.image.src} alt={article.image.alt} sizes={IMAGE_SIZES.lead} priority />
      <div className="lead__body">
        <CardKicker article={article} />
        <h2 className="lead__title">
          <a href={article.url}>{article.title}</a>
        </h2>
        <p className="lead__dek">{article.dek}</p>
        <p className="card__meta">
          <Time value={article.publishedAt} edition={article.lang} />
        </p>
      </div>
    </article>
  );
}
