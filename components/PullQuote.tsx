import type { ReactNode } from 'react';

type Props = {
  children?: ReactNode;
  /** Set by lib/pull-quote-layout.ts where the text after it runs past its foot; never by editors. */
  float?: boolean;
};

/**
 * A sentence lifted from the body and set large. It repeats the text, so it is
 * hidden from screen readers (they would otherwise hear it twice), and from the search
 * index for the same reason.
 */
export function PullQuote({ children, float = false }: Props) {
  return (
    <aside className={float ? 'pull-quote pull-quote--float not-prose' : 'pull-quote not-prose'} aria-hidden="true" data-pagefind-ignore>
      <div className="pull-quote__text">{children}</div>
    </aside>
  );
}
