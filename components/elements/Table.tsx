import type { ReactNode } from 'react';
import { useId } from 'react';
import { dictionary } from '@/lib/dictionaries';
import type { Edition } from '@/lib/site';

type Props = { caption: string; source: string; children?: ReactNode; edition: Edition };

/**
 * A captioned table. The scroll box, not the page, scrolls sideways on a phone; it is a
 * focusable, labelled region so keyboard users can scroll it too.
 */
export function Table({ caption, source, children, edition }: Props) {
  const id = useId();
  return (
    <figure className="element data-table">
      <figcaption id={id} className="data-table__caption">
        {caption}
      </figcaption>
      <div className="data-table__scroll" role="region" aria-labelledby={id} tabIndex={0}>
        {children}
      </div>
      <p className="data-table__source">
        {dictionary(edition).elements.source} {source}
      </p>
    </figure>
  );
}
