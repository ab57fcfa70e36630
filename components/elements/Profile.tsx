import type { ReactNode } from 'react';
import { dictionary } from '@/lib/dictionaries';
import type { Edition } from '@/lib/site';
import { IMAGE_SIZES, ResponsiveImage } from '../ResponsiveImage';
import { Credit } from '@/components/Credit';

type Props = { name: string; role: string; image?: string; alt?: string; credit?: string; children?: ReactNode; edition: Edition };

/** A person in the story, like Explainer a <details>; the portrait (if any) keeps its credit. */
export function Profile({ name, role, image, alt, credit, children, edition }: Props) {
  const words = dictionary(edition);
  return (
    <details className="element disclosure profile">
      <summary className="disclosure__summary">
        <span className="disclosure__kicker">{words.elements.profile}</span>{' '}
        <span className="disclosure__title">{name}</span>
        <span className="profile__role">{role}</span>
      </summary>
      <div className="disclosure__body">
        {image && alt && credit ? (
          <figure className="profile__portrait">
            <ResponsiveImage src={image} alt={alt} sizes={IMAGE_SIZES.avatar} className="profile__image" thumbnail />
            <figcaption data-pagefind-ignore>
              <span className="sr-only">{words.photograph}</span>{' '}
              <Credit className="figure__credit" credit={credit} />
            </figcaption>
          </figure>
        ) : null}
        {children}
      </div>
    </details>
  );
}
