// The dependency map (issue 14, ADR 0022): for every output file the build rendered, the keys it
// read (lib/dependencies.ts) with the hash each had. The next build asks which keys hash
// differently now, and renders exactly the pages that read one of them, plus the pages that are
// new; pages that no longer exist are deleted. This file owns that decision; the renderer only
// reports what each page read.
import { createReadStream, existsSync, mkdirSync, renameSync, writeFileSync, createWriteStream } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { finished } from 'node:stream/promises';

export const DEPENDENCY_MAP_VERSION = 1;

export type DependencyMap = {
  /** Hash of everything that is not content (code, config, packages, settings): any change renders every page. */
  codeHash: string;
  /** Output path (relative to the site folder) → indices into `keys`. */
  pages: Map<string, number[]>;
  keys: string[];
  /** Hash of each key's value when it was read, by index. */
  hashes: string[];
};

export function emptyMap(codeHash: string): DependencyMap {
  return { codeHash, pages: new Map(), keys: [], hashes: [] };
}

/** Records what `page` read, replacing what it read before. */
export function setPageReads(map: DependencyMap, page: string, reads: Iterable<[string, string]>, index = keyIndex(map)): void {
  const ids: number[] = [];
  for (const [key, hash] of reads) {
    let id = index.get(key);
    if (id === undefined) {
      id = map.keys.length;
      map.keys.push(key);
      map.hashes.push(hash);
      index.set(key, id);
    } else if (map.hashes[id] !== hash) {
      // Every page rendered in one build reads one state of the content: a key cannot hash two ways.
      throw new Error(`dependency map: "${key}" read with two different values in one build (${page})`);
    }
    ids.push(id);
  }
  map.pages.set(page, ids.sort((a, b) => a - b));
}

export function keyIndex(map: DependencyMap): Map<string, number> {
  return new Map(map.keys.map((k, i) => [k, i]));
}

export type Plan = {
  /** Every page of the site, in a stable order. */
  all: string[];
  /** Pages to render: new ones and those whose inputs changed. */
  render: string[];
  /** Pages the previous build wrote that no longer exist. */
  remove: string[];
  /** Why: the number of keys whose value changed, or "full" and the reason. */
  reason: string;
  /** Keys that changed (for reports and tests). */
  changedKeys: string[];
};

/**
 * Decides what to render. `pages` are today's output paths; `currentHash(key)` re-reads a key
 * against today's content. Without a previous map, or when the code changed, everything renders.
 */
export function plan(previous: DependencyMap | undefined, codeHash: string, pages: readonly string[], currentHash: (key: string) => string, full = false): Plan {
  const all = [...new Set(pages)].sort();
  const current = new Set(all);
  if (full || !previous || previous.codeHash !== codeHash) {
    const reason = full ? 'full build requested' : !previous ? 'no previous build state' : 'code, config or packages changed';
    return { all, render: all, remove: previous ? [...previous.pages.keys()].filter((p) => !current.has(p)).sort() : [], reason: `full: ${reason}`, changedKeys: [] };
  }
  const changed = new Uint8Array(previous.keys.length);
  const changedKeys: string[] = [];
  previous.keys.forEach((key, id) => {
    if (currentHash(key) !== previous.hashes[id]) {
      changed[id] = 1;
      changedKeys.push(key);
    }
  });
  const render = all.filter((page) => {
    const ids = previous.pages.get(page);
    return ids === undefined || ids.some((id) => changed[id] === 1);
  });
  const remove = [...previous.pages.keys()].filter((p) => !current.has(p)).sort();
  return { all, render, remove, reason: `${changedKeys.length} of ${previous.keys.length} inputs changed`, changedKeys };
}

/**
 * The map after a build: rendered pages get their new reads, removed pages go, untouched pages keep
 * theirs. Keys no page reads any more are dropped, so the map does not grow with history.
 */
export function nextMap(previous: DependencyMap | undefined, codeHash: string, planned: Plan, rendered: ReadonlyMap<string, Iterable<[string, string]>>): DependencyMap {
  const next = emptyMap(codeHash);
  const index = new Map<string, number>();
  const keep = previous && previous.codeHash === codeHash ? previous : undefined;
  for (const page of planned.all) {
    const reads = rendered.get(page);
    if (reads) setPageReads(next, page, reads, index);
    else {
      const ids = keep?.pages.get(page);
      if (!ids) throw new Error(`dependency map: ${page} was neither rendered nor recorded before`);
      setPageReads(next, page, ids.map((id) => [keep!.keys[id]!, keep!.hashes[id]!] as [string, string]), index);
    }
  }
  return next;
}

// ---------- storage: one JSON value per line, streamed (50,000 pages make a large map) ----------

export async function writeMap(map: DependencyMap, file: string): Promise<void> {
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  const out = createWriteStream(tmp);
  const write = (value: unknown) => (out.write(JSON.stringify(value) + '\n') ? undefined : new Promise<void>((r) => out.once('drain', () => r())));
  await write({ version: DEPENDENCY_MAP_VERSION, codeHash: map.codeHash, keys: map.keys.length, pages: map.pages.size });
  for (let i = 0; i < map.keys.length; i++) await write([map.keys[i], map.hashes[i]]);
  for (const [page, ids] of map.pages) await write({ page, ids });
  out.end();
  await finished(out);
  renameSync(tmp, file);
}

export async function readMap(file: string): Promise<DependencyMap | undefined> {
  if (!existsSync(file)) return undefined;
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  type Header = { version: number; codeHash: string };
  let header: Header | undefined = undefined as Header | undefined;
  const map = emptyMap('');
  for await (const line of lines) {
    if (!line) continue;
    const value = JSON.parse(line) as unknown;
    if (!header) {
      header = value as Header;
      if (header.version !== DEPENDENCY_MAP_VERSION) return undefined;
      map.codeHash = header.codeHash;
    } else if (Array.isArray(value)) {
      map.keys.push(value[0] as string);
      map.hashes.push(value[1] as string);
    } else {
      const { page, ids } = value as { page: string; ids: number[] };
      map.pages.set(page, ids);
    }
  }
  return header ? map : undefined;
}

/** For tests and tools: the map as plain data. */
export function mapToJson(map: DependencyMap): unknown {
  return { codeHash: map.codeHash, pages: Object.fromEntries([...map.pages].map(([p, ids]) => [p, ids.map((i) => `${map.keys[i]} ${map.hashes[i]}`).sort()])) };
}

export function writeJsonAtomic(file: string, value: unknown): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(value));
  renameSync(tmp, file);
}
