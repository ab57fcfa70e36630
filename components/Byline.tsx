import { Fragment } from 'react';

type Props = { authors: { slug: string; name: string; url: string }[] };

/** "By A", "By A and B", "By A, B and C", each name linking to the author page. */
export function Byline({ authors }: Props) {
  return (
    <p className="byline">
      By{' '}
      {authors.map((author, i) => (
        <Fragment key={author.slug}>
          {i > 0 ? (i === authors.length - 1 ? ' and ' : ', ') : null}
          <a href={author.url} rel="author" className="byline__name">
            {author.name}
          </a>
        </Fragment>
      ))}
    </p>
  );
}
