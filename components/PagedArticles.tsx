import type { Article } from 'contentlayer/generated';
import type { Paged } from '@/lib/pagination';
import { ArticleList } from './ArticleList';
import { Pagination } from './Pagination';

type Props = { paged: Paged<Article>; label: string; level?: 2 | 3; empty?: string };

/** One page of a section, tag or author listing, with its pagination. */
export function PagedArticles({ paged, label, level, empty }: Props) {
  return (
    <>
      <ArticleList articles={paged.items} level={level} empty={empty} />
      <Pagination paged={paged} label={label} />
    </>
  );
}
