import { dictionary } from '@/lib/dictionaries';
import { formatNumber } from '@/lib/numbers';
import type { Paged } from '@/lib/pagination';
import type { Edition } from '@/lib/site';

type Props = { paged: Paged<unknown>; label: string; edition: Edition };

/**
 * Previous/next links for a paged list. The <link rel> tags are hoisted into
 * <head> by React, for crawlers; the visible links carry rel too. The arrows are
 * drawn by CSS (.pagination__link--prev/--next) so they point the reading
 * direction's way in right-to-left editions too.
 */
export function Pagination({ paged, label, edition }: Props) {
  if (!paged.prevUrl && !paged.nextUrl) return null;
  const t = dictionary(edition);
  const n = formatNumber(paged.page, edition);
  // A dated listing's numbered pages never change, so they do not say how many pages there are.
  const status = paged.of ? t.pageOf(n, formatNumber(paged.of, edition)) : paged.front ? '' : t.pageNumber(n);
  return (
    <nav className="pagination" aria-label={t.pagesOf(label)}>
      {paged.prevUrl ? <link rel="prev" href={paged.prevUrl} /> : null}
      {paged.nextUrl ? <link rel="next" href={paged.nextUrl} /> : null}
      {paged.prevUrl ? (
        <a href={paged.prevUrl} rel="prev" className="pagination__link pagination__link--prev">
          {t.newer}
        </a>
      ) : (
        <span />
      )}
      <span className="pagination__status">{status}</span>
      {paged.nextUrl ? (
        <a href={paged.nextUrl} rel="next" className="pagination__link pagination__link--next">
          {t.older}
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
