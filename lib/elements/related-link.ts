import { articleSlug } from './forms';
import { defineElement } from './types';

export const relatedLink = defineElement({
  name: 'RelatedLink',
  summary: 'A card linking to another article of the same edition: its section, headline and photo.',
  attributes: {
    slug: { required: true, description: 'a published article of the same edition (its file name without .mdx)', example: 'paris-talks-israel-syria', schema: articleSlug, article: true },
  },
  children: { kind: 'none' },
  check: ({ node, error }) => {
    if (node.type === 'mdxJsxTextElement') error(undefined, 'is inside a paragraph', 'put <RelatedLink … /> on a line of its own, with blank lines around it');
  },
  example: '<RelatedLink slug="paris-talks-israel-syria" />',
  errors: ['an unknown slug (with "did you mean"), a draft or scheduled article, an article of the other edition, or the article itself', 'written inside a paragraph'],
  searchable: true,
});
