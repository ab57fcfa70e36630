import type { ReactNode } from 'react';
import { dictionary } from '@/lib/dictionaries';
import type { Edition } from '@/lib/site';

type Props = { title: string; children?: ReactNode; edition: Edition };

/** Background the reader opens: a native <details>, so it needs no JavaScript and works from the keyboard. */
export function Explainer({ title, children, edition }: Props) {
  return (
    <details className="element disclosure explainer">
      <summary className="disclosure__summary">
        <span className="disclosure__kicker">{dictionary(edition).elements.explainer}</span>{' '}
        <span className="disclosure__title">{title}</span>
      </summary>
      <div className="disclosure__body">{children}</div>
    </details>
  );
}
