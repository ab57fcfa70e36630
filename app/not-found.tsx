import type { Metadata } from 'next';
import { getSections } from '@/lib/articles';

export const metadata: Metadata = { title: 'Page not found', robots: { index: false, follow: true } };

export default function NotFound() {
  return (
    <div className="page page--narrow">
      <h1 className="page__title">Page not found</h1>
      <p>There is no page at this address. It may have moved, or the link may be mistyped.</p>
      <form role="search" action="/search" method="get" className="search-inline">
        <label htmlFor="nf-q">Search the articles</label>
        <div className="search-inline__row">
          <input id="nf-q" type="search" name="q" autoComplete="off" />
          <button type="submit">Search</button>
        </div>
      </form>
      <h2 className="list-title">Or browse a section</h2>
      <ul className="section-links">
        {getSections().map((s) => (
          <li key={s.slug}>
            <a href={s.url}>{s.title}</a>
          </li>
        ))}
      </ul>
      <p>
        <a href="/">Go to the front page</a> · <a href="/archive">Browse the archive</a>
      </p>
    </div>
  );
}
