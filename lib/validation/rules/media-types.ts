import type { Position } from 'unist';

// What the chart, map, video and audio checks read and report: plain values, so the checks
// do not depend on how the content check walks the MDX tree.

/** An element as written: its name, its string attributes (null when not a quoted string), its place and its child elements. */
export type ElementNode = {
  name: string | null;
  attrs: Readonly<Record<string, string | null>>;
  pos: Position['start'];
  children: ElementNode[];
  /** Non-blank text directly inside it. */
  hasText: boolean;
};

/**
 * One problem in an element: the attribute ('' for the element as a whole), and `element`
 * and `pos` when it is in a child (a <Place> of a <Map>) rather than in the element itself.
 */
export type ElementIssue = { attribute: string; message: string; fix: string; element?: string; pos?: Position['start'] };

export type ElementContext = { publicDir: string };

/** An error for each required attribute that is missing or blank. */
export function requireAttributes(node: ElementNode, examples: Record<string, string>): ElementIssue[] {
  const issues: ElementIssue[] = [];
  for (const [name, example] of Object.entries(examples)) {
    const v = node.attrs[name];
    if (v === undefined || (typeof v === 'string' && v.trim() === '')) {
      issues.push({ attribute: name, message: v === undefined ? 'is missing' : 'is empty', fix: `add ${name}="${example}"` });
    }
  }
  return issues;
}

/** A string attribute that is present and not blank. */
export function given(node: ElementNode, name: string): string | undefined {
  const v = node.attrs[name];
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}
