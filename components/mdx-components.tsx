import type { ComponentType } from 'react';
import { BodyLink } from './BodyLink';
import { Figure } from './Figure';
import { PullQuote } from './PullQuote';

type FigureAttributes = { src: string; alt: string; caption: string; credit: string };

// The one registry of components editors may use in MDX. The content check
// (lib/validation) rejects any other capitalised tag, so keep the two in step.
export const mdxComponents = {
  Figure: (props: FigureAttributes) => <Figure {...props} variant="inline" />,
  PullQuote,
  // Markdown links: never to an article that is not published (lib/links.ts).
  a: BodyLink,
} satisfies Record<string, ComponentType<never>>;
