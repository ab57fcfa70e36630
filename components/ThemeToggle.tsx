import { dictionary } from '@/lib/dictionaries';
import { islandSrc } from '@/lib/islands';
import type { Edition } from '@/lib/site';

type Props = { edition: Edition };

/**
 * Dark-mode switch. Hidden until the head snippet marks the page as scripted;
 * without JavaScript the page simply follows the system theme.
 */
export function ThemeToggle({ edition }: Props) {
  return (
    <>
      {/* The island sets aria-pressed from the reader's choice before React hydrates in next dev. */}
      <button type="button" className="theme-toggle" data-theme-toggle aria-pressed="false" suppressHydrationWarning>
        <span aria-hidden="true" className="theme-toggle__icon" />
        <span className="theme-toggle__label">{dictionary(edition).darkMode}</span>
      </button>
      <script type="module" src={islandSrc('theme')} />
    </>
  );
}
