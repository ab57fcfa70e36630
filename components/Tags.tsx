import type { Tag } from '@/lib/articles';

type Props = { tags: readonly Tag[] };

/** The article's topics, each linking to its tag page. */
export function Tags({ tags }: Props) {
  if (tags.length === 0) return null;
  return (
    <nav className="tags" aria-labelledby="tags-title">
      <h2 id="tags-title" className="tags__title">
        Topics
      </h2>
      <ul className="tags__list">
        {tags.map((tag) => (
          <li key={tag.slug}>
            <a href={tag.url} className="tags__tag" rel="tag">
              {tag.name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
