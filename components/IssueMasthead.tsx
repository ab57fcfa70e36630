import { dictionary } from '@/lib/dictionaries';
import type { Issue } from '@/lib/magazine';
import { formatNumber } from '@/lib/numbers';
import type { Edition } from '@/lib/site';
import { Time } from './Time';

type Props = { issue: Issue; edition: Edition };

/** "No. 9 · November 2026" above an issue's title. */
export function IssueMasthead({ issue, edition }: Props) {
  const t = dictionary(edition).magazine;
  return (
    <p className="issue-masthead">
      <span>{t.number(formatNumber(issue.number, edition))}</span> · <Time value={issue.publishedAt} precision="month" edition={edition} />
    </p>
  );
}
