import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { pageMetadata } from '@/lib/metadata';
import { TagIndex } from '@/components/TagIndex';
import { getTags } from '@/lib/articles';
import { PLACEHOLDER_PAGE } from '@/lib/listings';
import { laterPages, paginate } from '@/lib/pagination';
import { site } from '@/lib/site';

type Props = { params: Promise<{ page: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  const pages = laterPages(getTags().length, site.tagsPageSize).map((page) => ({ page }));
  return pages.length ? pages : [{ page: PLACEHOLDER_PAGE }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { page } = await params;
  return pageMetadata({ title: `Topics, page ${page}`, path: `/tags/page/${page}` });
}

export default async function TagsPageN({ params }: Props) {
  const paged = paginate(getTags(), Number((await params).page), site.tagsPageSize, '/tags');
  if (!paged) notFound();
  return <TagIndex paged={paged} />;
}
