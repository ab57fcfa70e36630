import { isAlias, isMap, isNode, isSeq, type Document } from 'yaml';
import type { ParsedYaml, Position } from './front-matter';

// Parsing YAML with positions is half of the content check's time on a large archive, and a
// file's front matter is usually unchanged since the last check. A snapshot keeps what the check
// reads from a parsed document (its data, and the position of every value and key) as plain JSON
// for the disk cache; `fromSnapshot` answers positionOf/keyPositionOf exactly as the document
// would, nearest existing parent included.

export type YamlSnapshot = {
  data: unknown;
  /** Position of each node by its path (JSON of the path); null: a node without a range. */
  at: Record<string, Position | null>;
  /** Position of each mapping key by the path of its value. */
  keys: Record<string, Position>;
};

type Path = readonly (string | number)[];
const keyOf = (path: Path) => JSON.stringify(path);

/** True for what JSON keeps exactly (no NaN, Infinity, Date, Map…). */
function isPlainJson(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isPlainJson);
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) return Object.values(value).every(isPlainJson);
  return false;
}

/** The snapshot of a parsed document, or undefined when JSON could not keep it faithfully (aliases, odd keys or values). */
export function snapshotOf(doc: Document, data: unknown, toPos: (offset: number) => Position): YamlSnapshot | undefined {
  if (!isPlainJson(data)) return undefined;
  const at: YamlSnapshot['at'] = {};
  const keys: YamlSnapshot['keys'] = {};
  let faithful = true;
  const walk = (node: unknown, path: (string | number)[]) => {
    if (isAlias(node)) faithful = false;
    if (!isNode(node) || !faithful) return;
    at[keyOf(path)] = node.range ? toPos(node.range[0]) : null;
    if (isMap(node)) {
      for (const item of node.items) {
        const key: unknown = isNode(item.key) ? (item.key as { value?: unknown }).value : item.key;
        if (typeof key !== 'string' && typeof key !== 'number') {
          faithful = false;
          return;
        }
        if (isNode(item.key) && item.key.range) keys[keyOf([...path, key])] = toPos(item.key.range[0]);
        walk(item.value, [...path, key]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => walk(item, [...path, i]));
    }
  };
  walk(doc.contents, []);
  return faithful ? { data, at, keys } : undefined;
}

/** A ParsedYaml (without errors: only error-free documents are snapshotted) from its snapshot. */
export function fromSnapshot(snapshot: YamlSnapshot, startLine: number): ParsedYaml {
  const start: Position = { line: startLine, column: 1 };
  const positionOf = (path: Path): Position => {
    for (let depth = path.length; depth >= 0; depth--) {
      const hit = snapshot.at[keyOf(path.slice(0, depth))];
      if (hit !== undefined) return hit ?? start;
    }
    return start;
  };
  const keyPositionOf = (path: Path): Position => snapshot.keys[keyOf(path)] ?? positionOf(path);
  return { data: snapshot.data, positionOf, keyPositionOf, errors: [] };
}
