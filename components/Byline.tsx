import { Fragment } from 'react';
import { dictionary } from '@/lib/dictionaries';
import type { Edition } from '@/lib/site';

type Props = { authors: { slug: string; name: string; url: string }[]; edition: Edition };

/**
 * "By A", "By A and B", "By A, B and C", each name linking to the author page. Names are
 * data in any script, so each is isolated (<bdi>) from the surrounding direction.
 */
export function Byline({ authors, edition }: Props) {
  const t = dictionary(edition);
  return (
    <p className="byline">
      {t.by}{' '}
      {authors.map((author, i) => (
        <Fragment key={author.slug}>
          {i > 0 ? (i === authors.length - 1 ? ` ${t.and} ` : t.listSeparator) : null}
          <a href={author.url} rel="author" className="byline__name">
            <bdi>{author.name}</bdi>
          </a>
        </Fragment>
      ))}
    </p>
  );
}
