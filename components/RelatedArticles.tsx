import type { Article } from 'contentlayer/generated';
import { ArticleCard } from './ArticleCard';

type Props = { articles: Article[] };

/** "Related articles" under the article: editor picks first, then the fill from lib/. */
export function RelatedArticles({ articles }: Props) {
  if (articles.length === 0) return null;
  return (
    <section className="related" aria-labelledby="related-title">
      <h2 id="related-title" className="related__title">
        Related articles
      </h2>
      <ul className="related__list">
        {articles.map((a) => (
          <li key={a.slug}>
            <ArticleCard article={a} level={3} compact />
          </li>
        ))}
      </ul>
    </section>
  );
}
