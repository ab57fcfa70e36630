import type { Article } from 'contentlayer/generated';
import { ArticleCard } from './ArticleCard';
import { dictionary } from '@/lib/dictionaries';
import type { Edition } from '@/lib/site';

type Props = {
  articles: Article[];
  /** Heading level of each headline in the surrounding page outline. */
  level?: 2 | 3;
  empty?: string;
  edition: Edition;
  showSection?: boolean;
};

/** A grid of article cards, as on the home, section and author pages. */
export function ArticleList({ articles, level = 2, empty, edition, showSection }: Props) {
  if (articles.length === 0) return <p>{empty ?? dictionary(edition).noArticles}</p>;
  return (
    <ul className="card-list">
      {articles.map((a) => (
        <li key={a.slug}>
          <ArticleCard article={a} level={level} showSection={showSection} />
        </li>
      ))}
    </ul>
  );
}
