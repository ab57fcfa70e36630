import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { dictionary } from './dictionaries';
import { documentEdition } from './document-edition';
import { localizeDigits } from './numbers';
import { editions, type Edition } from './site';

// GFM footnotes come out of remark-rehype with English words ("Footnotes", "Back to
// reference 1") and a hidden heading. This sets the edition's words, shows the heading
// ("Notes") and prints the reference numbers in the edition's digits.

const text = (value: string): ElementContent => ({ type: 'text', value });

export function rehypeFootnotes({ edition }: { edition?: Edition } = {}) {
  return (tree: Root, file: VFile) => {
    const e = edition ?? documentEdition(file);
    const words = dictionary(e).elements;
    const digits = (s: string) => localizeDigits(s, editions[e].digits);
    visit(tree, 'element', (node: Element) => {
      const p = node.properties;
      if (node.tagName === 'section' && p.dataFootnotes !== undefined) {
        p.className = ['footnotes'];
        p.ariaLabelledBy = undefined;
        for (const child of node.children) {
          if (child.type !== 'element') continue;
          if (/^h\d$/.test(child.tagName)) {
            child.properties.className = ['footnotes__title'];
            child.children = [text(words.notes)];
          }
          // Notes are numbered by their place in the list, whatever their labels ([^corridor]).
          if (child.tagName === 'ol') {
            child.children.filter((li): li is Element => li.type === 'element').forEach((li, i) => {
              visit(li, 'element', (a: Element) => {
                if (a.tagName === 'a' && a.properties.dataFootnoteBackref !== undefined) a.properties.ariaLabel = words.backToText.replace('{n}', digits(String(i + 1)));
              });
            });
          }
        }
      } else if (node.tagName === 'a' && p.dataFootnoteRef !== undefined) {
        node.children = node.children.map((c) => (c.type === 'text' ? text(digits(c.value)) : c));
      }
    });
  };
}
