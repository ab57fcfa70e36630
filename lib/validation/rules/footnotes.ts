import type { FootnoteReference, Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import type { BodyRule } from './types';

// GFM footnotes: a [^label] with no definition stays plain text (the parser only links
// defined labels), so it is found in the text; a definition nobody cites is found by label.
const LOOSE_REFERENCE = /\[\^([^\]\s]+)\]/g;

export const footnotes: BodyRule = {
  name: 'footnotes',
  check(tree: Root, report) {
    const cited = new Set<string>();
    visit(tree, 'footnoteReference', (n: FootnoteReference) => {
      cited.add(n.identifier);
    });
    visit(tree, 'text', (n: Text) => {
      for (const m of n.value.matchAll(LOOSE_REFERENCE)) {
        const before = n.value.slice(0, m.index);
        const line = (n.position?.start.line ?? 1) + (before.match(/\n/g)?.length ?? 0);
        const column = before.includes('\n') ? before.length - before.lastIndexOf('\n') : (n.position?.start.column ?? 1) + before.length;
        report({ line, column }, `footnote [^${m[1]}]`, `the note [^${m[1]}] is cited but never written`, `add a line "[^${m[1]}]: The note's text." at the end of the article, or remove the reference`);
      }
    });
    visit(tree, 'footnoteDefinition', (n) => {
      if (!cited.has(n.identifier)) {
        report(n, `footnote [^${n.label ?? n.identifier}]`, `the note [^${n.label ?? n.identifier}] is written but never cited in the text`, `cite it with [^${n.label ?? n.identifier}] after the words it explains, or remove the note`);
      }
    });
  },
};
