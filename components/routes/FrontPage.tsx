import type { Metadata } from 'next';
import { ArticleCard } from '@/components/ArticleCard';
import { LeadStory } from '@/components/LeadStory';
import { NewsletterForm } from '@/components/NewsletterForm';
import { Time } from '@/components/Time';
import { getFrontPage } from '@/lib/articles';
import { dictionary } from '@/lib/dictionaries';
import { inEveryEdition, pageMetadata } from '@/lib/metadata';
import { editionPath, editions, type Edition } from '@/lib/site';

/** The front page of an edition: `/` and `/ar`. */
export function frontPageRoute(edition: Edition) {
  const ed = editions[edition];
  const metadata: Metadata = pageMetadata({
    edition,
    path: editionPath(edition, '/'),
    versions: inEveryEdition('/'),
    feeds: { title: ed.name, rss: editionPath(edition, '/feed.xml'), atom: editionPath(edition, '/atom.xml') },
  });
  function Page() {
    const front = getFrontPage(edition);
    const t = dictionary(edition);
    return (
      <div className="page front">
        <h1 className="sr-only">
          {ed.name}: {t.tagline}
        </h1>
        {!front ? (
          <p>{t.nothingPublished}</p>
        ) : (
          <>
            <div className="front__top">
              <LeadStory article={front.lead} />
              {front.latest.length ? (
                <section className="front__latest" aria-labelledby="latest-title">
                  <h2 id="latest-title" className="block-title">
                    {t.latest}
                  </h2>
                  <ol className="latest-list">
                    {front.latest.map((a) => (
                      <li key={a.slug}>
                        <a href={a.url}>{a.title}</a> <Time value={a.publishedAt} className="latest-list__date" edition={edition} />
                      </li>
                    ))}
                  </ol>
                  <p>
                    <a href={editionPath(edition, '/archive')} className="more-link">
                      {t.allByMonth}
                    </a>
                  </p>
                </section>
              ) : null}
            </div>
            {front.secondTier.length ? (
              <section aria-labelledby="top-stories-title" className="front__tier">
                <h2 id="top-stories-title" className="sr-only">
                  {t.topStories}
                </h2>
                <ul className="card-list card-list--tier">
                  {front.secondTier.map((a) => (
                    <li key={a.slug}>
                      <ArticleCard article={a} level={3} />
                    </li>
                  ))}
                </ul>
              </section>
            ) : null}
            {front.sections.map(({ section, articles, cardsShowSection }) => (
              <section key={section.slug} className="front__section" aria-labelledby={`front-${section.slug}`}>
                <h2 id={`front-${section.slug}`} className="block-title">
                  <a href={section.url}>{section.title}</a>
                </h2>
                <ul className="card-list">
                  {articles.map((a) => (
                    <li key={a.slug}>
                      <ArticleCard article={a} level={3} showSection={cardsShowSection} />
                    </li>
                  ))}
                </ul>
                <p>
                  <a href={section.url} className="more-link">
                    {t.moreFrom(section.title)}
                  </a>
                </p>
              </section>
            ))}
          </>
        )}
        <NewsletterForm edition={edition} />
      </div>
    );
  }
  return { metadata, Page };
}
