import type { Metadata } from 'next';
import { EditionDocument } from '@/components/EditionDocument';
import { getSections } from '@/lib/articles';
import { dictionary } from '@/lib/dictionaries';
import { rootMetadata } from '@/lib/metadata';
import { DEFAULT_EDITION, editionPath } from '@/lib/site';
import './globals.css';

// With one root layout per edition there is no layout to build a site-wide 404 from, so
// the 404 is a whole document (Next's global-not-found, docs/adr/0010-editions.md), in
// the default edition.

const edition = DEFAULT_EDITION;
const t = dictionary(edition);

export const metadata: Metadata = { ...rootMetadata(edition), title: t.notFoundTitle, robots: { index: false, follow: true } };

export default function GlobalNotFound() {
  const search = editionPath(edition, '/search');
  return (
    <EditionDocument edition={edition}>
      <div className="page page--narrow">
        <h1 className="page__title">{t.notFoundTitle}</h1>
        <p>{t.notFoundText}</p>
        <form role="search" action={search} method="get" className="search-inline">
          <label htmlFor="nf-q">{t.searchLabel}</label>
          <div className="search-inline__row">
            <input id="nf-q" type="search" name="q" autoComplete="off" />
            <button type="submit">{t.search}</button>
          </div>
        </form>
        <h2 className="list-title">{t.browseSection}</h2>
        <ul className="section-links">
          {getSections(edition).map((s) => (
            <li key={s.slug}>
              <a href={s.url}>{s.title}</a>
            </li>
          ))}
        </ul>
        <p>
          <a href={editionPath(edition, '/')}>{t.goHome}</a> · <a href={editionPath(edition, '/archive')}>{t.browseArchive}</a>
        </p>
      </div>
    </EditionDocument>
  );
}
