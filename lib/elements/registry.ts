import { figure } from './figure';
import { pullQuote } from './pull-quote';
import type { ElementDefinition } from './types';

// Every element editors may write in MDX. Adding one is: its definition file, one line here,
// its component in components/mdx-components.tsx (a type error until it is there).
export const ELEMENTS = [figure, pullQuote] as const;

export type ElementName = (typeof ELEMENTS)[number]['name'];

export const ELEMENT_NAMES: readonly ElementName[] = ELEMENTS.map((e) => e.name);

const byName = new Map<string, ElementDefinition>(ELEMENTS.map((e) => [e.name, e as unknown as ElementDefinition]));

export function elementDefinition(name: string): ElementDefinition | undefined {
  return byName.get(name);
}

/** The definition of one element, by name: components take their props from it. */
export type DefinitionOf<N extends ElementName> = Extract<(typeof ELEMENTS)[number], { name: N }>;
