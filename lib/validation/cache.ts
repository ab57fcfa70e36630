import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BodyCache, CacheEntry } from './check-content';

// A disk cache of body analyses and parsed front matter for the CLI, so re-checking a large archive only
// re-parses the articles whose text changed. It is keyed by the checker's own
// source: editing a rule empties it.

// Run from a bundle (scripts/run-bundled.mjs), this file is no longer beside the sources: the
// bundle's own key, a hash of every source it holds, stands in for them.
const bundled = process.env.STANDFIRST_BUNDLE_HASH;
const here = path.dirname(fileURLToPath(import.meta.url));
// Every module of the check: element definitions and rules live in folders of their own.
const folder = (dir: string) => {
  try {
    return readdirSync(path.join(here, dir)).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).sort().map((f) => `${dir}/${f}`);
  } catch {
    return [];
  }
};
const RULES = bundled ? [] : ['check-content.ts', '../mdx-ast.ts', '../page-ids.ts', ...folder('.'), ...folder('rules'), ...folder('../elements')].map((f) => {
  try {
    return readFileSync(path.join(here, f), 'utf8');
  } catch {
    return f;
  }
});
const VERSION = bundled ? `bundle:${bundled}` : createHash('sha1').update(RULES.join('\0')).digest('hex');

type Stored = { version: string; entries: [string, CacheEntry][] };

export function cacheFile(root: string): string {
  return path.join(root, 'node_modules/.cache/standfirst/content-check.json');
}

export function loadBodyCache(file: string): BodyCache {
  try {
    if (!existsSync(file)) return new Map();
    const stored = JSON.parse(readFileSync(file, 'utf8')) as Stored;
    return stored.version === VERSION ? new Map(stored.entries) : new Map();
  } catch {
    return new Map(); // a corrupt cache is just a cold one
  }
}

/** Saves only the entries used in this run, so deleted articles do not linger. */
export function saveBodyCache(file: string, cache: BodyCache, used: ReadonlySet<string>): void {
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    const stored: Stored = { version: VERSION, entries: [...cache].filter(([k]) => used.has(k)) };
    writeFileSync(file, JSON.stringify(stored));
  } catch {
    // Read-only node_modules: checking still works, just without the cache.
  }
}

/** Wraps a cache to record which keys a run touched. */
export function tracking(cache: BodyCache): { cache: BodyCache; used: Set<string> } {
  const used = new Set<string>();
  const wrapped: BodyCache = new Map(cache);
  const get = wrapped.get.bind(wrapped);
  const set = wrapped.set.bind(wrapped);
  wrapped.get = (k) => {
    used.add(k);
    return get(k);
  };
  wrapped.set = (k, v) => {
    used.add(k);
    return set(k, v);
  };
  return { cache: wrapped, used };
}
