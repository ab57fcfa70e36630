import type { Heading as MdastHeading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import GithubSlugger from 'github-slugger';
import { elementDefinition } from './elements/registry';

// The same parser MDX itself uses, with the same GFM extension (tables, footnotes) as
// contentlayer.config.ts, so what we analyse is what gets compiled.
const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/** Parses an MDX body (no front matter). Throws a VFileMessage with line/column on malformed MDX. */
export function parseMdx(body: string): Root {
  return processor.parse(body);
}

export type Heading = { id: string; text: string };

type AnyNode = Root | RootContent;

function walk(node: AnyNode, visit: (n: AnyNode) => boolean | void): void {
  if (visit(node) === false) return;
  if ('children' in node) for (const child of node.children) walk(child as AnyNode, visit);
}

/** Every heading, at any level, with the id rehype-slug gives it (duplicates numbered in document order, as it does). */
export function headingAnchors(tree: Root): (Heading & { node: MdastHeading })[] {
  const slugger = new GithubSlugger();
  const out: (Heading & { node: MdastHeading })[] = [];
  walk(tree, (n) => {
    if (n.type === 'heading') {
      const text = toString(n).trim();
      out.push({ id: slugger.slug(text), text, node: n });
      return false;
    }
  });
  return out;
}

/**
 * `##` headings with the ids rehype-slug gives them. rehype-slug numbers
 * duplicates across every heading level in order, so all levels are slugged
 * and only depth 2 is kept.
 */
export function extractHeadings(tree: Root): Heading[] {
  return headingAnchors(tree)
    .filter((h) => h.node.depth === 2)
    .map(({ id, text }) => ({ id, text }));
}

/**
 * The words a reader reads in the body: prose, headings, lists and quotes, and
 * the text between an editorial element's tags, but not attributes (captions)
 * nor a pull-quote (it repeats the body).
 */
export function bodyText(tree: Root): string {
  const parts: string[] = [];
  walk(tree, (n) => {
    switch (n.type) {
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        // The text of editorial elements is read (key points, explainers, timelines…); a pull-quote repeats the body.
        return !!n.name && elementDefinition(n.name)?.searchable === true;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
      case 'mdxjsEsm':
      case 'code':
      case 'html':
        return false;
      case 'text':
      case 'inlineCode':
        parts.push(n.value);
        return false;
      default:
        return true;
    }
  });
  return parts.join(' ');
}

export function countWords(text: string): number {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’\-.]*/gu);
  return words ? words.length : 0;
}

export function readingMinutes(words: number, wordsPerMinute: number): number {
  return Math.max(1, Math.round(words / wordsPerMinute));
}

/** The string attributes of every `<name>` element in an MDX body, in document order. */
export function elementAttributes(body: string, name: string): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  walk(parseMdx(body), (n) => {
    if ((n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') && n.name === name) {
      const attrs: Record<string, string> = {};
      for (const a of n.attributes) if (a.type === 'mdxJsxAttribute' && typeof a.value === 'string') attrs[a.name] = a.value;
      out.push(attrs);
    }
  });
  return out;
}

/** Names of the components a body uses (`<Figure>`, `<Chartt>`): MDX looks up every capitalised tag in its components. */
export function componentNames(tree: Root): Set<string> {
  const names = new Set<string>();
  walk(tree, (n) => {
    if ((n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') && n.name && /^[A-Z]/.test(n.name)) names.add(n.name);
  });
  return names;
}
