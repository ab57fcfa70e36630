import { dictionary } from '@/lib/dictionaries';
import { islandSrc } from '@/lib/islands';
import { absoluteUrl } from '@/lib/seo';
import { shareLinks } from '@/lib/share';
import type { Edition } from '@/lib/site';

type Props = { url: string; title: string; edition: Edition };

export const SHARE_ID = 'share';

/**
 * The share list at the foot of an article (after the <article>, so search does not index it): plain links to each service's share page, so no
 * request reaches those sites until a reader clicks. The share island adds "Copy link" where
 * the browser can copy, and turns the compact link under the headline into the share sheet.
 * Bare markup (no classes, no rel: the shared address is in the link itself, a referrer would add
 * nothing): every byte here is on every article page; app/magazine.css styles it through #share.
 */
export function ShareLinks({ url, title, edition }: Props) {
  const t = dictionary(edition).share;
  return (
    <section id={SHARE_ID}>
      <h2>{t.heading}</h2>
      <ul>
        {shareLinks(absoluteUrl(url), title).map((l) => (
          <li key={l.target}>
            <a href={l.href}>{t.networks[l.target]}</a>
          </li>
        ))}
        {/* The island fills this with "Copy link" before React hydrates in next dev: React neither
            compares nor hydrates what is inside an element given dangerouslySetInnerHTML, so an item
            appended to the list itself would be a hydration error. */}
        <li data-share-copy hidden suppressHydrationWarning dangerouslySetInnerHTML={{ __html: '' }} />
      </ul>
      <script type="module" src={islandSrc('share')} />
    </section>
  );
}

/** Under the headline: one short link down to the list (the island opens the share sheet instead, where there is one). */
export function ShareJump({ edition }: { edition: Edition }) {
  return (
    // The island makes it role="button" (the share sheet) before React hydrates in next dev.
    <a href={`#${SHARE_ID}`} className="share-jump" suppressHydrationWarning>
      {dictionary(edition).share.short}
    </a>
  );
}
