import { dictionary } from '@/lib/dictionaries';
import type { Edition } from '@/lib/site';
import { Time } from './Time';

type Props = { state: 'draft' | 'scheduled'; publishedAt: string; edition: Edition };

/** Shown in `npm run dev` only: production builds contain neither drafts nor scheduled articles. */
export function DraftBanner({ state, publishedAt, edition }: Props) {
  const t = dictionary(edition);
  return (
    <p className="draft-banner" role="note">
      {state === 'draft' ? (
        <>
          {t.draftNote} {t.devOnly}
        </>
      ) : (
        <>
          {t.scheduledNote} <Time value={publishedAt} withTime edition={edition} />. {t.devOnly}
        </>
      )}
    </p>
  );
}
