import type { Root, RootContent } from 'mdast';
import { checkElement, type Emit, type ElementRef } from '../../elements/check';
import { ELEMENT_NAMES, elementDefinition } from '../../elements/registry';
import { closest } from '../closest';
import type { Position } from '../front-matter';
import type { Located } from './types';

// What a body may hold: Markdown, the site's elements, and harmless HTML. No imports, scripts,
// expressions or captionless images; each element's own rules are in lib/elements/.

// Elements that would smuggle scripts or foreign pages into a zero-JavaScript page.
const FORBIDDEN_HTML = new Set(['script', 'style', 'iframe', 'object', 'embed', 'form', 'link', 'meta', 'base']);

export type ElementsContext = {
  emit: Emit;
  /** A node's position as a line of the file. */
  at: (node: Located) => Position;
  kind: 'article' | 'author';
  /** The body's text, normalised for quotes (pull quotes must quote it). */
  normalisedBody: string;
  /** Element attributes naming files or articles, checked after the analysis. */
  refs: ElementRef[];
};

const elementList = () => ELEMENT_NAMES.map((n) => `<${n}>`).join(', ');

/** Lower-case tags: plain HTML, allowed unless it can run or embed something. True when its children are to be visited. */
function checkHtml(node: Extract<RootContent, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>, name: string, o: ElementsContext): boolean {
  const error = (field: string, message: string, fix: string) => o.emit('error', o.at(node), field, message, fix);
  if (FORBIDDEN_HTML.has(name)) {
    error(`<${name}>`, `<${name}> is not allowed in content`, 'remove it; pages carry no scripts, styles or embedded pages');
    return false;
  }
  if (name === 'img') {
    error('<img>', 'a bare <img> has no caption or credit', 'use <Figure src="…" alt="…" caption="…" credit="…" /> instead');
    return false;
  }
  for (const attr of node.attributes) {
    if (attr.type !== 'mdxJsxAttribute') continue;
    if (/^on/i.test(attr.name)) {
      error(`<${name}> ${attr.name}`, `event-handler attributes such as ${attr.name} are not allowed`, 'remove the attribute; pages carry no scripts');
    } else if (typeof attr.value === 'string' && /^\s*(javascript|vbscript|data):/i.test(attr.value) && attr.name !== 'alt') {
      error(`<${name}> ${attr.name}`, `"${attr.value.slice(0, 30)}" is a script or data URL`, 'link to a page or file instead');
    }
  }
  return true;
}

export function checkBodyElements(node: Root | RootContent, parent: string | undefined, o: ElementsContext): void {
  const error = (field: string, message: string, fix: string) => o.emit('error', o.at(node), field, message, fix);
  switch (node.type) {
    case 'mdxjsEsm':
      error('body', 'import/export statements are not allowed in content', `remove the line; the elements (${elementList()}) need no import`);
      return;
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      if (!/^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value)) {
        error('body', `"{${node.value.slice(0, 30)}}" is a JavaScript expression, which content may not contain`, 'to show a curly brace write \\{ ; for a comment write {/* … */}');
      }
      return;
    case 'image':
    case 'imageReference':
      error('body', 'a Markdown image ![…](…) has no caption or credit', 'use <Figure src="…" alt="…" caption="…" credit="…" /> instead');
      return;
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      const name = node.name;
      if (name === null) {
        error('body', 'empty <> fragments are not allowed', 'remove the <> and </> around the text');
        return;
      }
      if (/^[a-z]/.test(name)) {
        if (!checkHtml(node, name, o)) return;
        break;
      }
      const definition = elementDefinition(name);
      if (!definition) {
        const near = closest(name, ELEMENT_NAMES);
        error(`<${name}>`, `unknown component <${name}>`, near ? `did you mean <${near}>?` : `use one of ${elementList()}, or plain Markdown`);
        return;
      }
      checkElement(definition, node, { emit: o.emit, at: o.at, kind: o.kind, normalisedBody: o.normalisedBody, parent, refs: o.refs });
      for (const child of node.children) checkBodyElements(child, name, o);
      return;
    }
    default:
      break;
  }
  if ('children' in node) for (const child of node.children) checkBodyElements(child as RootContent, undefined, o);
}
