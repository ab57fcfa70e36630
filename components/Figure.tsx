import { dictionary } from '@/lib/dictionaries';
import type { Edition } from '@/lib/site';
import { IMAGE_SIZES, ResponsiveImage } from './ResponsiveImage';
import { Credit } from './Credit';

type Props = {
  src: string;
  alt: string;
  caption: string;
  credit: string;
  /** The hero is the likely LCP element: load it first, never lazily. */
  variant?: 'hero' | 'inline';
  edition: Edition;
};

/**
 * A photo with its caption and its credit, kept as separate elements (the credit verbatim).
 * Search indexes the caption but not the credit line; the hero's src and alt are the result's image meta.
 * The credit is an agency's Latin text inside Arabic pages too: dir="auto" keeps it in its own direction.
 */
export function Figure({ src, alt, caption, credit, variant = 'inline', edition }: Props) {
  const hero = variant === 'hero';
  return (
    <figure className={hero ? 'figure figure--hero' : 'figure figure--inline'}>
      <ResponsiveImage
        src={src}
        alt={alt}
        sizes={hero ? IMAGE_SIZES.hero : IMAGE_SIZES.inline}
        priority={hero}
        pagefindMeta={hero ? 'image[src], image_alt[alt]' : undefined}
      />
      <figcaption>
        <span className="figure__caption">{caption}</span>{' '}
        <span data-pagefind-ignore>
          <span className="sr-only">{dictionary(edition).photograph}</span>{' '}
          <Credit className="figure__credit" credit={credit} />
        </span>
      </figcaption>
    </figure>
  );
}
