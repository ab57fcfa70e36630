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
};
