import { Time } from './Time';

type Props = { state: 'draft' | 'scheduled'; publishedAt: string };

/** Shown in `npm run dev` only: production builds contain neither drafts nor scheduled articles. */
export function DraftBanner({ state, publishedAt }: Props) {
  return (
    <p className="draft-banner" role="note">
      {state === 'draft' ? (
        <>Draft — not published. Only visible in development.</>
      ) : (
        <>
          Scheduled — goes live at the first build after <Time value={publishedAt} withTime />. Only visible in development.
        </>
      )}
    </p>
  );
}
