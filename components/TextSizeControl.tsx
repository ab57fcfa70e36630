import { dictionary } from '@/lib/dictionaries';
import { islandSrc } from '@/lib/islands';
import { intlLocale, type Edition } from '@/lib/site';

type Props = { edition: Edition };

/**
 * Reader text-size buttons. Rendered hidden; the `js` class set before first
 * paint shows them, and the text-size island makes them work. With JavaScript
 * off they never appear and the article reads at the default size.
 * The glyph is the edition's own letter; the island's announcement comes from data-status.
 */
export function TextSizeControl({ edition }: Props) {
  const t = dictionary(edition);
  return (
    <div className="text-size" role="group" aria-label={t.textSize} data-text-size-control data-status={t.textSizeStatus} data-locale={intlLocale(edition)} data-pagefind-ignore>
      <button type="button" data-step="-1" className="text-size__button" suppressHydrationWarning>
        <span aria-hidden="true" className="text-size__glyph text-size__glyph--small">
          {t.textSizeGlyph}
        </span>
        <span className="sr-only">{t.smallerText}</span>
      </button>
      <button type="button" data-step="1" className="text-size__button" suppressHydrationWarning>
        <span aria-hidden="true" className="text-size__glyph text-size__glyph--large">
          {t.textSizeGlyph}
        </span>
        <span className="sr-only">{t.largerText}</span>
      </button>
      <span className="sr-only" aria-live="polite" data-text-size-status />
      <script type="module" src={islandSrc('text-size')} />
    </div>
  );
}
