import type { ReactNode } from 'react';
import { dictionary } from '@/lib/dictionaries';
import type { Edition } from '@/lib/site';

type Props = { caption?: string; children?: ReactNode; edition: Edition };

/** A grid of Figures, each with its own caption and credit; the set's caption below. */
export function Gallery({ caption, children, edition }: Props) {
  return (
    <figure className="element gallery" aria-label={caption ?? dictionary(edition).elements.gallery}>
      <div className="gallery__grid">{children}</div>
      {caption ? <figcaption className="gallery__caption">{caption}</figcaption> : null}
    </figure>
  );
}
