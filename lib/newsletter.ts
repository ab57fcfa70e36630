import { formatDate } from './dates';
import { dictionary } from './dictionaries';
import { isPublished } from './publication';
import { withParams } from './share';
import { editionPath, site, type Edition } from './site';

// What the weekly newsletter says: the week's published articles of an edition and its
// latest issue, with absolute links (plus the settings' newsletter parameters; none by
// default). scripts/newsletter.tsx renders it as an e-mail; newsletterText is its plain twin.

export const NEWSLETTER_DAYS = 7;
/** A quiet week still sends something worth opening: the newest articles, under another heading. */
export const NEWSLETTER_FALLBACK = 3;
export const NEWSLETTER_DIR = 'newsletter';

export type DigestArticle = { title: string; dek: string; url: string; section?: string; image?: string };
export type DigestIssue = { title: string; description: string; url: string; label: string; cover?: string };
export type Digest = {
  edition: Edition;
  /** The build day as the edition writes it. */
  dateLabel: string;
  subject: string;
  articles: DigestArticle[];
  /** No article this week: `articles` are the newest ones instead. */
  quietWeek: boolean;
  issue?: DigestIssue;
  /** The published copy of this e-mail, for "view in your browser". */
  onlineUrl: string;
  homeUrl: string;
};

type ArticleDoc = { title: string; dek: string; url: string; lang: string; draft: boolean; publishedAt: string; section: string; image: { src: string } };

/** The edition's articles published in the seven days up to `at`, newest first; in a quiet week, the newest few. */
export function weekArticles<A extends ArticleDoc>(articles: readonly A[], edition: Edition, at: Date, days = NEWSLETTER_DAYS): { articles: A[]; quietWeek: boolean } {
  const from = at.getTime() - days * 86_400_000;
  const published = articles.filter((a) => a.lang === edition && isPublished(a, at)).sort((a, b) => b.publishedAt.localeCompare(a.publishedAt));
  const week = published.filter((a) => new Date(a.publishedAt).getTime() > from);
  return week.length ? { articles: week, quietWeek: false } : { articles: published.slice(0, NEWSLETTER_FALLBACK), quietWeek: true };
}

/** An absolute link with the newsletter's parameters. */
export function digestLink(path: string, params: Record<string, string> = site.linkParams.newsletter): string {
  return withParams(new URL(path, `${site.url}/`).toString(), params);
}

/** Where an edition's newsletter files go under out/, and their dated name (the build day in the newsroom's zone). */
export function newsletterPaths(edition: Edition, at: Date): { dir: string; dated: string } {
  return { dir: editionPath(edition, `/${NEWSLETTER_DIR}`), dated: formatDateKey(at) };
}

function formatDateKey(at: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: site.timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

export function digestHeader(edition: Edition, at: Date): Pick<Digest, 'dateLabel' | 'subject' | 'onlineUrl' | 'homeUrl'> {
  const dateLabel = formatDate(at, site.timeZone, edition);
  const { dir, dated } = newsletterPaths(edition, at);
  return {
    dateLabel,
    subject: dictionary(edition).newsletter.subject(dateLabel),
    onlineUrl: digestLink(`${dir}/${dated}.html`, {}),
    homeUrl: digestLink(editionPath(edition, '/')),
  };
}

/** The plain-text twin of the e-mail. */
export function newsletterText(d: Digest): string {
  const t = dictionary(d.edition);
  const lines = [d.subject, '', t.newsletter.intro, '', `== ${d.quietWeek ? t.newsletter.recent : t.newsletter.thisWeek} ==`, ''];
  if (d.quietWeek) lines.push(t.newsletter.nothingThisWeek, '');
  for (const a of d.articles) lines.push(a.title, a.dek, a.url, '');
  if (d.issue) lines.push(`== ${t.magazine.latestIssue}: ${d.issue.label} ==`, '', d.issue.title, d.issue.description, d.issue.url, '');
  lines.push('--', `${t.newsletter.viewOnline}: ${d.onlineUrl}`, t.newsletter.why, d.homeUrl, '');
  return lines.join('\n');
}
