import type { Article } from 'contentlayer/generated';
import type { Paged } from '@/lib/pagination';
import { ArticleList } from './ArticleList';
import { Pagination } from './Pagination';
import type { Edition } from '@/lib/site';

type Props = { paged: Paged<Article>; label: string; level?: 2 | 3; empty?: string; edition: Edition; showSection?: boolean };

/** One page of a section, tag or author listing, with its pagination. */
export function PagedArticles({ paged, label, level, empty, edition, showSection }: Props) {
  return (
    <>
      <ArticleList articles={paged.items} level={level} empty={empty} edition={edition} showSection={showSection} />
      <Pagination paged={paged} label={label} edition={edition} />
    </>
  );
}
