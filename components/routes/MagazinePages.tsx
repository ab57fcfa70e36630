import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { IssueContents } from '@/components/IssueContents';
import { IssueCover } from '@/components/IssueCover';
import { IssueMasthead } from '@/components/IssueMasthead';
import { JsonLd } from '@/components/JsonLd';
import { dictionary } from '@/lib/dictionaries';
import { issueFeedScope } from '@/lib/feeds';
import { FOLDER_INDEX, indexAndSlugParams, parseIndexOrSlug } from '@/lib/listings';
import { getIssue, getIssueLetter, getIssues, getIssueSections, getIssueYears, getLatestIssue, issueMonth, issueVersions, magazineEditions, type Issue } from '@/lib/magazine';
import { pageMetadata } from '@/lib/metadata';
import { formatNumber, localizeDigits } from '@/lib/numbers';
import { issueJsonLd } from '@/lib/seo';
import { isoWithOffset } from '@/lib/dates';
import { ISSUE_FORMAT } from '@/lib/search-formats';
import { editionPath, editions, site, type Edition } from '@/lib/site';
import { Credit } from '@/components/Credit';

// `/magazine` and `/magazine/[slug]` in an edition (contract: docs/editing.md, "Magazine issues").

function feedsOf(edition: Edition) {
  const scope = issueFeedScope(edition);
  return { title: scope.title, rss: scope.rssUrl, atom: scope.atomUrl };
}

function IssueLead({ issue, edition }: { issue: Issue; edition: Edition }) {
  const t = dictionary(edition).magazine;
  return (
    <section className="issue-lead" aria-labelledby="latest-issue">
      <div className="issue-lead__cover">
        <IssueCover issue={issue} priority />
      </div>
      <div>
        <p className="block-title">{t.latestIssue}</p>
        <IssueMasthead issue={issue} edition={edition} />
        <h2 id="latest-issue" className="issue-lead__title">
          <a href={issue.url}>{issue.title}</a>
        </h2>
        <p className="issue-lead__description">{issue.description}</p>
        <IssueContents sections={getIssueSections(issue)} coverStory={issue.articles[0]} edition={edition} />
      </div>
    </section>
  );
}

/** `/magazine`: the latest issue large, then the earlier ones as a cover grid by year. */
function magazineRoute(edition: Edition) {
  const t = dictionary(edition).magazine;
  const path = editionPath(edition, '/magazine');
  return {
    metadata: pageMetadata({
      edition,
      versions: Object.fromEntries(magazineEditions().map((e) => [e, editionPath(e, '/magazine')])),
      title: t.name,
      description: t.description,
      path,
      feeds: feedsOf(edition),
    }) satisfies Metadata,
    Page() {
      const latest = getLatestIssue(edition);
      const years = getIssueYears(edition);
      return (
        <div className="page magazine">
          <header className="page__header">
            <h1 className="page__title">{t.name}</h1>
            <p className="page__description">{t.description}</p>
          </header>
          {latest ? <IssueLead issue={latest} edition={edition} /> : <p>{dictionary(edition).nothingPublished}</p>}
          {years.length ? <h2 className="block-title">{t.archive}</h2> : null}
          {years.map((y) => (
            <section key={y.year} className="issue-year" aria-labelledby={`y-${y.year}`}>
              <h3 id={`y-${y.year}`} className="issue-year__title">
                {localizeDigits(y.year, editions[edition].digits)}
              </h3>
              <ul className="issue-grid">
                {y.issues.map((issue) => (
                  <li key={issue.slug} className="issue-grid__item">
                    <a href={issue.url}>
                      <IssueCover issue={issue} small />
                      <span className="issue-grid__title">{issue.title}</span>
                    </a>
                    <IssueMasthead issue={issue} edition={edition} />
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      );
    },
  };
}

type Props = { params: Promise<{ slug?: string[] }> };

/**
 * `/magazine/[[...slug]]`: `/magazine` itself and every issue, in one route so that an edition
 * with no issues yet still has its page and no placeholder is built (lib/listings.ts).
 */
export function magazineFolderRoute(edition: Edition) {
  const front = magazineRoute(edition);
  const issuePage = issuePageRoute(edition);
  return {
    generateStaticParams: () => indexAndSlugParams(getIssues(edition).map((i) => i.slug)),
    async generateMetadata({ params }: Props): Promise<Metadata> {
      const slug = parseIndexOrSlug((await params).slug);
      if (slug === FOLDER_INDEX) return front.metadata;
      return slug === undefined ? {} : issuePage.metadata(slug);
    },
    async Page({ params }: Props) {
      const slug = parseIndexOrSlug((await params).slug);
      if (slug === FOLDER_INDEX) return <front.Page />;
      if (slug === undefined) notFound();
      return <issuePage.Page slug={slug} />;
    },
  };
}

/** An issue's page: the cover with its credit, number and month, description, letter, contents. */
function issuePageRoute(edition: Edition) {
  const t = dictionary(edition).magazine;
  return {
    metadata(slug: string): Metadata {
      const issue = getIssue(edition, slug);
      if (!issue) return {};
      return pageMetadata({
        edition,
        versions: issueVersions(issue.slug),
        title: `${issue.title} — ${t.number(formatNumber(issue.number, edition))}, ${issueMonth(issue, edition)}`,
        description: issue.description,
        path: issue.url,
        feeds: feedsOf(edition),
      });
    },
    Page({ slug }: { slug: string }) {
      const issue = getIssue(edition, slug);
      if (!issue) notFound();
      const letter = getIssueLetter(issue);
      const published = isoWithOffset(issue.publishedAt, site.timeZone);
      return (
        // Search (scripts/search-index.ts) indexes the issue's title, month and description; its
        // contents are left out, or every query for an article's words would list its issue too.
        <div className="page issue" data-pagefind-body data-pagefind-filter={`format:${ISSUE_FORMAT}`} data-pagefind-meta={`date:${published}`} data-pagefind-sort={`date:${published}`}>
          <JsonLd data={[issueJsonLd(issue, getIssueSections(issue).flatMap((s) => s.articles))]} />
          <header className="issue__header">
            <figure className="issue__cover">
              <IssueCover issue={issue} priority pagefindMeta="image[src], image_alt[alt]" />
              <figcaption data-pagefind-ignore>
                <Credit className="issue__credit" credit={issue.cover.credit} />
              </figcaption>
            </figure>
            <div>
              <IssueMasthead issue={issue} edition={edition} />
              <h1 className="page__title" data-pagefind-meta="title" data-pagefind-ignore>
                {issue.title}
              </h1>
              <p className="page__description">
                {issue.description}
              </p>
              {letter ? (
                <p className="issue__letter">
                  <span className="block-title">{t.editorsLetter}</span> <a href={letter.url}>{letter.title}</a>
                </p>
              ) : null}
            </div>
          </header>
          <IssueContents sections={getIssueSections(issue)} coverStory={issue.articles[0]} edition={edition} />
        </div>
      );
    },
  };
}
