import type { Article } from 'contentlayer/generated';
import { formatLabel, getSection } from '@/lib/articles';
import { getImageSize } from '@/lib/images';
import { Time } from './Time';

type Props = { article: Article };

/** The front page's lead: the largest headline, the hero photo and the standfirst. */
export function LeadStory({ article }: Props) {
  const section = getSection(article.section);
  const size = getImageSize(article.image.src);
  return (
    <article className="lead">
      <img
        className="lead__image"
        src={article.image.src}
        alt={article.image.alt}
        width={size?.width}
        height={size?.height}
        fetchPriority="high"
        decoding="async"
      />
      <div className="lead__body">
        <p className="kicker">
          {section ? <span className="kicker__section">{section.title}</span> : null}
          <span className="kicker__format">{formatLabel(article.format)}</span>
        </p>
        <h2 className="lead__title">
          <a href={article.url}>{article.title}</a>
        </h2>
        <p className="lead__dek">{article.dek}</p>
        <p className="card__meta">
          <Time value={article.publishedAt} />
        </p>
      </div>
    </article>
  );
}
