import type { Metadata } from 'next';
import { getSearchFilters } from '@/lib/search';
import { dictionary } from '@/lib/dictionaries';
import { islandSrc } from '@/lib/islands';
import { inEveryEdition, languageAlternates } from '@/lib/metadata';
import { editionPath, intlLocale, site, type Edition } from '@/lib/site';

/**
 * Full-text search over an edition's articles (docs/adr/0004-search-with-pagefind.md). The form is a
 * plain GET form, so /search?q=… is a real address; the search island reads the address,
 * runs the query against the Pagefind index and renders the results. Pagefind keeps one index per
 * `<html lang>`, so /ar/search finds Arabic articles only. Pagefind's files load on this page only.
 */
export function searchRoute(edition: Edition) {
  const t = dictionary(edition);
  const path = editionPath(edition, '/search');
  const metadata: Metadata = {
    title: t.search,
    description: t.searchDescription,
    alternates: { canonical: path, languages: languageAlternates(edition, path, inEveryEdition('/search')) },
    robots: { index: false, follow: true },
  };
  function Page() {
    const { sections, formats } = getSearchFilters(edition);
    const groups = [
      { name: 'section', legend: t.section, options: sections.map((s) => ({ value: s.slug, label: s.title })) },
      { name: 'format', legend: t.format, options: formats },
    ];
    return (
      <div className="page page--narrow search">
        <h1 className="page__title">{t.search}</h1>
        <form
          role="search"
          action={path}
          method="get"
          className="search-form"
          data-search-form
          data-strings={JSON.stringify(t.searchIsland)}
          data-locale={intlLocale(edition)}
          data-time-zone={site.timeZone}
        >
          <label htmlFor="search-q" className="search-form__label">
            {t.searchLabel}
          </label>
          <div className="search-form__row">
            <input type="search" id="search-q" name="q" className="search-form__input" autoComplete="off" enterKeyHint="search" placeholder={t.searchPlaceholder} />
            <button type="submit" className="search-form__button">
              {t.search}
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
            {t.searchNoscript} <a href={editionPath(edition, '/')}>{t.frontPage}</a>.
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
  return { metadata, Page };
}
