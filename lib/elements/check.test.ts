import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseMdx } from '../mdx-ast';
import { checkElement, type ElementRef } from './check';
import { ELEMENTS, elementDefinition } from './registry';
import { defineElement, type ElementNode } from './types';

type Found = { severity: string; line: number; field: string; message: string; fix: string };

/** Checks every element in an MDX snippet with the framework alone, as the content check does. */
function check(mdx: string, defs = new Map(ELEMENTS.map((e) => [e.name as string, e]))): { problems: Found[]; refs: ElementRef[] } {
  const problems: Found[] = [];
  const refs: ElementRef[] = [];
  const visit = (node: { type: string; children?: unknown[]; name?: string | null }, parent: string | undefined) => {
    const el = node as ElementNode;
    const def = (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && el.name ? (defs.get(el.name) ?? elementDefinition(el.name)) : undefined;
    if (def) {
      checkElement(def as never, el, {
        emit: (severity, pos, field, message, fix) => problems.push({ severity, line: pos.line, field, message, fix }),
        at: (n) => ({ line: n.position?.start.line ?? 0, column: n.position?.start.column ?? 0 }),
        kind: 'article',
        normalisedBody: '',
        parent,
        refs,
      });
    }
    for (const c of (node.children ?? []) as (typeof node)[]) visit(c, def ? def.name : undefined);
  };
  visit(parseMdx(mdx), undefined);
  return { problems, refs };
}

const box = defineElement({
  name: 'Box',
  summary: 'A test element.',
  attributes: {
    kind: { required: true, description: 'a kind', example: 'wide', schema: z.enum(['wide', 'narrow'], { errorMap: () => ({ message: 'is not wide or narrow' }) }), fix: 'write kind="wide" or kind="narrow"' },
    file: { required: false, description: 'a file', example: '/x.csv', file: { extensions: ['.csv'], what: 'CSV' } },
  },
  children: { kind: 'elements', names: ['Item'], min: 1, max: 2 },
  example: '<Box kind="wide"><Item /></Box>',
  searchable: true,
});
const item = defineElement({ name: 'Item', summary: 'An item.', attributes: {}, children: { kind: 'none' }, parent: 'Box', example: '<Item />', searchable: true });
const defs = new Map<string, never>([
  ['Box', box as never],
  ['Item', item as never],
]);

describe('checkElement', () => {
  it('reports a missing required attribute with the fix from the definition', () => {
    const { problems } = check('<Box>\n<Item />\n</Box>', defs);
    expect(problems).toEqual([expect.objectContaining({ severity: 'error', line: 1, field: '<Box> kind', message: 'is missing', fix: 'add kind="wide"' })]);
  });

  it('reports an empty attribute, at its line', () => {
    const { problems } = check('<Box\n  kind="">\n<Item />\n</Box>', defs);
    expect(problems).toEqual([expect.objectContaining({ line: 2, field: '<Box> kind', message: 'is empty' })]);
  });

  it('suggests the attribute meant by a typo', () => {
    const { problems } = check('<Box kind="wide" fille="/x.csv">\n<Item />\n</Box>', defs);
    expect(problems).toEqual([expect.objectContaining({ field: '<Box> fille', message: '<Box> has no attribute "fille"', fix: 'did you mean file="…"?' })]);
  });

  it('rejects a value of the wrong form with the schema message and the fix', () => {
    const { problems } = check('<Box kind="tall">\n<Item />\n</Box>', defs);
    expect(problems).toEqual([expect.objectContaining({ field: '<Box> kind', message: '"tall" is not wide or narrow', fix: 'write kind="wide" or kind="narrow"' })]);
  });

  it('rejects an expression value', () => {
    const { problems } = check('<Box kind={1}>\n<Item />\n</Box>', defs);
    expect(problems).toEqual([expect.objectContaining({ field: '<Box> kind', message: 'kind must be a quoted string' })]);
  });

  it('records file attributes for the disk check instead of checking them itself', () => {
    const { problems, refs } = check('<Box kind="wide" file="/data/x.csv">\n<Item />\n</Box>', defs);
    expect(problems).toEqual([]);
    expect(refs).toEqual([expect.objectContaining({ element: 'Box', attr: 'file', value: '/data/x.csv', attrs: { kind: 'wide', file: '/data/x.csv' } })]);
  });

  it('enforces the children rule: only the named elements, between min and max', () => {
    expect(check('<Box kind="wide">\n\nSome text.\n\n<Item />\n</Box>', defs).problems).toEqual([
      expect.objectContaining({ field: '<Box>', line: 3, message: 'may only hold <Item> elements, found the text "Some text."' }),
    ]);
    expect(check('<Box kind="wide">\n<Item />\n<Item />\n<Item />\n</Box>', defs).problems).toEqual([expect.objectContaining({ message: 'holds 3 <Item>; it takes 1 to 2' })]);
  });

  it('enforces the parent rule', () => {
    expect(check('<Item />', defs).problems).toEqual([expect.objectContaining({ field: '<Item>', message: '<Item> can only stand inside <Box>' })]);
  });
});

describe('the registry', () => {
  it('has one definition per name', () => {
    const names = ELEMENTS.map((e) => e.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(ELEMENTS.map((e) => [e.name, e.example]))('the example of <%s> checks clean', (_name, example) => {
    const { problems } = check(example);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});
