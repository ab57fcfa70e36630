import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';

// What a page was made from (issue 14, ADR 0022). While the build renders a page it records every
// content read: the fields of each document the page touches, and the result of each content query
// it calls (a listing page's articles, a related list, the navigation's sections…), each with a hash
// of its value. The next build re-evaluates those keys against the new content and renders again
// only the pages one of whose keys now hashes differently. Outside a recording (next dev, tests,
// queries running inside other queries) nothing is noted and nothing costs more than a Map lookup.

/** A read key and the hash of the value it had. */
export type Reads = Map<string, string>;

const recorder = new AsyncLocalStorage<Reads | null>();

/** Runs `render` and returns what it read (async: React renders in several turns). */
export async function recordReads<T>(render: () => Promise<T>): Promise<{ value: T; reads: Reads }> {
  const reads: Reads = new Map();
  const value = await recorder.run(reads, render);
  return { value, reads };
}

function note(key: string, hash: string): void {
  const reads = recorder.getStore();
  if (reads) reads.set(key, hash);
}

// ---------- values and their hashes ----------

const DOCUMENT = Symbol('standfirst.document');

/** The document key of a tracked document ("Article/paris-talks"), or undefined for any other value. */
export function documentKey(value: unknown): string | undefined {
  return typeof value === 'object' && value !== null ? ((value as Record<symbol, unknown>)[DOCUMENT] as string | undefined) : undefined;
}

/**
 * A deterministic text form of a value: documents stand as references (what the page reads of them
 * is noted field by field), objects keep their key order (the code that made them decides it, the
 * same on every build). Functions cannot be compared and are refused, so a query cannot smuggle one.
 */
export function serialize(value: unknown): string {
  const doc = documentKey(value);
  if (doc !== undefined) return JSON.stringify({ $doc: doc });
  if (value === undefined) return 'undefined';
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'function' || typeof value === 'symbol') throw new Error(`dependencies: cannot serialize a ${typeof value}`);
    if (typeof value === 'bigint') return `${value}n`;
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(serialize).join(',')}]`;
  if (value instanceof Date) return `D${value.toISOString()}`;
  if (value instanceof Map) return `M[${[...value].map(([k, v]) => `${serialize(k)}:${serialize(v)}`).join(',')}]`;
  if (value instanceof Set) return `S[${[...value].map(serialize).join(',')}]`;
  const entries = Object.keys(value).map((k) => `${JSON.stringify(k)}:${serialize((value as Record<string, unknown>)[k])}`);
  return `{${entries.join(',')}}`;
}

export function hashOf(value: unknown): string {
  return createHash('sha256').update(serialize(value)).digest('base64url').slice(0, 22);
}

// ---------- documents ----------

type DocumentKind = {
  /** The document as pages see it now, or undefined when it no longer exists. */
  resolve: (id: string) => object | undefined;
  /** A field whose value is not hashed from itself (a lazy body: its source's hash stands for it). */
  fieldHash?: (doc: object, field: string) => string | undefined;
};

const kinds = new Map<string, DocumentKind>();

/** Declares how documents of a kind are found again by id (the build re-reads their fields). */
export function registerDocumentKind(kind: string, spec: DocumentKind): void {
  kinds.set(kind, spec);
}

const fieldHashes = new WeakMap<object, Map<string, string>>();

function fieldHashOf(kind: string, doc: object, field: string): string {
  let cache = fieldHashes.get(doc);
  if (!cache) fieldHashes.set(doc, (cache = new Map()));
  let hash = cache.get(field);
  if (hash === undefined) {
    hash = kinds.get(kind)?.fieldHash?.(doc, field) ?? hashOf((doc as Record<string, unknown>)[field]);
    cache.set(field, hash);
  }
  return hash;
}

const documentKeyPattern = /^([^/]+)\/(.+)$/;

/**
 * Wraps a document (an article as pages see it) so that reading a field notes `d:<key>:<field>`.
 * `key` is "<kind>/<id>". The wrapper is otherwise the document itself.
 */
export function trackedDocument<T extends object>(doc: T, key: string): T {
  const kind = documentKeyPattern.exec(key)?.[1];
  if (!kind) throw new Error(`dependencies: document key "${key}" is not <kind>/<id>`);
  return new Proxy(doc, {
    get(target, prop, receiver) {
      if (prop === DOCUMENT) return key;
      if (typeof prop === 'string') note(`d:${key}:${prop}`, fieldHashOf(kind, target, prop));
      return Reflect.get(target, prop, receiver);
    },
    has(target, prop) {
      if (typeof prop === 'string') note(`d:${key}:${prop}`, fieldHashOf(kind, target, prop));
      return Reflect.has(target, prop);
    },
  });
}

// ---------- queries ----------

type AnyFunction = (...args: never[]) => unknown;
/** A production build's process sees one state of the content: results are computed once. */
const memoise = process.env.NODE_ENV === 'production';
const queries = new Map<string, { run: (...args: unknown[]) => unknown; memo: Map<string, { value: unknown; hash: string }> }>();

/**
 * A content query whose result pages depend on. Its result is computed once per build process for
 * given arguments, and each call from a page notes `q:<name>:<arguments>` with the hash of the
 * result. Inside it nothing is noted: the query's result, not what it scanned to find it, is what
 * the page was made from.
 */
export function query<F extends AnyFunction>(name: string, fn: F): F {
  if (name.includes(':')) throw new Error(`dependencies: a query name cannot contain ":" ("${name}")`);
  // A module reloaded by `next dev` registers its queries again: the newest definition wins.
  const memo = new Map<string, { value: unknown; hash: string }>();
  const run = (...args: unknown[]) => recorder.run(null, () => (fn as unknown as (...a: unknown[]) => unknown)(...args));
  queries.set(name, { run, memo });
  const wrapped = (...args: unknown[]) => {
    // Outside a build (next dev, unit tests) a query is just its function: content and images
    // change while the process lives, and nobody is recording.
    if (!memoise && !recorder.getStore()) return run(...args);
    const argKey = serialize(args);
    let hit = memo.get(argKey);
    if (!hit) {
      const value = run(...args);
      hit = { value, hash: hashOf(value) };
      if (memoise) memo.set(argKey, hit);
    }
    note(`q:${name}:${argKey}`, hit.hash);
    return hit.value;
  };
  return wrapped as unknown as F;
}

/** Forgets every memoised query result (tests; a long-lived process whose content changed). */
export function resetQueries(): void {
  for (const q of queries.values()) q.memo.clear();
}

// ---------- re-evaluation (the next build) ----------

function resolveDocument(key: string): object | undefined {
  const m = documentKeyPattern.exec(key);
  const kind = m?.[1] ? kinds.get(m[1]) : undefined;
  if (!m?.[2] || !kind) return undefined;
  const doc = kind.resolve(m[2]);
  return doc === undefined ? undefined : trackedDocument(doc, key);
}

/** Arguments back from their serialized form: document references resolve to today's documents. */
function reviveArgs(argKey: string): unknown[] | undefined {
  let missing = false;
  const args = JSON.parse(argKey, (_k, v: unknown) => {
    if (v && typeof v === 'object' && '$doc' in v && typeof (v as { $doc: unknown }).$doc === 'string') {
      const doc = resolveDocument((v as { $doc: string }).$doc);
      if (doc === undefined) missing = true;
      return doc;
    }
    return v;
  }) as unknown[];
  return missing ? undefined : args;
}

const GONE = 'gone';

/**
 * The hash a recorded key has now: a document field read again, a query run again. A document or
 * query that no longer exists hashes as "gone", which differs from any recorded hash.
 */
export function currentHash(key: string): string {
  if (key.startsWith('d:')) {
    const rest = key.slice(2);
    const cut = rest.lastIndexOf(':');
    const docKey = rest.slice(0, cut);
    const field = rest.slice(cut + 1);
    const m = documentKeyPattern.exec(docKey);
    const kind = m?.[1];
    const doc = kind && m[2] ? kinds.get(kind)?.resolve(m[2]) : undefined;
    return kind && doc ? fieldHashOf(kind, doc, field) : GONE;
  }
  if (key.startsWith('q:')) {
    const rest = key.slice(2);
    const cut = rest.indexOf(':');
    const q = queries.get(rest.slice(0, cut));
    const args = q ? reviveArgs(rest.slice(cut + 1)) : undefined;
    if (!q || !args) return GONE;
    const argKey = rest.slice(cut + 1);
    let hit = q.memo.get(argKey);
    if (!hit) {
      const value = q.run(...args);
      hit = { value, hash: hashOf(value) };
      q.memo.set(argKey, hit);
    }
    return hit.hash;
  }
  return GONE;
}

/** Whether a field key belongs to one of `docKeys` (documents known to have changed). */
export function documentOfKey(key: string): string | undefined {
  if (!key.startsWith('d:')) return undefined;
  const rest = key.slice(2);
  return rest.slice(0, rest.lastIndexOf(':'));
}
