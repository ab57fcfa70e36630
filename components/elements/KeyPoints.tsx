import type { ReactNode } from 'react';
import { dictionary } from '@/lib/dictionaries';
import type { Edition } from '@/lib/site';

type Props = { title?: string; children?: ReactNode; edition: Edition };

/** The main points in a box; a labelled aside, so screen readers can jump to it or past it. */
export function KeyPoints({ title, children, edition }: Props) {
  const heading = title ?? dictionary(edition).elements.keyPoints;
  return (
    <aside className="element key-points" aria-label={heading}>
      <p className="key-points__title">{heading}</p>
      {children}
    </aside>
  );
}
