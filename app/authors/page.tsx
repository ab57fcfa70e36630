import type { Metadata } from 'next';
import { pageMetadata } from '@/lib/metadata';
import { getArticlesByAuthor, getAuthors } from '@/lib/articles';
import { IMAGE_SIZES, ResponsiveImage } from '@/components/ResponsiveImage';

export const metadata: Metadata = pageMetadata({ title: 'Writers', description: 'The correspondents and editors who write our analysis.', path: '/authors' });

export default function AuthorsPage() {
  const authors = getAuthors();
  return (
    <div className="page">
      <header className="page__header">
        <h1 className="page__title">Writers</h1>
      </header>
      <ul className="author-index">
        {authors.map((a) => {
          const count = getArticlesByAuthor(a.slug).length;
          return (
            <li key={a.slug} className="author-index__item">
              {a.avatar ? (
                <ResponsiveImage src={a.avatar} alt="" sizes={IMAGE_SIZES.avatarSmall} className="author-index__avatar" />
              ) : (
                <span className="author-index__avatar author-index__avatar--initials" aria-hidden="true">
                  {a.name
                    .split(/\s+/)
                    .map((w) => w[0])
                    .slice(0, 2)
                    .join('')}
                </span>
              )}
              <div>
                <a href={a.url} className="author-index__name">
                  {a.name}
                </a>
                <p className="author-index__role">{a.role}</p>
                <p className="author-index__count">
                  {count} {count === 1 ? 'article' : 'articles'}
                </p>
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
