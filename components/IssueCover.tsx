import type { Issue } from '@/lib/magazine';
import { IMAGE_SIZES, ResponsiveImage } from './ResponsiveImage';

type Props = { issue: Issue; small?: boolean; priority?: boolean; pagefindMeta?: string };

/** A magazine cover (portrait), its alt text from the issue file. */
export function IssueCover({ issue, small = false, priority = false, pagefindMeta }: Props) {
  return (
    <ResponsiveImage
      src={issue.cover.src}
      alt={issue.cover.alt}
      sizes={small ? IMAGE_SIZES.coverSmall : IMAGE_SIZES.cover}
      className={small ? 'issue-cover issue-cover--small' : 'issue-cover'}
      priority={priority}
      thumbnail={small}
      pagefindMeta={pagefindMeta}
    />
  );
}
