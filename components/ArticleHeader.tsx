import { isoWithOffset } from '@/lib/dates';
import { dictionary } from '@/lib/dictionaries';
import { formatNumber } from '@/lib/numbers';
import { site, type Edition } from '@/lib/site';
import { Byline } from './Byline';
import { TextSizeControl } from './TextSizeControl';
import { Time } from './Time';
import { TranslationLinks } from './TranslationLinks';

type Props = {
  title: string;
  dek: string;
  /** Format key (analysis, explainer, …): the search filter value. */
  format: string;
  formatLabel: string;
  section?: { slug: string; title: string; url: string };
  authors: { slug: string; name: string; url: string }[];
  publishedAt: string;
  updatedAt?: string;
  readingTime: number;
  edition: Edition;
  /** The article in other languages, linked under the dateline. */
  translations?: readonly { lang: Edition; url: string }[];
};

/**
 * Kicker (section and format), headline, standfirst, byline, dates, reading time and the text-size control.
 * The data-pagefind-* attributes feed the search index (docs/adr/0004-search-with-pagefind.md): headline and
 * standfirst are searched as metadata only (weighted in components/islands/search.ts), so a result's excerpt,
 * taken from the body, never repeats them; section and format are filters, the date is meta and sort key;
 * the kicker and dateline are labels, not text, so they are left out of the index.
 */
export function ArticleHeader({ title, dek, format, formatLabel, section, authors, publishedAt, updatedAt, readingTime, edition, translations = [] }: Props) {
  const t = dictionary(edition);
  const published = isoWithOffset(publishedAt, site.timeZone);
  return (
    <header className="article__header">
      <p className="kicker" data-pagefind-ignore>
        {section ? (
          <a href={section.url} className="kicker__section" data-pagefind-filter={`section:${section.slug}`}>
            {section.title}
          </a>
        ) : null}
        <span className="kicker__format" data-pagefind-filter={`format:${format}`}>
          {formatLabel}
        </span>
      </p>
      <h1 className="article__title" data-pagefind-meta="title" data-pagefind-ignore>
        {title}
      </h1>
      <p className="standfirst" data-pagefind-meta="dek" data-pagefind-ignore>
        {dek}
      </p>
      <div className="article__meta">
        <div>
          <Byline authors={authors} edition={edition} />
          <p className="dateline" data-pagefind-ignore>
            <span className="dateline__published" data-pagefind-meta={`date:${published}`} data-pagefind-sort={`date:${published}`}>
              <span className="sr-only">{t.published} </span>
              <Time value={publishedAt} edition={edition} />
            </span>
            {updatedAt ? (
              <span className="dateline__updated">
                {' '}
                · {t.updated} <Time value={updatedAt} withTime edition={edition} />
              </span>
            ) : null}
            <span className="dateline__reading"> · {t.minRead(readingTime, formatNumber(readingTime, edition))}</span>
          </p>
          <TranslationLinks translations={translations} edition={edition} />
        </div>
        <TextSizeControl edition={edition} />
      </div>
    </header>
  );
}
