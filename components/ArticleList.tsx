import type { Article } from 'contentlayer/generated';
import { ArticleCard } from './ArticleCard';

type Props = {
  articles: Article[];
  /** Heading level of each headline in the surrounding page outline. */
  level?: 2 | 3;
  empty?: string;
};

/** A grid of article cards, as on the home, section and author pages. */
export function ArticleList({ articles, level = 2, empty = 'No articles yet.' }: Props) {
  if (articles.length === 0) return <p>{empty}</p>;
  return (
    <ul className="card-list">
      {articles.map((a) => (
        <li key={a.slug}>
          <ArticleCard article={a} level={level} />
        </li>
      ))}
    </ul>
  );
}
