type Props = { headings: readonly { id: string; text: string }[] };

/** The article's ## subheadings as in-page links; a native <details>, so no script. Not indexed for search (it repeats the subheadings). */
export function TableOfContents({ headings }: Props) {
  if (headings.length < 3) return null;
  return (
    <nav className="toc" aria-label="In this article" data-pagefind-ignore>
      <details>
        <summary>In this article</summary>
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
