import type { ReactNode } from 'react';
import { preload } from 'react-dom';
import { dictionary } from '@/lib/dictionaries';
import { LATIN_SERIF } from '@/lib/fonts';
import { editions, type Edition } from '@/lib/site';
import { SPECULATION_RULES_JSON } from '@/lib/speculation';
import { PREPAINT_SCRIPT } from '@/lib/text-size';
import { DevContentProblems } from './DevContentProblems';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';

type Props = { edition: Edition; children: ReactNode };

/**
 * The whole document of an edition: `<html lang dir>`, the pre-paint snippet, the skip link,
 * header, main and footer. Each edition's root layout (app/(en)/layout.tsx,
 * app/(ar)/ar/layout.tsx) and the global 404 render this, so they cannot drift apart.
 */
export function EditionDocument({ edition, children }: Props) {
  const ed = editions[edition];
  // The Latin text face starts loading with the HTML instead of after the CSS, so it is usually
  // there for the first paint (React puts the one <link rel=preload> in <head>). Arabic pages set
  // their text in Noto Naskh Arabic and never fetch it.
  if (ed.dir === 'ltr') preload(`/fonts/${LATIN_SERIF.preload}`, { as: 'font', type: 'font/woff2', crossOrigin: '' });
  return (
    // The pre-paint snippet adds class="js" and the reader's settings before React hydrates in next dev.
    <html lang={ed.language} dir={ed.dir} suppressHydrationWarning>
      {/* eslint-disable-next-line @next/next/no-head-element -- this is a root layout's document (App Router), not a Pages Router page */}
      <head>
        {/* Before first paint: show the text-size control and restore the reader's size, so nothing jumps. */}
        <script id="standfirst-prepaint" dangerouslySetInnerHTML={{ __html: PREPAINT_SCRIPT }} />
        {/* Chromium prerenders an article on hover or tap; elsewhere links are just links (lib/speculation.ts). */}
        <script type="speculationrules" dangerouslySetInnerHTML={{ __html: SPECULATION_RULES_JSON }} />
      </head>
      <body>
        <a href="#main" className="skip-link">
          {dictionary(edition).skipToContent}
        </a>
        <SiteHeader edition={edition} />
        <main id="main" tabIndex={-1}>
          <DevContentProblems />
          {children}
        </main>
        <SiteFooter edition={edition} />
      </body>
    </html>
  );
}
