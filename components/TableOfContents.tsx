import { dictionary } from '@/lib/dictionaries';
import type { Edition } from '@/lib/site';

type Props = { headings: readonly { id: string; text: string }[]; edition: Edition };

/** The article's ## subheadings as in-page links; a native <details>, so no script. Not indexed for search (it repeats the subheadings). */
export function TableOfContents({ headings, edition }: Props) {
  if (headings.length < 3) return null;
  const t = dictionary(edition);
  return (
    <nav className="toc" aria-label={t.inThisArticle} data-pagefind-ignore>
      <details>
        <summary>{t.inThisArticle}</summary>
        <ol>
          {headings.map((h) => (
            <li key={h.id}>
              <a href={`#${h.id}`}>{h.text}</a>
            </li>
          ))}
        </ol>
      </details>
    </nav>
  );
}
