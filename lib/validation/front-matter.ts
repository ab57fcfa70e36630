import { LineCounter, parseDocument, isMap, isNode, type Document } from 'yaml';
import { snapshotOf, type YamlSnapshot } from './yaml-snapshot';

// Splits an MDX file into front matter and body, and parses the YAML keeping
// positions so every problem can point at the editor's own line.

export type Position = { line: number; column: number };

export type ParsedYaml = {
  data: unknown;
  /** Position of the value at a path (or of its nearest existing parent). */
  positionOf: (path: readonly (string | number)[]) => Position;
  /** Position of the key of a top-level or nested mapping entry. */
  keyPositionOf: (path: readonly (string | number)[]) => Position;
  errors: { message: string; position: Position }[];
  /** The same as plain JSON for the disk cache (see yaml-snapshot.ts); absent when it cannot be kept. */
  snapshot?: () => YamlSnapshot | undefined;
};

export type SplitFile =
  | { ok: true; yaml: string; yamlStartLine: number; body: string; bodyStartLine: number }
  | { ok: false; message: string; fix: string; position: Position };

/** The file must open with a `---` line and close the front matter with another. */
export function splitFrontMatter(source: string): SplitFile {
  const text = source.replace(/^\uFEFF/, '');
  const lines = text.split(/\r?\n/);
  if ((lines[0] ?? '').trim() !== '---') {
    return {
      ok: false,
      message: 'does not start with front matter',
      fix: 'make the first line of the file `---`, then the fields (title, dek, …), then another `---` line before the text',
      position: { line: 1, column: 1 },
    };
  }
  const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (end === -1) {
    return {
      ok: false,
      message: 'front matter is never closed',
      fix: 'add a line containing only `---` after the last field',
      position: { line: 1, column: 1 },
    };
  }
  return {
    ok: true,
    yaml: lines.slice(1, end).join('\n'),
    yamlStartLine: 2,
    body: lines.slice(end + 1).join('\n'),
    bodyStartLine: end + 2,
  };
}

export function parseYaml(yamlText: string, startLine: number): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(yamlText, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const toPos = (offset: number | undefined): Position => {
    if (offset === undefined) return { line: startLine, column: 1 };
    const lp = lineCounter.linePos(offset);
    return { line: lp.line + startLine - 1, column: lp.col };
  };
  const errors = doc.errors.map((e) => ({
    message: e.message.split('\n')[0] ?? e.message,
    position: toPos(e.pos[0]),
  }));

  const nodeAt = (path: readonly (string | number)[]): { node: unknown; depth: number } => {
    for (let depth = path.length; depth > 0; depth--) {
      const node = doc.getIn(path.slice(0, depth), true);
      if (isNode(node)) return { node, depth };
    }
    return { node: doc.contents, depth: 0 };
  };

  const positionOf = (path: readonly (string | number)[]) => {
    const { node } = nodeAt(path);
    return isNode(node) && node.range ? toPos(node.range[0]) : { line: startLine, column: 1 };
  };

  const keyPositionOf = (path: readonly (string | number)[]) => {
    const parentPath = path.slice(0, -1);
    const key = path[path.length - 1];
    const parent = parentPath.length ? doc.getIn(parentPath, true) : doc.contents;
    if (isMap(parent)) {
      for (const item of parent.items) {
        if (isNode(item.key) && (item.key as { value?: unknown }).value === key && item.key.range) {
          return toPos(item.key.range[0]);
        }
      }
    }
    return positionOf(path);
  };

  let data: unknown = null;
  if (errors.length === 0) {
    try {
      data = doc.toJS();
    } catch (e) {
      errors.push({ message: (e as Error).message, position: { line: startLine, column: 1 } });
    }
  }
  const snapshot = () => (errors.length === 0 ? snapshotOf(doc, data, toPos) : undefined);
  return { data, positionOf, keyPositionOf, errors, snapshot };
}

export type YamlProblem = { field: string; message: string; fix: string; position: Position };

/**
 * A YAML parser error restated for an editor: which field's line it is on (the nearest
 * `key:` line at or above it, with its parents), and what is wrong in plain words.
 * Errors repeated on one line (the parser reports each colon) are given once.
 */
export function yamlProblems(yamlText: string, startLine: number, errors: ParsedYaml['errors']): YamlProblem[] {
  const lines = yamlText.split(/\r?\n/);
  const seen = new Set<string>();
  const out: YamlProblem[] = [];
  for (const e of errors) {
    const key = `${e.position.line}\0${e.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const field = fieldOnLine(lines, e.position.line - startLine);
    out.push({ field: field ?? 'front matter', position: e.position, ...yamlWords(e.message, field) });
  }
  return out;
}

/** The dotted field name whose `key:` line holds (or, for a continued value, precedes) line index i. */
function fieldOnLine(lines: readonly string[], index: number): string | undefined {
  const keyLine = /^(\s*)(?:-\s+)?([^\s:#"'][^:#]*?):(?:\s|$)/;
  for (let i = Math.min(index, lines.length - 1); i >= 0; i--) {
    const m = keyLine.exec(lines[i] ?? '');
    if (!m) continue;
    const path = [m[2]!.trim()];
    let indent = m[1]!.length;
    for (let j = i - 1; j >= 0 && indent > 0; j--) {
      const p = keyLine.exec(lines[j] ?? '');
      if (p && p[1]!.length < indent) {
        path.unshift(p[2]!.trim());
        indent = p[1]!.length;
      }
    }
    return path.join('.');
  }
  return undefined;
}

function yamlWords(message: string, field: string | undefined): { message: string; fix: string } {
  const name = field ?? 'a field';
  const example = field?.split('.').pop() ?? 'title';
  if (/missing closing.*quote/i.test(message)) {
    return { message: `the text of ${name} opens a quote mark that is never closed (broken YAML)`, fix: `end the value with the same quote mark it starts with: ${example}: "…"` };
  }
  if (/nested mappings|compact mapping|implicit map keys/i.test(message)) {
    return { message: `the text of ${name} contains ": ", which YAML reads as the start of another field (broken YAML)`, fix: `put the whole value in double quotes: ${example}: "…"` };
  }
  if (/unique/i.test(message)) return { message: `${name} appears twice (broken YAML: map keys must be unique)`, fix: 'keep one of the two lines and delete the other' };
  if (/indent/i.test(message)) return { message: `the indentation of ${name} is wrong (broken YAML: ${message})`, fix: 'nested fields (src, alt, …) need the same number of spaces before them' };
  return { message: `broken YAML on the ${name} line: ${message}`, fix: 'each line must be "field: value"; put text containing ": " or "#" inside double quotes, and close every quote' };
}
