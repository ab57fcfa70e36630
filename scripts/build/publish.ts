// Publishing the build's site folder to out/ (ADR 0022). The build works in its own folder
// (.standfirst-cache/site); out/ is what readers and `npm start` are served, and a build that is
// killed must leave it as it was. An incremental build writes the list of files it changed to a
// journal, then links each into out/ with a rename (atomic per file); a build killed during that
// leaves the journal, and the next build applies it again first (every step of it can be
// repeated). A full build links a whole new tree and swaps it in with two renames.
// Files are shared between the two folders as hard links, so nothing may ever write a file of the
// site folder in place: writers go through writeFileAtomic (a new file renamed over the old).
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, statSync, writeFileSync, copyFileSync } from 'node:fs';
import path from 'node:path';

/** Writes `data` to a new file and renames it over `file`: a reader (or a hard link elsewhere) never sees it half-written or changed. */
export function writeFileAtomic(file: string, data: string | NodeJS.ArrayBufferView): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, file);
}

/** Makes `target` the same file as `source` (a hard link; a copy across devices), replacing it atomically. */
export function linkAtomic(source: string, target: string): void {
  // Already the same file (a journal applied twice): rename() would keep the temporary link beside it.
  if (sameFile(source, target)) return;
  mkdirSync(path.dirname(target), { recursive: true });
  const tmp = `${target}.${process.pid}.tmp`;
  rmSync(tmp, { force: true });
  try {
    linkSync(source, tmp);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EXDEV') throw e;
    copyFileSync(source, tmp);
  }
  renameSync(tmp, target);
}

function sameFile(a: string, b: string): boolean {
  try {
    const x = statSync(a);
    const y = statSync(b);
    return x.ino === y.ino && x.dev === y.dev;
  } catch {
    return false;
  }
}

/** Deletes `file` and any folders it leaves empty, up to (not including) `root`. */
export function removeFile(root: string, rel: string): void {
  rmSync(path.join(root, rel), { force: true });
  let dir = path.dirname(path.join(root, rel));
  const top = path.resolve(root);
  while (path.resolve(dir) !== top && existsSync(dir) && readdirSync(dir).length === 0) {
    rmdirSync(dir);
    dir = path.dirname(dir);
  }
}

/** Applies one journal: each listed file is linked from `siteDir` into `outDir`, or removed from it if the site no longer has it. */
function apply(siteDir: string, outDir: string, changed: readonly string[]): void {
  for (const rel of changed) {
    const source = path.join(siteDir, rel);
    if (existsSync(source)) linkAtomic(source, path.join(outDir, rel));
    else removeFile(outDir, rel);
  }
}

/** Publishes the files an incremental build changed: journal first, then the renames, then the journal goes. */
export function publishChanges(siteDir: string, outDir: string, changed: readonly string[], journal: string): void {
  mkdirSync(path.dirname(journal), { recursive: true });
  writeFileAtomic(journal, JSON.stringify({ siteDir: path.resolve(siteDir), outDir: path.resolve(outDir), changed }));
  apply(siteDir, outDir, changed);
  rmSync(journal, { force: true });
}

/** Before a build reads anything: finishes the publish a killed build left halfway. Returns whether there was one. */
export function recoverPublish(journal: string): boolean {
  if (!existsSync(journal)) return false;
  let entry: { siteDir: string; outDir: string; changed: string[] };
  try {
    entry = JSON.parse(readFileSync(journal, 'utf8')) as typeof entry;
  } catch {
    // Written by writeFileAtomic, so it is whole or absent; anything else is not ours to apply.
    rmSync(journal, { force: true });
    return false;
  }
  apply(entry.siteDir, entry.outDir, entry.changed);
  rmSync(journal, { force: true });
  return true;
}

/** Every file under `dir`, relative, sorted. */
export function listFiles(dir: string, base = dir): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...listFiles(full, base));
    else out.push(path.relative(base, full).split(path.sep).join('/'));
  }
  return out;
}

const OLD = '.previous';

/** A crash between the two renames of a swap leaves only out.previous/: put it back. */
export function recoverInterruptedSwap(outDir: string): void {
  const old = outDir + OLD;
  if (!existsSync(outDir) && existsSync(old)) renameSync(old, outDir);
  else rmSync(old, { recursive: true, force: true });
}

/** Publishes a whole site folder: a tree of links beside out/, swapped in with two renames. */
export function publishAll(siteDir: string, outDir: string): void {
  recoverInterruptedSwap(outDir);
  const fresh = `${outDir}.next`;
  rmSync(fresh, { recursive: true, force: true });
  for (const rel of listFiles(siteDir)) {
    const target = path.join(fresh, rel);
    mkdirSync(path.dirname(target), { recursive: true });
    linkSync(path.join(siteDir, rel), target);
  }
  mkdirSync(fresh, { recursive: true });
  const old = outDir + OLD;
  if (existsSync(outDir)) renameSync(outDir, old);
  renameSync(fresh, outDir);
  rmSync(old, { recursive: true, force: true });
}
