import { audio } from './audio';
import { chart } from './chart';
import { event } from './event';
import { explainer } from './explainer';
import { figure } from './figure';
import { gallery } from './gallery';
import { keyPoints } from './key-points';
import { map } from './map';
import { place } from './place';
import { profile } from './profile';
import { pullQuote } from './pull-quote';
import { relatedLink } from './related-link';
import { socialPost } from './social-post';
import { table } from './table';
import { timeline } from './timeline';
import type { ElementDefinition } from './types';
import { video } from './video';

// Every element editors may write in MDX. Adding one is: its definition file, one line here,
// its component in components/mdx-components.tsx (a type error until it is there).
export const ELEMENTS = [
  figure,
  pullQuote,
  gallery,
  relatedLink,
  keyPoints,
  explainer,
  profile,
  timeline,
  event,
  socialPost,
  table,
  chart,
  map,
  place,
  video,
  audio,
] as const;

export type ElementName = (typeof ELEMENTS)[number]['name'];

export const ELEMENT_NAMES: readonly ElementName[] = ELEMENTS.map((e) => e.name);

const byName = new Map<string, ElementDefinition>(ELEMENTS.map((e) => [e.name, e as unknown as ElementDefinition]));

export function elementDefinition(name: string): ElementDefinition | undefined {
  return byName.get(name);
}

/** The definition of one element, by name: components take their props from it. */
export type DefinitionOf<N extends ElementName> = Extract<(typeof ELEMENTS)[number], { name: N }>;
