import { allMagazines, type Article, type Magazine, type Section } from 'contentlayer/generated';
import { getArticle, getArticleSection, showDrafts } from './articles';
import { formatMonth } from './dates';
import { isPublished } from './publication';
import { EDITIONS, site, type Edition } from './site';

// Every query about magazine issues. An issue is public once its month has begun
// (scheduled like an article); its contents are the public articles it lists.

export type Issue = Magazine;

const newestFirst = (a: Issue, b: Issue) => b.date.localeCompare(a.date);

/** Public when its month has started; `next dev` shows scheduled issues too, like drafts. */
export function isPublicIssue(issue: Pick<Issue, 'publishedAt'>, at?: Date): boolean {
  return showDrafts || isPublished({ draft: false, publishedAt: issue.publishedAt }, at);
}

const byEdition = new Map<Edition, Issue[]>();
/** The edition's public issues, newest first. */
export function getIssues(edition: Edition): Issue[] {
  let list = byEdition.get(edition);
  if (!list) {
    list = allMagazines.filter((i) => i.lang === edition && isPublicIssue(i)).sort(newestFirst);
    byEdition.set(edition, list);
  }
  return list;
}

export function getLatestIssue(edition: Edition): Issue | undefined {
  return getIssues(edition)[0];
}

export function getIssue(edition: Edition, slug: string): Issue | undefined {
  return getIssues(edition).find((i) => i.slug === slug);
}

/** The public articles an issue lists, in print order (unpublished ones are left out: the content check warned). */
export function getIssueArticles(issue: Issue): Article[] {
  return issue.articles.map((slug) => getArticle(issue.lang, slug)).filter((a): a is Article => a !== undefined);
}

export function getIssueLetter(issue: Issue): Article | undefined {
  return issue.letter ? getArticle(issue.lang, issue.letter) : undefined;
}

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

export function getIssueSections(issue: Issue): IssueSection[] {
  return groupBySection(getIssueArticles(issue), getArticleSection);
}

/** The public issue an article (or the editor's letter) appeared in. */
export function getIssueOf(article: Pick<Article, 'slug' | 'lang'>): Issue | undefined {
  return getIssues(article.lang).find((i) => i.articles.includes(article.slug) || i.letter === article.slug);
}

/** The earlier issues (all but the latest), grouped by year, newest first. */
export function getIssueYears(edition: Edition): { year: string; issues: Issue[] }[] {
  const years: { year: string; issues: Issue[] }[] = [];
  for (const issue of getIssues(edition).slice(1)) {
    const year = issue.date.slice(0, 4);
    const last = years.at(-1);
    if (last?.year === year) last.issues.push(issue);
    else years.push({ year, issues: [issue] });
  }
  return years;
}

/** The same issue (same slug) in every edition that publishes it: the hreflang alternates. */
export function issueVersions(slug: string): Partial<Record<Edition, string>> {
  return Object.fromEntries(EDITIONS.flatMap((e) => getIssue(e, slug) ? [[e, getIssue(e, slug)!.url]] : [])) as Partial<Record<Edition, string>>;
}

/** Editions whose magazine front page (/magazine) exists. */
export function magazineEditions(): Edition[] {
  return EDITIONS.filter((e) => getIssues(e).length > 0);
}

/** The issue's month as the edition writes it, for <title>s (pages show dates through <Time precision="month">). */
export function issueMonth(issue: Pick<Issue, 'publishedAt'>, edition: Edition): string {
  return formatMonth(issue.publishedAt, site.timeZone, edition);
}
