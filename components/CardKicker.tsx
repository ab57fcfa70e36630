import type { Article } from 'contentlayer/generated';
import { formatLabel, getSection } from '@/lib/articles';

type Props = { article: Pick<Article, 'section' | 'format'> };

/** Section and format above a headline in a list (plain labels: the headline is the link). */
export function CardKicker({ article }: Props) {
  const section = getSection(article.section);
  return (
    <p className="kicker">
      {section ? <span className="kicker__section">{section.title}</span> : null}
      <span className="kicker__format">{formatLabel(article.format)}</span>
    </p>
  );
}
