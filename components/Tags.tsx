import type { TagLink } from '@/lib/articles';

import { dictionary } from '@/lib/dictionaries';
import type { Edition } from '@/lib/site';

type Props = { tags: readonly TagLink[]; edition: Edition };

/** The article's topics, each linking to its tag page. */
export function Tags({ tags, edition }: Props) {
  if (tags.length === 0) return null;
  return (
    <nav className="tags" aria-labelledby="tags-title">
      <h2 id="tags-title" className="tags__title">
        {dictionary(edition).topics}
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
