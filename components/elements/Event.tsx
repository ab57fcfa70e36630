import type { ReactNode } from 'react';
import { toInstant } from '@/lib/dates';
import { site, type Edition } from '@/lib/site';
import { Time } from '../Time';

type Props = { date: string; title: string; children?: ReactNode; edition: Edition };

const PRECISION = { 4: 'year', 7: 'month', 10: 'day' } as const;

/** One event of a Timeline; its date keeps the precision the editor gave (2024, May 2024, 14 May 2024). */
export function Event({ date, title, children, edition }: Props) {
  const precision = PRECISION[date.length as keyof typeof PRECISION] ?? 'day';
  const full = precision === 'year' ? `${date}-01-01` : precision === 'month' ? `${date}-01` : date;
  return (
    <li className="timeline__event">
      <Time value={toInstant(full, site.timeZone)} precision={precision} edition={edition} className="timeline__date" />
      <p className="timeline__heading">{title}</p>
      <div className="timeline__text">{children}</div>
    </li>
  );
}
