import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Every file under `dir`, at any depth (following links, as statSync does). */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}
