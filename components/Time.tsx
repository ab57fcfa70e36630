import { formatDate, formatDateTime, formatMonth, formatYear, isoWithOffset } from '@/lib/dates';
import { site, type Edition } from '@/lib/site';

type Props = {
  /** An instant (ISO string or Date). */
  value: string | Date;
  /** Show the time of day as well as the date. */
  withTime?: boolean;
  /** A date known only to the month or the year (timeline events): printed and marked up at that precision. */
  precision?: 'day' | 'month' | 'year';
  className?: string;
  /** The edition whose language and digits the text uses. */
  edition: Edition;
};

// The wording of each precision lives in lib/dates.ts; here only how much of the ISO string it keeps.
const PARTIAL = { month: { length: 7, format: formatMonth }, year: { length: 4, format: formatYear } } as const;

/** Every date on the site goes through here: machine-readable with the newsroom's offset, human-readable via date-fns. */
export function Time({ value, withTime = false, precision = 'day', className, edition }: Props) {
  const iso = isoWithOffset(value, site.timeZone);
  if (precision !== 'day') {
    const { length, format } = PARTIAL[precision];
    return (
      <time dateTime={iso.slice(0, length)} className={className}>
        {format(value, site.timeZone, edition)}
      </time>
    );
  }
  return (
    <time dateTime={iso} className={className}>
      {withTime ? formatDateTime(value, site.timeZone, edition) : formatDate(value, site.timeZone, edition)}
    </time>
  );
}
