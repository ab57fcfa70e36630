import type { Metadata } from 'next';
import { pageMetadata } from '@/lib/metadata';
import { Time } from '@/components/Time';
import { formatLabel, getArchive, getSection } from '@/lib/articles';

export const metadata: Metadata = pageMetadata({ title: 'Archive', description: 'Every article, month by month, newest first.', path: '/archive' });

export default function ArchivePage() {
  const months = getArchive();
  return (
    <div className="page page--medium">
      <header className="page__header">
        <h1 className="page__title">Archive</h1>
        <p className="page__description">Every article we have published, month by month.</p>
      </header>
      {months.length ? (
        <nav aria-label="Months" className="archive-months">
          <ul>
            {months.map((m) => (
              <li key={m.key}>
                <a href={`#m-${m.key}`}>{m.label}</a>
              </li>
            ))}
          </ul>
        </nav>
      ) : (
        <p>Nothing has been published yet.</p>
      )}
      {months.map((m) => (
        <section key={m.key} aria-labelledby={`m-${m.key}`} className="archive-month">
          <h2 id={`m-${m.key}`} className="block-title">
            {m.label}
          </h2>
          <ol className="archive-list">
            {m.articles.map((a) => (
              <li key={a.slug}>
                <Time value={a.publishedAt} className="archive-list__date" />
                <div>
                  <a href={a.url} className="archive-list__title">
                    {a.title}
                  </a>
                  <span className="archive-list__meta">
                    {getSection(a.section)?.title} · {formatLabel(a.format)}
                  </span>
                </div>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
