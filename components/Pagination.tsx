import type { Paged } from '@/lib/pagination';

type Props = { paged: Paged<unknown>; label: string };

/**
 * Previous/next links for a paged list. The <link rel> tags are hoisted into
 * <head> by React, for crawlers; the visible links carry rel too.
 */
export function Pagination({ paged, label }: Props) {
  if (paged.totalPages <= 1) return null;
  return (
    <nav className="pagination" aria-label={`${label}, pages`}>
      {paged.prevUrl ? <link rel="prev" href={paged.prevUrl} /> : null}
      {paged.nextUrl ? <link rel="next" href={paged.nextUrl} /> : null}
      {paged.prevUrl ? (
        <a href={paged.prevUrl} rel="prev" className="pagination__link">
          <span aria-hidden="true">← </span>Newer
        </a>
      ) : (
        <span />
      )}
      <span className="pagination__status">
        Page {paged.page} of {paged.totalPages}
      </span>
      {paged.nextUrl ? (
        <a href={paged.nextUrl} rel="next" className="pagination__link">
          Older<span aria-hidden="true"> →</span>
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
