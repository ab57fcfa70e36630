/**
 * Ids the page templates give their own elements. A subheading's anchor (rehype-slug) must not take
 * one: `## Main` would become a second id="main", and the skip link would land on the heading.
 * The content check refuses such a subheading; lib/page-ids.test.ts keeps this list in step with
 * the templates.
 */
export const PAGE_IDS: readonly string[] = [
  'main',
  'standfirst-prepaint',
  'tags-title',
  'corrections-title',
  'related-title',
  'latest-title',
  'top-stories-title',
  'footer-sections',
  'footer-explore',
  'search-q',
  'nf-q',
  'share',
  'newsletter-title',
  'newsletter-email',
  'latest-issue',
];
