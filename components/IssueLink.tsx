import { dictionary } from '@/lib/dictionaries';
import type { Issue } from '@/lib/magazine';
import type { Edition } from '@/lib/site';
import { Time } from './Time';

type Props = { issue: Issue; edition: Edition };

/** "From the February 2026 issue", linking to the issue, on every article it lists. */
export function IssueLink({ issue, edition }: Props) {
  const [before = '', after = ''] = dictionary(edition).magazine.fromIssue.split('{month}');
  return (
    <p className="issue-link" data-pagefind-ignore>
      <a href={issue.url}>
        {before}
        <Time value={issue.publishedAt} precision="month" edition={edition} />
        {after}
      </a>
    </p>
  );
}
