/**
 * The search index's "format" of a magazine issue's page. Issue pages share the format filter with
 * articles, so one group of boxes on the search page can narrow results to issues or leave them out.
 * (A module of its own: scripts/search-index.ts imports it without the content.)
 */
export const ISSUE_FORMAT = 'issue';
