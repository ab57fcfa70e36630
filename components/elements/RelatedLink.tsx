import { getArticle } from '@/lib/articles';
import { dictionary } from '@/lib/dictionaries';
import type { Edition } from '@/lib/site';
import { CardKicker } from '../CardKicker';
import { ResponsiveImage } from '../ResponsiveImage';

type Props = { slug: string; edition: Edition };

// A card is ~9rem of thumbnail beside the headline in the text column.
const THUMB_SIZES = '9rem';

/** An inline card to another article of the edition; the content check guarantees it is published. */
export function RelatedLink({ slug, edition }: Props) {
  const article = getArticle(edition, slug);
  if (!article) return null;
  return (
    <aside className="element related-link" aria-label={dictionary(edition).elements.readAlso}>
      <a className="related-link__link" href={article.url}>
        <ResponsiveImage src={article.image.src} alt="" sizes={THUMB_SIZES} className="related-link__image" thumbnail />
        <span className="related-link__text">
          <span className="related-link__label">{dictionary(edition).elements.readAlso}</span>
          <span className="related-link__headline">{article.title}</span>
        </span>
      </a>
      <CardKicker article={article} />
    </aside>
  );
}
