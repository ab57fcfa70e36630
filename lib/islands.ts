import { readFileSync } from 'node:fs';
import path from 'node:path';

// URL of a built island (content-hashed by scripts/build-islands.ts).
export function islandSrc(name: string): string {
  const manifestPath = path.join(process.cwd(), 'public/islands/manifest.json');
  let manifest: Record<string, string>;
  try {
    manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, string>;
  } catch {
    throw new Error(`Islands are not built: run \`npm run build:islands\` (missing ${manifestPath})`);
  }
  const src = manifest[name];
  if (!src) throw new Error(`Unknown island "${name}" (known: ${Object.keys(manifest).join(', ')})`);
  return src;
}
