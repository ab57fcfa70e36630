/** Shown on drafts in `npm run dev` only; production builds never contain drafts. */
export function DraftBanner() {
  return (
    <p className="draft-banner" role="note">
      Draft — not published. Only visible in development.
    </p>
  );
}
