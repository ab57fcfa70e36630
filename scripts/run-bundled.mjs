// Runs a TypeScript script from an esbuild bundle cached under node_modules/.cache, so an
// editor's `npm run content:check` starts in plain Node instead of paying tsx's start-up and
// its per-file transpiling (about 1.3 s of the 2.2 s the check took on the sample site).
//
//   node scripts/run-bundled.mjs scripts/check-content.ts [args…]
//
// The bundle is keyed by the content of every project file it was built from (esbuild's own
// list of inputs): any edit to one of them rebuilds it before running. Packages stay outside the
// bundle and are loaded from node_modules as usual. The key is passed on as
// STANDFIRST_BUNDLE_HASH, so caches keyed by the checker's source (lib/validation/cache.ts) see
// the same thing they would see from source.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [entry, ...rest] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-bundled.mjs <script.ts> [args…]');
  process.exit(2);
}
const root = process.cwd();
const dir = path.join(root, 'node_modules/.cache/standfirst/bundles');
const name = path.basename(entry).replace(/\.[cm]?tsx?$/, '');
const manifestFile = path.join(dir, `${name}.json`);

/** One hash over the inputs' paths and bytes; a missing input changes it too. */
function hashOf(inputs) {
  const h = createHash('sha256');
  for (const file of inputs) {
    h.update(file + '\0');
    h.update(existsSync(file) ? readFileSync(file) : 'missing');
    h.update('\0');
  }
  return h.digest('hex').slice(0, 16);
}

function cached() {
  try {
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
    const bundle = path.join(dir, manifest.bundle);
    return manifest.entry === entry && manifest.hash === hashOf(manifest.inputs) && existsSync(bundle) ? { bundle, hash: manifest.hash } : undefined;
  } catch {
    return undefined; // no manifest yet, or a corrupt one: build again
  }
}

async function build() {
  const esbuild = await import('esbuild');
  mkdirSync(dir, { recursive: true });
  const temp = path.join(dir, `${name}.${process.pid}.tmp.mjs`);
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: temp,
    metafile: true,
    // CommonJS packages inside an ES module bundle still call require() for Node's built-ins.
    banner: { js: "import { createRequire as __bundledRequire } from 'node:module'; const require = __bundledRequire(import.meta.url);" },
    logLevel: 'error',
  });
  // Inputs as esbuild saw them, relative to the project: the files whose edits must rebuild it.
  const inputs = [...Object.keys(result.metafile.inputs).filter((f) => !f.includes('node_modules/')), 'package-lock.json', 'scripts/run-bundled.mjs'].sort(); // its own build options too
  const hash = hashOf(inputs);
  const bundle = `${name}.${hash}.mjs`;
  renameSync(temp, path.join(dir, bundle)); // atomic: two checks started at once never read half a file
  writeFileSync(manifestFile, JSON.stringify({ entry, hash, inputs, bundle }, null, 1));
  return { bundle: path.join(dir, bundle), hash };
}

const { bundle, hash } = cached() ?? (await build());
process.env.STANDFIRST_BUNDLE_HASH = hash;
process.argv = [process.argv[0], path.resolve(entry), ...rest];
await import(pathToFileURL(bundle).href);
