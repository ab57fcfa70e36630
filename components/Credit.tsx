import { Fragment } from 'react';
import { creditParts } from '@/lib/credit';

type Props = { credit: string; className: string };

/**
 * A photo credit that breaks only between its parts ("REUTERS/" | "Benoit Tessier"): each part is
 * an inline block (CSS `.credit > span`), so it moves whole to the next line, and wraps inside only
 * if it is wider than the line itself. Where a slash has no space after it, <wbr> allows the break.
 * dir="auto": an agency's Latin credit inside an Arabic page keeps its own direction.
 */
export function Credit({ credit, className }: Props) {
  const parts = creditParts(credit);
  return (
    <span className={`${className} credit`} dir="auto">
      {parts.map((part, i) => (
        <Fragment key={i}>
          <span>{part.text}</span>
          {i < parts.length - 1 ? part.spaceAfter ? ' ' : <wbr /> : null}
        </Fragment>
      ))}
    </span>
  );
}
