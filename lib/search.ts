import type { Section } from 'contentlayer/generated';
import { formatLabel, getArticles, getSections } from './articles';
import { dictionary } from './dictionaries';
import { getIssues } from './magazine';
import { ISSUE_FORMAT } from './search-formats';
import type { Edition } from './site';

export type SearchOption = { value: string; label: string };

/**
 * What the search page offers to filter by: the sections and formats that have articles, in
 * navigation and alphabetical order, then the edition's magazine issues if it has any.
 */
export function getSearchFilters(edition: Edition): { sections: Section[]; formats: SearchOption[] } {
  const articles = getArticles(edition);
  const sections = getSections(edition).filter((s) => articles.some((a) => a.section === s.slug));
  const formats: SearchOption[] = [...new Set(articles.map((a) => a.format))].sort().map((value) => ({ value, label: formatLabel(value, edition) }));
  if (getIssues(edition).length) formats.push({ value: ISSUE_FORMAT, label: dictionary(edition).magazine.searchFilter });
  return { sections, formats };
}
