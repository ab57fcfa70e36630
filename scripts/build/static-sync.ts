// public/ into the build's site folder on every build: only what changed is copied again or
// removed, and the paths that changed are reported for the steps after (search, headers, the
// output manifest, publishing). Copied, not linked: editors and tools overwrite photos in place
// (cp, image editors, sharp's toFile), and a linked file would change under out/ at once.
// A file whose size and modification time are those of last time is unchanged; otherwise its
// bytes are hashed, so a fresh clone (new times, same bytes) copies nothing.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync } from 'node:fs';
import path from 'node:path';
import { removeFile } from './publish';

/** Every file under `dir`, relative, posix separators. */
export function filesIn(dir: string, rel = ''): string[] {
  if (!existsSync(path.join(dir, rel))) return [];
  return readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((e) => {
    const child = rel ? `${rel}/${e.name}` : e.name;
    return e.isDirectory() ? filesIn(dir, child) : [child];
  });
}

/** What the sync knew of each file it copied: its size, time and content hash. */
export type StaticState = Record<string, [size: number, mtimeMs: number, hash: string]>;

function copyAtomic(source: string, target: string): void {
  mkdirSync(path.dirname(target), { recursive: true });
  const tmp = `${target}.${process.pid}.tmp`;
  copyFileSync(source, tmp);
  renameSync(tmp, target);
}

export type SyncResult = { state: StaticState; changed: string[] };

/**
 * Makes the site hold public/ less `withheld` (addresses such as /images/x.jpg), given what it
 * copied last time (`previous`). Returns today's state and the paths that changed.
 */
export function syncPublic(publicDir: string, siteDir: string, withheld: ReadonlySet<string>, previous: StaticState): SyncResult {
  const files = filesIn(publicDir)
    .filter((rel) => !withheld.has(`/${rel}`))
    .sort();
  const state: StaticState = {};
  const changed: string[] = [];
  for (const rel of files) {
    const source = path.join(publicDir, rel);
    const { size, mtimeMs } = statSync(source);
    const before = previous[rel];
    const inSite = existsSync(path.join(siteDir, rel));
    if (before && inSite && before[0] === size && before[1] === mtimeMs) {
      state[rel] = before;
      continue;
    }
    const hash = createHash('sha256').update(readFileSync(source)).digest('base64url');
    state[rel] = [size, mtimeMs, hash];
    if (before?.[2] === hash && inSite) continue;
    copyAtomic(source, path.join(siteDir, rel));
    changed.push(rel);
  }
  for (const rel of Object.keys(previous)) {
    if (state[rel]) continue;
    removeFile(siteDir, rel);
    changed.push(rel);
  }
  return { state, changed: changed.sort() };
}
