import type { ComponentType, ReactNode } from 'react';
import type { DefinitionOf, ElementName } from '@/lib/elements/registry';
import type { AttributesOf } from '@/lib/elements/types';
import type { Edition } from '@/lib/site';
import { BodyLink } from './BodyLink';
import { Audio } from './elements/Audio';
import { Chart } from './elements/Chart';
import { Map as LocatorMap } from './elements/Map';
import { Place } from './elements/Place';
import { Video } from './elements/Video';
import { Event } from './elements/Event';
import { Explainer } from './elements/Explainer';
import { Gallery } from './elements/Gallery';
import { KeyPoints } from './elements/KeyPoints';
import { Profile } from './elements/Profile';
import { RelatedLink } from './elements/RelatedLink';
import { SocialPost } from './elements/SocialPost';
import { Table } from './elements/Table';
import { Timeline } from './elements/Timeline';
import { Figure } from './Figure';
import { PullQuote } from './PullQuote';

/** Every element's component, with props typed from its definition: a missing one is a type error. */
type ElementComponents = { [N in ElementName]: (props: AttributesOf<DefinitionOf<N>> & { children?: ReactNode }) => ReactNode };

// The components for the elements in lib/elements/registry.ts, which the content check
// also reads: the two cannot drift. Built per edition, because elements print words and
// digits in the page's language.
function elementComponents(edition: Edition): ElementComponents {
  return {
    Figure: (props) => <Figure {...props} variant="inline" edition={edition} />,
    PullQuote,
    Gallery: (props) => <Gallery {...props} edition={edition} />,
    RelatedLink: (props) => <RelatedLink {...props} edition={edition} />,
    KeyPoints: (props) => <KeyPoints {...props} edition={edition} />,
    Explainer: (props) => <Explainer {...props} edition={edition} />,
    Profile: (props) => <Profile {...props} edition={edition} />,
    Timeline,
    Event: (props) => <Event {...props} edition={edition} />,
    SocialPost: (props) => <SocialPost {...props} edition={edition} />,
    Table: (props) => <Table {...props} edition={edition} />,
    Chart: (props) => <Chart {...props} edition={edition} />,
    Map: (props) => <LocatorMap {...props} edition={edition} />,
    Place,
    Video: (props) => <Video {...props} edition={edition} />,
    Audio: (props) => <Audio {...props} edition={edition} />,
  };
}

export function mdxComponents(edition: Edition) {
  return {
    ...elementComponents(edition),
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
