import type { ReactNode } from 'react';

type Props = { title: string; children?: ReactNode };

/** A chronology: an ordered list, so its order and length are announced. */
export function Timeline({ title, children }: Props) {
  return (
    <section className="element timeline" aria-label={title}>
      <p className="timeline__title">{title}</p>
      <ol className="timeline__events">{children}</ol>
    </section>
  );
}
