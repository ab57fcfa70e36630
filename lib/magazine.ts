import { allMagazines, type Article, type Magazine, type Section } from 'contentlayer/generated';
import { getArticle, getArticleSection, showDrafts } from './articles';
import { formatMonth } from './dates';
import { query } from './dependencies';
import { isPublished } from './publication';
import { EDITIONS, site, type Edition } from './site';

// Every query about magazine issues. An issue is public once its month has begun
// (scheduled like an article); its contents are the public articles it lists. Each is a `query()`:
// the build notes which pages used which result (lib/dependencies.ts).

export type Issue = Magazine;

const newestFirst = (a: Issue, b: Issue) => b.date.localeCompare(a.date);

/** Public when its month has started; `next dev` shows scheduled issues too, like drafts. */
export function isPublicIssue(issue: Pick<Issue, 'publishedAt'>, at?: Date): boolean {
  return showDrafts || isPublished({ draft: false, publishedAt: issue.publishedAt }, at);
}

/** The edition's public issues, newest first. */
export const getIssues = query('issues.edition', (edition: Edition): Issue[] =>
  allMagazines.filter((i) => i.lang === edition && isPublicIssue(i)).sort(newestFirst),
);

export const getLatestIssue = query('issues.latest', (edition: Edition): Issue | undefined => getIssues(edition)[0]);

/** The address of the latest issue (every page's header links to it; nothing else of the issue shows there). */
export const getLatestIssueUrl = query('issues.latestUrl', (edition: Edition): string | undefined => getIssues(edition)[0]?.url);

export const getIssue = query('issues.one', (edition: Edition, slug: string): Issue | undefined => getIssues(edition).find((i) => i.slug === slug));

/** The public articles an issue lists, in print order (unpublished ones are left out: the content check warned). */
export const getIssueArticles = query('issues.articles', (issue: Issue): Article[] =>
  issue.articles.map((slug) => getArticle(issue.lang, slug)).filter((a): a is Article => a !== undefined),
);

export const getIssueLetter = query('issues.letter', (issue: Issue): Article | undefined => (issue.letter ? getArticle(issue.lang, issue.letter) : undefined));

export type IssueSection = { section: Section | undefined; key: string; articles: Article[] };

/** Contents grouped by section; sections in the order their first article is printed, articles in print order. */
export function groupBySection<A extends { section: string }, S>(articles: readonly A[], sectionOf: (a: A) => S): { key: string; section: S; articles: A[] }[] {
  const groups = new Map<string, { key: string; section: S; articles: A[] }>();
  for (const a of articles) {
    const group = groups.get(a.section) ?? { key: a.section, section: sectionOf(a), articles: [] };
    group.articles.push(a);
    groups.set(a.section, group);
  }
  return [...groups.values()];
}

export const getIssueSections = query('issues.sections', (issue: Issue): IssueSection[] => groupBySection(getIssueArticles(issue), getArticleSection));

/** The public issue an article (or the editor's letter) appeared in. */
export const getIssueOf = query('issues.of', (article: Pick<Article, 'slug' | 'lang'>): Issue | undefined =>
  getIssues(article.lang).find((i) => i.articles.includes(article.slug) || i.letter === article.slug),
);

/** The earlier issues (all but the latest), grouped by year, newest first. */
export const getIssueYears = query('issues.years', (edition: Edition): { year: string; issues: Issue[] }[] => {
  const years: { year: string; issues: Issue[] }[] = [];
  for (const issue of getIssues(edition).slice(1)) {
    const year = issue.date.slice(0, 4);
    const last = years.at(-1);
    if (last?.year === year) last.issues.push(issue);
    else years.push({ year, issues: [issue] });
  }
  return years;
});

/** The same issue (same slug) in every edition that publishes it: the hreflang alternates. */
export const issueVersions = query('issues.versions', (slug: string): Partial<Record<Edition, string>> =>
  Object.fromEntries(EDITIONS.flatMap((e) => (getIssue(e, slug) ? [[e, getIssue(e, slug)!.url]] : []))) as Partial<Record<Edition, string>>,
);

/** Editions whose magazine front page (/magazine) exists. */
export const magazineEditions = query('issues.editions', (): Edition[] => EDITIONS.filter((e) => getIssues(e).length > 0));

/** The issue's month as the edition writes it, for <title>s (pages show dates through <Time precision="month">). */
export function issueMonth(issue: Pick<Issue, 'publishedAt'>, edition: Edition): string {
  return formatMonth(issue.publishedAt, site.timeZone, edition);
}
