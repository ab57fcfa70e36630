import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/SiteFooter';
import { SiteHeader } from '@/components/SiteHeader';
import { site } from '@/lib/site';
import { SPECULATION_RULES_JSON } from '@/lib/speculation';
import { PREPAINT_SCRIPT } from '@/lib/text-size';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: new URL(site.url),
  title: { default: `${site.name} — ${site.description}`, template: `%s | ${site.name}` },
  description: site.description,
  robots: { index: true, follow: true, 'max-image-preview': 'large', 'max-snippet': -1, 'max-video-preview': -1 },
  alternates: {
    types: {
      'application/rss+xml': [{ url: '/feed.xml', title: `${site.name} (RSS)` }],
      'application/atom+xml': [{ url: '/atom.xml', title: `${site.name} (Atom)` }],
    },
  },
  openGraph: { siteName: site.name, locale: site.ogLocale, type: 'website' },
  twitter: { card: 'summary_large_image' },
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#121212' },
  ],
};

type Props = { children: ReactNode };

export default function RootLayout({ children }: Props) {
  return (
    <html lang={site.language}>
      <head>
        {/* Before first paint: show the text-size control and restore the reader's size, so nothing jumps. */}
        <script id="standfirst-prepaint" dangerouslySetInnerHTML={{ __html: PREPAINT_SCRIPT }} />
        {/* Chromium prerenders an article on hover or tap; elsewhere links are just links (lib/speculation.ts). */}
        <script type="speculationrules" dangerouslySetInnerHTML={{ __html: SPECULATION_RULES_JSON }} />
      </head>
      <body>
        <a href="#main" className="skip-link">
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
