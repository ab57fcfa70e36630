import type { Metadata } from 'next';
import { pageMetadata } from '@/lib/metadata';
import { TagIndex } from '@/components/TagIndex';
import { getTags } from '@/lib/articles';
import { paginate } from '@/lib/pagination';
import { site } from '@/lib/site';

export const metadata: Metadata = pageMetadata({ title: 'Topics', description: 'Every topic covered, with the number of articles on each.', path: '/tags' });

export default function TagsPage() {
  const paged = paginate(getTags(), 1, site.tagsPageSize, '/tags')!;
  return <TagIndex paged={paged} />;
}
