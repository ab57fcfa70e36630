import type { Metadata } from 'next';
import { getSearchFilters } from '@/lib/articles';
import { islandSrc } from '@/lib/islands';

export const metadata: Metadata = {
  title: 'Search',
  description: 'Search the articles by word, section and format.',
  alternates: { canonical: '/search' },
  robots: { index: false, follow: true },
};

/**
 * Full-text search over the articles (docs/adr/0004-search-with-pagefind.md). The form is a
 * plain GET form, so /search?q=… is a real address; the search island reads the address,
 * runs the query against the Pagefind index and renders the results. Pagefind's files load
 * on this page only.
 */
export default function SearchPage() {
  const { sections, formats } = getSearchFilters();
  const groups = [
    { name: 'section', legend: 'Section', options: sections.map((s) => ({ value: s.slug, label: s.title })) },
    { name: 'format', legend: 'Format', options: formats },
  ];
  return (
    <div className="page page--narrow search">
      <h1 className="page__title">Search</h1>
      <form role="search" action="/search" method="get" className="search-form" data-search-form>
        <label htmlFor="search-q" className="search-form__label">
          Search the articles
        </label>
        <div className="search-form__row">
          <input
            type="search"
            id="search-q"
            name="q"
            className="search-form__input"
            autoComplete="off"
            enterKeyHint="search"
            placeholder="Words from a headline or an article"
          />
          <button type="submit" className="search-form__button">
            Search
          </button>
        </div>
        <div className="search-filters">
          {groups.map((g) => (
            <fieldset key={g.name} className="search-filters__group">
              <legend className="search-filters__legend">{g.legend}</legend>
              {g.options.map((o) => (
                <label key={o.value} className="search-filters__option">
                  <input type="checkbox" name={g.name} value={o.value} />
                  <span>{o.label}</span>
                  <span className="search-filters__count" data-count />
                </label>
              ))}
            </fieldset>
          ))}
        </div>
      </form>
      <noscript>
        <p className="search-noscript">
          Search needs JavaScript, which is turned off in this browser. Every article is still listed on its section page, linked from the{' '}
          <a href="/">front page</a>.
        </p>
      </noscript>
      <div className="search-results" data-search-results>
        {/* Only the one-line summary is a live region: re-reading every result on each keystroke would drown a screen reader. */}
        <p className="search-results__status" role="status" aria-live="polite" data-search-status />
        <ol className="search-results__list" data-search-list />
      </div>
      <script type="module" src={islandSrc('search')} />
    </div>
  );
}
