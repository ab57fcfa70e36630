import type { Article } from 'contentlayer/generated';
import { formatLabel, getArticleSection } from '@/lib/articles';

type Props = { article: Article; showSection?: boolean };

/** Section and format above a headline in a list (plain labels: the headline is the link). */
export function CardKicker({ article, showSection = true }: Props) {
  const section = showSection ? getArticleSection(article) : undefined;
  return (
    <p className="kicker">
      {section ? <span className="kicker__section">{section.title}</span> : null}
      <span className="kicker__format">{formatLabel(article.format, article.lang)}</span>
    </p>
  );
}
