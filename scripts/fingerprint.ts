// A hash of everything a build depends on, written into out/ by the build, so
// `npm start` rebuilds only when something changed.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const INPUTS = ['app', 'components', 'content', 'lib', 'public', 'contentlayer.config.ts', 'next.config.ts', 'postcss.config.mjs', 'package-lock.json', 'scripts/postbuild.ts', 'scripts/build-islands.ts', 'scripts/search-index.ts'];
const SKIP = new Set(['public/islands']);

export const FINGERPRINT_FILE = '.standfirst-build';

export function fingerprint(root = process.cwd()): string {
  const hash = createHash('sha256');
  const visit = (rel: string) => {
    if (SKIP.has(rel) || rel.endsWith('.test.ts') || rel.endsWith('.test.tsx')) return;
    const full = path.join(root, rel);
    if (!existsSync(full)) return;
    if (statSync(full).isDirectory()) {
      for (const name of readdirSync(full).sort()) visit(path.posix.join(rel, name));
    } else {
      hash.update(rel).update('\0').update(readFileSync(full)).update('\0');
    }
  };
  for (const input of INPUTS) visit(input);
  for (const key of ['STANDFIRST_SITE_URL', 'STANDFIRST_CONTENT_DIR']) hash.update(`${key}=${process.env[key] ?? ''}`);
  return hash.digest('hex');
}
