import type { Tag } from '@/lib/articles';
import { dictionary } from '@/lib/dictionaries';
import { formatNumber } from '@/lib/numbers';
import type { Paged } from '@/lib/pagination';
import type { Edition } from '@/lib/site';
import { Pagination } from './Pagination';

type Props = { paged: Paged<Tag>; edition: Edition };

/** The index of topics, alphabetical, with article counts. */
export function TagIndex({ paged, edition }: Props) {
  const t = dictionary(edition);
  return (
    <div className="page">
      <header className="page__header">
        <h1 className="page__title">
          {t.topics}
          {paged.page > 1 ? <span className="page__number"> {t.pageNumber(formatNumber(paged.page, edition))}</span> : null}
        </h1>
        <p className="page__description">{t.topicsIntro(formatNumber(paged.totalItems ?? 0, edition))}</p>
      </header>
      <ul className="tag-index">
        {paged.items.map((tag) => (
          <li key={tag.slug}>
            <a href={tag.url}>{tag.name}</a> <span className="tag-index__count">{formatNumber(tag.count, edition)}</span>
          </li>
        ))}
      </ul>
      <Pagination paged={paged} label={t.topics} edition={edition} />
    </div>
  );
}
