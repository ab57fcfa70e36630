import { toInstant } from '@/lib/dates';
import { dictionary } from '@/lib/dictionaries';
import { site, type Edition } from '@/lib/site';
import { Time } from './Time';

type Props = { corrections: readonly { date: string; text: string }[]; edition: Edition };

/** Corrections at the foot of the article, oldest first, each dated. */
export function Corrections({ corrections, edition }: Props) {
  if (corrections.length === 0) return null;
  const sorted = [...corrections].sort((a, b) => toInstant(a.date, site.timeZone).localeCompare(toInstant(b.date, site.timeZone)));
  return (
    <section className="corrections" aria-labelledby="corrections-title">
      <h2 id="corrections-title" className="corrections__title">
        {dictionary(edition).corrections(corrections.length)}
      </h2>
      <ul className="corrections__list">
        {sorted.map((c) => (
          <li key={`${c.date}-${c.text}`} className="correction">
            <Time value={toInstant(c.date, site.timeZone)} className="correction__date" edition={edition} />
            <span className="correction__text">{c.text}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
