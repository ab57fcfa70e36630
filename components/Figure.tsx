import { getImageSize } from '@/lib/images';

type Props = {
  src: string;
  alt: string;
  caption: string;
  credit: string;
  /** The hero is the likely LCP element: load it first, never lazily. */
  variant?: 'hero' | 'inline';
};

/** A photo with its caption and its credit, kept as separate elements (the credit verbatim). */
export function Figure({ src, alt, caption, credit, variant = 'inline' }: Props) {
  const size = getImageSize(src);
  const hero = variant === 'hero';
  return (
    <figure className={hero ? 'figure figure--hero' : 'figure figure--inline'}>
      <img
        src={src}
        alt={alt}
        width={size?.width}
        height={size?.height}
        decoding="async"
        loading={hero ? 'eager' : 'lazy'}
        fetchPriority={hero ? 'high' : undefined}
      />
      <figcaption>
        <span className="figure__caption">{caption}</span> <span className="sr-only">Photograph:</span>{' '}
        <span className="figure__credit">{credit}</span>
      </figcaption>
    </figure>
  );
}
