type Props = { headings: readonly { id: string; text: string }[] };

/** The article's ## subheadings as in-page links; a native <details>, so no script. */
export function TableOfContents({ headings }: Props) {
  if (headings.length < 3) return null;
  return (
    <nav className="toc" aria-label="In this article">
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
