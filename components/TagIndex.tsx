import type { Tag } from '@/lib/articles';
import type { Paged } from '@/lib/pagination';
import { Pagination } from './Pagination';

type Props = { paged: Paged<Tag> };

/** The index of topics, alphabetical, with article counts. */
export function TagIndex({ paged }: Props) {
  return (
    <div className="page">
      <header className="page__header">
        <h1 className="page__title">
          Topics{paged.page > 1 ? <span className="page__number"> page {paged.page}</span> : null}
        </h1>
        <p className="page__description">{paged.totalItems} topics covered in our analysis.</p>
      </header>
      <ul className="tag-index">
        {paged.items.map((t) => (
          <li key={t.slug}>
            <a href={t.url}>{t.name}</a> <span className="tag-index__count">{t.count}</span>
          </li>
        ))}
      </ul>
      <Pagination paged={paged} label="Topics" />
    </div>
  );
}
