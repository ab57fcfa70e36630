import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { IMAGE_SIZES, ResponsiveImage } from '@/components/ResponsiveImage';
import { TagIndex } from '@/components/TagIndex';
import { Time } from '@/components/Time';
import { formatLabel, getArchive, getArticlesByAuthor, getArticleSection, getAuthors, getTags } from '@/lib/articles';
import { dictionary } from '@/lib/dictionaries';
import { inEveryEdition, pageMetadata } from '@/lib/metadata';
import { formatNumber } from '@/lib/numbers';
import { paginate } from '@/lib/pagination';
import { editionPath, site, type Edition } from '@/lib/site';

// The edition-wide indexes: topics (paged), writers and the archive.

/** Metadata of page `n` of an edition's topic index (`/tags`, `/tags/page/n`). */
export function tagIndexMetadata(edition: Edition, n: number): Metadata {
  const t = dictionary(edition);
  const base = editionPath(edition, '/tags');
  return n === 1
    ? pageMetadata({ edition, versions: inEveryEdition('/tags'), title: t.topics, description: t.topicsDescription, path: base })
    : pageMetadata({ edition, title: t.titleWithPage(t.topics, formatNumber(n, edition)), path: `${base}/page/${n}` });
}

/** Page `n` of an edition's topic index, alphabetical. */
export function tagIndexPage(edition: Edition, n: number) {
  const paged = paginate(getTags(edition), n, site.tagsPageSize, editionPath(edition, '/tags'));
  if (!paged) notFound();
  return <TagIndex paged={paged} edition={edition} />;
}

/** `/authors` in an edition. */
export function authorIndexRoute(edition: Edition) {
  const t = dictionary(edition);
  return {
    metadata: pageMetadata({ edition, versions: inEveryEdition('/authors'), title: t.writers, description: t.writersDescription, path: editionPath(edition, '/authors') }) satisfies Metadata,
    Page() {
      return (
        <div className="page">
          <header className="page__header">
            <h1 className="page__title">{t.writers}</h1>
          </header>
          <ul className="author-index">
            {getAuthors(edition).map((a) => {
              const count = getArticlesByAuthor(edition, a.slug).length;
              return (
                <li key={a.slug} className="author-index__item">
                  {a.avatar ? (
                    <ResponsiveImage src={a.avatar} alt="" sizes={IMAGE_SIZES.avatarSmall} className="author-index__avatar" />
                  ) : (
                    <span className="author-index__avatar author-index__avatar--initials" aria-hidden="true">
                      {a.name
                        .split(/\s+/)
                        .map((w) => w[0])
                        .slice(0, 2)
                        .join('')}
                    </span>
                  )}
                  <div>
                    <a href={a.url} className="author-index__name">
                      <bdi>{a.name}</bdi>
                    </a>
                    <p className="author-index__role">{a.role}</p>
                    <p className="author-index__count">{t.articleCount(count, formatNumber(count, edition))}</p>
                  </div>
                </li>
              );
            })}
          </ul>
        </div>
      );
    },
  };
}

/** `/archive` in an edition: every article, month by month. */
export function archiveRoute(edition: Edition) {
  const t = dictionary(edition);
  return {
    metadata: pageMetadata({ edition, versions: inEveryEdition('/archive'), title: t.archive, description: t.archiveDescription, path: editionPath(edition, '/archive') }) satisfies Metadata,
    Page() {
      const months = getArchive(edition);
      return (
        <div className="page page--medium">
          <header className="page__header">
            <h1 className="page__title">{t.archive}</h1>
            <p className="page__description">{t.archiveIntro}</p>
          </header>
          {months.length ? (
            <nav aria-label={t.months} className="archive-months">
              <ul>
                {months.map((m) => (
                  <li key={m.key}>
                    <a href={`#m-${m.key}`}>{m.label}</a>
                  </li>
                ))}
              </ul>
            </nav>
          ) : (
            <p>{t.nothingPublished}</p>
          )}
          {months.map((m) => (
            <section key={m.key} aria-labelledby={`m-${m.key}`} className="archive-month">
              <h2 id={`m-${m.key}`} className="block-title">
                {m.label}
              </h2>
              <ol className="archive-list">
                {m.articles.map((a) => (
                  <li key={a.slug}>
                    <Time value={a.publishedAt} className="archive-list__date" edition={edition} />
                    <div>
                      <a href={a.url} className="archive-list__title">
                        {a.title}
                      </a>
                      <span className="archive-list__meta">
                        {getArticleSection(a)?.title} · {formatLabel(a.format, edition)}
                      </span>
                    </div>
                  </li>
                ))}
              </ol>
            </section>
          ))}
        </div>
      );
    },
  };
}
