// One typed place for publication-wide settings. Everything that differs between
// deployments of Standfirst lives here, not in components.

export type SiteSettings = {
  /** Publication name, shown in the masthead and page titles. */
  name: string;
  /** One-line description of the publication. */
  description: string;
  /** Absolute origin of the deployed site, no trailing slash. */
  url: string;
  /** IANA time zone in which the newsroom dates its articles. */
  timeZone: string;
  /** BCP 47 locale used for dates and the document language. */
  locale: string;
  /** Language code for `<html lang>`. */
  language: string;
  /** OpenGraph locale (language_TERRITORY). */
  ogLocale: string;
  /** Publisher logo for structured data (a file under public/). */
  logo: { src: string; width: number; height: number };
  /** Reading speed used for the reading-time estimate, in words per minute. */
  wordsPerMinute: number;
  /** Number of related articles shown under an article. */
  relatedCount: number;
  /** Articles per page on section, tag and author pages, and tags per page on the tag index. */
  pageSize: number;
  tagsPageSize: number;
  /** Front page: stories in the second tier under the lead, per section block, and in "Latest". */
  frontSecondTier: number;
  frontSectionCount: number;
  frontLatestCount: number;
  /**
   * The newsletter sign-up: the address the form posts to (the publication's mail provider, e.g.
   * https://lists.example.net/subscribe). Without one, no form is shown anywhere. The CSP's
   * form-action allows its origin (scripts/hosting.ts).
   */
  newsletterFormAction?: string;
  /** Name of the form's e-mail field as the provider expects it. */
  newsletterEmailField: string;
  /** Query parameters added to shared links and to links in the newsletter (e.g. utm_source). None by default: no tracking. */
  linkParams: { share: Record<string, string>; newsletter: Record<string, string> };
};

export const site: SiteSettings = {
  name: 'Standfirst',
  description: 'Analysis of politics, economics and culture across the Arab world.',
  url: (process.env.STANDFIRST_SITE_URL ?? 'https://standfirst.example').replace(/\/+$/, ''),
  timeZone: 'Asia/Riyadh',
  locale: 'en-GB',
  language: 'en',
  ogLocale: 'en_GB',
  logo: { src: '/logo.png', width: 600, height: 60 },
  wordsPerMinute: 230,
  relatedCount: 4,
  pageSize: 8,
  tagsPageSize: 40,
  frontSecondTier: 4,
  frontSectionCount: 3,
  frontLatestCount: 8,
  newsletterFormAction: process.env.STANDFIRST_NEWSLETTER_FORM || undefined,
  newsletterEmailField: 'email',
  linkParams: { share: {}, newsletter: {} },
};

// ---------- editions ----------
// One publication, one edition per language. Everything that differs between
// editions (address prefix, language, direction, date locale, digits) lives here;
// components and lib/ read it instead of testing the language themselves.

export const EDITIONS = ['en', 'ar'] as const;
export type Edition = (typeof EDITIONS)[number];
export const DEFAULT_EDITION: Edition = 'en';

/** Western (0-9) or Arabic-Indic (٠-٩) digits in dates and numbers shown to readers. */
export type Digits = 'latn' | 'arab';

export type EditionSettings = {
  id: Edition;
  /** Path prefix of the edition's pages: '' for the default edition, '/ar' for Arabic. */
  prefix: '' | `/${string}`;
  /** `<html lang>`, hreflang and Pagefind's language. */
  language: string;
  dir: 'ltr' | 'rtl';
  /** BCP 47 locale for sorting and number formatting. */
  locale: string;
  ogLocale: string;
  digits: Digits;
  /** Publication name and description as this edition prints them. */
  name: string;
  description: string;
};

export const editions: Record<Edition, EditionSettings> = {
  en: {
    id: 'en',
    prefix: '',
    language: site.language,
    dir: 'ltr',
    locale: site.locale,
    ogLocale: site.ogLocale,
    digits: 'latn',
    name: site.name,
    description: site.description,
  },
  ar: {
    id: 'ar',
    prefix: '/ar',
    language: 'ar',
    dir: 'rtl',
    locale: 'ar',
    ogLocale: 'ar_AR',
    // 'arab' prints ٨ يناير ٢٠٢٦; 'latn' prints 8 يناير 2026.
    digits: 'arab',
    name: 'ستاندفرست',
    description: 'تحليلات في السياسة والاقتصاد والثقافة في العالم العربي.',
  },
};

/** The Intl locale of an edition, with its digits (for the islands' Intl formatters). */
export function intlLocale(edition: Edition): string {
  return `${editions[edition].locale}-u-nu-${editions[edition].digits}`;
}

/** The address of a page in an edition: `editionPath('ar', '/archive')` is `/ar/archive`; the home page is `/ar`. */
export function editionPath(edition: Edition, path: string): string {
  const prefix = editions[edition].prefix;
  if (!prefix) return path;
  return path === '/' ? prefix : `${prefix}${path}`;
}
