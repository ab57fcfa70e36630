import type { Article } from 'contentlayer/generated';
import { dictionary } from '@/lib/dictionaries';
import type { Edition } from '@/lib/site';
import { ArticleCard } from './ArticleCard';

type Props = { articles: Article[]; edition: Edition };

/** "Related articles" under the article: editor picks first, then the fill from lib/. */
export function RelatedArticles({ articles, edition }: Props) {
  if (articles.length === 0) return null;
  return (
    <section className="related" aria-labelledby="related-title">
      <h2 id="related-title" className="related__title">
        {dictionary(edition).relatedArticles}
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
