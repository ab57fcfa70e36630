import { Byline } from './Byline';
import { TextSizeControl } from './TextSizeControl';
import { Time } from './Time';

type Props = {
  title: string;
  dek: string;
  formatLabel: string;
  section?: { title: string; url: string };
  authors: { slug: string; name: string; url: string }[];
  publishedAt: string;
  updatedAt?: string;
  readingTime: number;
};

/** Kicker (section and format), headline, standfirst, byline, dates, reading time and the text-size control. */
export function ArticleHeader({ title, dek, formatLabel, section, authors, publishedAt, updatedAt, readingTime }: Props) {
  return (
    <header className="article__header">
      <p className="kicker">
        {section ? (
          <a href={section.url} className="kicker__section">
            {section.title}
          </a>
        ) : null}
        <span className="kicker__format">{formatLabel}</span>
      </p>
      <h1 className="article__title">{title}</h1>
      <p className="standfirst">{dek}</p>
      <div className="article__meta">
        <div>
          <Byline authors={authors} />
          <p className="dateline">
            <span className="dateline__published">
              <span className="sr-only">Published </span>
              <Time value={publishedAt} />
            </span>
            {updatedAt ? (
              <span className="dateline__updated">
                {' '}
                · Updated <Time value={updatedAt} withTime />
              </span>
            ) : null}
            <span className="dateline__reading"> · {readingTime} min read</span>
          </p>
        </div>
        <TextSizeControl />
      </div>
    </header>
  );
}
