import type { Root } from 'mdast';
import { visitParents } from 'unist-util-visit-parents';
import type { BodyRule } from './types';

// A bare pipe table has no caption or source and widens the page on a phone: tables go in <Table>.
export const tables: BodyRule = {
  name: 'tables',
  check(tree: Root, report) {
    visitParents(tree, 'table', (node, ancestors) => {
      const parent = ancestors[ancestors.length - 1];
      const inTable = parent?.type === 'mdxJsxFlowElement' && parent.name === 'Table';
      if (!inTable) report(node, 'table', 'a table must have a caption and a source', 'put it between <Table caption="…" source="…"> and </Table>, with blank lines around it');
    });
  },
};
