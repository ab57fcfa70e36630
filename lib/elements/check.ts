import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { closest } from '../validation/closest';
import type { AttributeSpec, ChildrenRule, ElementDefinition, ElementNode, Position } from './types';

// The generic part of every element's check, written once: attributes (unknown, missing, empty,
// not a quoted string, wrong form), children and parent. What is special to an element is in
// its definition's `check`.

export type Severity = 'error' | 'warning';
export type Emit = (severity: Severity, pos: Position, field: string, message: string, fix: string) => void;

/** A value that must be checked against the disk or other articles on every run (not cacheable). */
export type ElementRef = { pos: Position; element: string; attr: string; value: string; attrs: Record<string, string> };

type Options = {
  emit: Emit;
  at: (n: { position?: ElementNode['position'] }) => Position;
  kind: 'article' | 'author';
  normalisedBody: string;
  /** The enclosing element's name, if any. */
  parent: string | undefined;
  refs: ElementRef[];
};


export function checkElement(def: ElementDefinition, node: ElementNode, o: Options): void {
  const tag = `<${def.name}>`;
  const field = (attr?: string) => (attr ? `${tag} ${attr}` : tag);
  const report = (severity: Severity) => (attr: string | undefined, message: string, fix: string, at?: { position?: ElementNode['position'] }) =>
    o.emit(severity, o.at(at ?? node), field(attr), message, fix);
  const error = report('error');
  const names = Object.keys(def.attributes);

  if (def.parent && o.parent !== def.parent) {
    error(undefined, `<${def.name}> can only stand inside <${def.parent}>`, `move it between <${def.parent}> and </${def.parent}>`);
  }

  const attrs: Record<string, string> = {};
  const attrPos = new Map<string, { position?: ElementNode['position'] }>();
  const written = new Set<string>();
  for (const attr of node.attributes) {
    if (attr.type === 'mdxJsxExpressionAttribute') {
      error(undefined, 'spread attributes {...} are not allowed', names.length ? `write each attribute as name="value": ${names.join(', ')}` : `remove it; ${tag} takes no attributes`);
      continue;
    }
    written.add(attr.name);
    const spec = def.attributes[attr.name];
    if (!spec) {
      const near = closest(attr.name, names);
      error(attr.name, `<${def.name}> has no attribute "${attr.name}"`, near ? `did you mean ${near}="…"?` : names.length ? `its attributes are ${names.join(', ')}` : `remove it; <${def.name}> takes only its text`, attr);
      continue;
    }
    if (typeof attr.value !== 'string') {
      error(attr.name, `${attr.name} must be a quoted string`, `write ${attr.name}="${spec.example}"`, attr);
      continue;
    }
    attrs[attr.name] = attr.value;
    attrPos.set(attr.name, attr);
  }

  for (const [name, spec] of Object.entries(def.attributes)) {
    const value = attrs[name];
    const at = attrPos.get(name);
    if (value === undefined || value.trim() === '') {
      if (spec.required && !(written.has(name) && value === undefined)) {
        error(name, value === undefined ? 'is missing' : 'is empty', `add ${name}="${spec.example}"`, at);
      }
      delete attrs[name];
      continue;
    }
    if (!valueIsValid(spec, name, value, (m, f) => error(name, m, f, at))) {
      delete attrs[name];
      continue;
    }
    if (spec.file || spec.article) o.refs.push({ pos: o.at(at ?? node), element: def.name, attr: name, value, attrs });
  }

  checkChildren(def.name, def.children, node, error);
  def.check?.({ node, attrs, error, warn: report('warning'), kind: o.kind, normalisedBody: o.normalisedBody });
}

function valueIsValid(spec: AttributeSpec, name: string, value: string, error: (message: string, fix: string) => void): boolean {
  if (!spec.schema) return true;
  const result = spec.schema.safeParse(value);
  if (result.success) return true;
  error(`"${value}" ${result.error.issues[0]?.message ?? 'is not a valid value'}`, spec.fix ?? `write ${name}="${spec.example}"`);
  return false;
}

/** Blank text between tags on their own lines is layout, not content. */
function meaningful(children: readonly RootContent[]): RootContent[] {
  return children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
}

function checkChildren(name: string, rule: ChildrenRule, node: ElementNode, error: (attr: undefined, message: string, fix: string, at?: { position?: ElementNode['position'] }) => void): void {
  const children = meaningful(node.children as RootContent[]);
  const between = `between <${name}> and </${name}>`;
  switch (rule.kind) {
    case 'none':
      if (children.length > 0) error(undefined, `<${name}> takes no text between its tags`, 'put the text in its attributes and close the tag with />');
      return;
    case 'text':
    case 'markdown':
      if (!toString(node).trim()) error(undefined, 'is empty', `put ${rule.what} ${between}`);
      return;
    case 'list':
    case 'table': {
      const what = rule.kind === 'list' ? 'one Markdown list (lines starting with "- ")' : 'one table (| header | header | then |---|---| and rows)';
      const matching = children.filter((c) => c.type === rule.kind);
      const others = children.filter((c) => c.type !== rule.kind);
      if (matching.length !== 1 || others.length > 0) {
        const found = matching.length === 0 ? `found no ${rule.kind}` : matching.length > 1 ? `found ${matching.length} ${rule.kind}s` : 'found other text beside it';
        error(undefined, `must hold exactly ${what}; ${found}`, `put ${what} ${between}, with a blank line before and after it`, others[0]);
      }
      return;
    }
    case 'elements': {
      const allowed = rule.names.map((n) => `<${n}>`).join(' or ');
      let count = 0;
      for (const c of children) {
        if ((c.type === 'mdxJsxFlowElement' || c.type === 'mdxJsxTextElement') && c.name !== null && rule.names.includes(c.name)) count++;
        else error(undefined, `may only hold ${allowed} elements, found ${describeNode(c)}`, `move the text out of <${name}>, or into an element's attributes`, c);
      }
      if (count < rule.min || count > rule.max) {
        error(undefined, `holds ${count} ${allowed}; it takes ${rule.min} to ${rule.max}`, count < rule.min ? `add ${allowed} elements ${between}` : `split it in two, or remove some`);
      }
      return;
    }
    default: {
      const exhaustive: never = rule;
      return exhaustive;
    }
  }
}

function describeNode(n: RootContent): string {
  if ((n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') && n.name) return `<${n.name}>`;
  const text = toString(n).trim();
  return text ? `the text "${text.slice(0, 40)}"` : `a ${n.type}`;
}

