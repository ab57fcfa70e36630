import type { ReactNode } from 'react';

type Props = { children?: ReactNode };

/**
 * A sentence lifted from the body and set large. It repeats the text, so it is
 * hidden from screen readers (they would otherwise hear it twice), and from the search
 * index for the same reason.
 */
export function PullQuote({ children }: Props) {
  return (
    <aside className="pull-quote not-prose" aria-hidden="true" data-pagefind-ignore>
      <div className="pull-quote__text">{children}</div>
    </aside>
  );
}
