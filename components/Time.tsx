import { formatDate, formatDateTime, formatMonth, isoWithOffset } from '@/lib/dates';
import { site, type Edition } from '@/lib/site';

type Props = {
  /** An instant (ISO string or Date). */
  value: string | Date;
  /** Show the time of day as well as the date. */
  withTime?: boolean;
  /** Show only the month and year (a magazine issue). */
  month?: boolean;
  className?: string;
  /** The edition whose language and digits the text uses. */
  edition: Edition;
};

/** Every date on the site goes through here: machine-readable with the newsroom's offset, human-readable via date-fns. */
export function Time({ value, withTime = false, month = false, className, edition }: Props) {
  return (
    <time dateTime={isoWithOffset(value, site.timeZone)} className={className}>
      {month ? formatMonth(value, site.timeZone, edition) : withTime ? formatDateTime(value, site.timeZone, edition) : formatDate(value, site.timeZone, edition)}
    </time>
  );
}
