import { LineCounter, parseDocument, isMap, isNode, type Document } from 'yaml';

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
  return { data, positionOf, keyPositionOf, errors };
}
