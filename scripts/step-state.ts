// What each build step was last run successfully on: a hash of its inputs' CONTENT (paths and
// bytes, never file times, so a fresh clone with the state restored skips what it can).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const STATE_FILE = path.join('.standfirst-cache', 'steps.json');

/** Hash of the files under `inputs` (skipping `skip` and tests) and the named environment variables. */
export function hashInputs(inputs: readonly string[], env: readonly string[], skip: ReadonlySet<string> = new Set(), root = process.cwd()): string {
  const hash = createHash('sha256');
  const visit = (rel: string) => {
    if (skip.has(rel) || /\.test\.tsx?$/.test(rel)) return;
    const full = path.resolve(root, rel);
    if (!existsSync(full)) return;
    if (statSync(full).isDirectory()) {
      for (const name of readdirSync(full).sort()) visit(path.posix.join(rel, name));
    } else {
      hash.update(rel).update('\0').update(readFileSync(full)).update('\0');
    }
  };
  for (const input of [...inputs].sort()) visit(input);
  for (const key of env) hash.update(`${key}=${process.env[key] ?? ''}\0`);
  return hash.digest('hex');
}

export type StepState = Record<string, string>;

export function readState(file = STATE_FILE): StepState {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as StepState;
  } catch {
    return {};
  }
}

/** Written whole to a temporary file and renamed: a build killed while writing leaves the old state or the new, never half. */
export function writeState(state: StepState, file = STATE_FILE): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(state, null, 2) + '\n');
  renameSync(tmp, file);
}
