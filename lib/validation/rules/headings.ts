import type { Root } from 'mdast';
import { headingAnchors } from '../../mdx-ast';
import { PAGE_IDS } from '../../page-ids';
import type { BodyRule } from './types';

// A subheading's anchor must not take an id the page itself uses (#main, #related…).
export const headings: BodyRule = {
  name: 'headings',
  check(tree: Root, report) {
    for (const h of headingAnchors(tree)) {
      if (PAGE_IDS.includes(h.id)) {
        report(h.node, 'body', `the subheading "${h.text}" would get the anchor #${h.id}, which the page itself already uses`, 'reword the subheading, e.g. add a word to it');
      }
    }
  },
};
