import type { Metadata } from 'next';
import { ArticleCard } from '@/components/ArticleCard';
import { LeadStory } from '@/components/LeadStory';
import { Time } from '@/components/Time';
import { getFrontPage } from '@/lib/articles';
import { pageMetadata } from '@/lib/metadata';
import { site } from '@/lib/site';

export const metadata: Metadata = pageMetadata({ path: '/', feeds: { title: site.name, rss: '/feed.xml', atom: '/atom.xml' } });

export default function HomePage() {
  const front = getFrontPage();
  return (
    <div className="page front">
      <h1 className="sr-only">{site.name}: analysis of the Arab world</h1>
      {!front ? (
        <p>Nothing has been published yet.</p>
      ) : (
        <>
          <div className="front__top">
            <LeadStory article={front.lead} />
            <section className="front__latest" aria-labelledby="latest-title">
              <h2 id="latest-title" className="block-title">
                Latest
              </h2>
              <ol className="latest-list">
                {front.latest.map((a) => (
                  <li key={a.slug}>
                    <a href={a.url}>{a.title}</a> <Time value={a.publishedAt} className="latest-list__date" />
                  </li>
                ))}
              </ol>
              <p>
                <a href="/archive" className="more-link">
                  All articles, by month
                </a>
              </p>
            </section>
          </div>
          {front.secondTier.length ? (
            <section aria-labelledby="top-stories-title" className="front__tier">
              <h2 id="top-stories-title" className="sr-only">
                Top stories
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
          {front.sections.map(({ section, articles }) => (
            <section key={section.slug} className="front__section" aria-labelledby={`front-${section.slug}`}>
              <h2 id={`front-${section.slug}`} className="block-title">
                <a href={section.url}>{section.title}</a>
              </h2>
              <ul className="card-list">
                {articles.map((a) => (
                  <li key={a.slug}>
                    <ArticleCard article={a} level={3} />
                  </li>
                ))}
              </ul>
              <p>
                <a href={section.url} className="more-link">
                  More from {section.title}
                </a>
              </p>
            </section>
          ))}
        </>
      )}
    </div>
  );
}
