import { footnotes } from './footnotes';
import { headings } from './headings';
import { tables } from './tables';
import type { BodyRule } from './types';

// The body rules, run on every parsed article and author body (cached by text).
// Adding a rule is its module and one line here.
export const BODY_RULES: readonly BodyRule[] = [
  headings,
  footnotes,
  tables,
];
