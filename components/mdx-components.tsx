import type { ComponentProps, ComponentType } from 'react';
import type { Edition } from '@/lib/site';
import { BodyLink } from './BodyLink';
import { Audio } from './elements/Audio';
import { Chart } from './elements/Chart';
import { Map as LocatorMap } from './elements/Map';
import { Place } from './elements/Place';
import { Video } from './elements/Video';
import { Figure } from './Figure';
import { PullQuote } from './PullQuote';

type FigureAttributes = { src: string; alt: string; caption: string; credit: string };

// The one registry of components editors may use in MDX. The content check
// (lib/validation) rejects any other capitalised tag, so keep the two in step.
// Built per edition, because a figure's screen-reader label is in the page's language.
export function mdxComponents(edition: Edition) {
  return {
    Figure: (props: FigureAttributes) => <Figure {...props} variant="inline" edition={edition} />,
    PullQuote,
    Chart: (props: Omit<ComponentProps<typeof Chart>, 'edition'>) => <Chart {...props} edition={edition} />,
    Map: (props: Omit<ComponentProps<typeof LocatorMap>, 'edition'>) => <LocatorMap {...props} edition={edition} />,
    Place,
    Video: (props: Omit<ComponentProps<typeof Video>, 'edition'>) => <Video {...props} edition={edition} />,
    Audio: (props: Omit<ComponentProps<typeof Audio>, 'edition'>) => <Audio {...props} edition={edition} />,
    // Markdown links: never to an article that is not published (lib/links.ts).
    a: BodyLink,
  } satisfies Record<string, ComponentType<never>>;
}

const registries = new Map<Edition, ReturnType<typeof mdxComponents>>();
/** The same registry object for every render of an edition (stable component identities). */
export function mdxComponentsFor(edition: Edition): ReturnType<typeof mdxComponents> {
  let r = registries.get(edition);
  if (!r) {
    r = mdxComponents(edition);
    registries.set(edition, r);
  }
  return r;
}
