import type { SiteRule } from './types';

// The same photo twice (in one article or across the site) reads as a mistake.
export const imageReuse: SiteRule = {
  name: 'image reuse',
  check({ imageUses, warn }) {
    for (const [src, uses] of imageUses) {
      if (uses.length < 2) continue;
      const first = uses[0]!;
      for (const use of uses.slice(1)) {
        warn(use.file, use.pos, use.field, `${src} is already used (${first.file === use.file ? 'earlier in this article' : first.file})`, 'use a different photo, so readers do not see the same one twice');
      }
    }
  },
};
