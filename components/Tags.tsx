type Props = { tags: readonly string[] };

/** Topic tags. Issue 3 turns them into links to tag pages. */
export function Tags({ tags }: Props) {
  if (tags.length === 0) return null;
  return (
    <div className="tags">
      <h2 className="tags__title">Topics</h2>
      <ul className="tags__list">
        {tags.map((tag) => (
          <li key={tag} className="tags__tag">
            {tag}
          </li>
        ))}
      </ul>
    </div>
  );
}
