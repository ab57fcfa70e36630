import { IMAGE_SIZES, ResponsiveImage } from './ResponsiveImage';

type Props = {
  src: string;
  alt: string;
  caption: string;
  credit: string;
  /** The hero is the likely LCP element: load it first, never lazily. */
  variant?: 'hero' | 'inline';
};

/**
 * A photo with its caption and its credit, kept as separate elements (the credit verbatim).
 * Search indexes the caption but not the credit line; the hero's src and alt are the result's image meta.
 */
export function Figure({ src, alt, caption, credit, variant = 'inline' }: Props) {
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
          <span className="sr-only">Photograph:</span> <span className="figure__credit">{credit}</span>
        </span>
      </figcaption>
    </figure>
  );
}
