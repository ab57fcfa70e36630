import { toInstant } from '@/lib/dates';
import { site } from '@/lib/site';
import { Time } from './Time';

type Props = { corrections: readonly { date: string; text: string }[] };

/** Corrections at the foot of the article, oldest first, each dated. */
export function Corrections({ corrections }: Props) {
  if (corrections.length === 0) return null;
  const sorted = [...corrections].sort((a, b) => toInstant(a.date, site.timeZone).localeCompare(toInstant(b.date, site.timeZone)));
  return (
    <section className="corrections" aria-labelledby="corrections-title">
      <h2 id="corrections-title" className="corrections__title">
        {corrections.length === 1 ? 'Correction' : 'Corrections'}
      </h2>
      <ul className="corrections__list">
        {sorted.map((c) => (
          <li key={`${c.date}-${c.text}`} className="correction">
            <Time value={toInstant(c.date, site.timeZone)} className="correction__date" />
            <span className="correction__text">{c.text}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
