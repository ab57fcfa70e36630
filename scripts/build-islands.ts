// Bundles the vanilla TypeScript islands (components/islands/*.ts) into small,
// content-hashed files under public/islands/, plus a manifest the pages read.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const srcDir = path.resolve('components/islands');
const outDir = path.resolve('public/islands');
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

const manifest: Record<string, string> = {};
for (const file of readdirSync(srcDir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
  const name = path.basename(file, '.ts');
  const result = await build({
    entryPoints: [path.join(srcDir, file)],
    bundle: true,
    minify: true,
    format: 'esm',
    target: ['es2020'],
    write: false,
    legalComments: 'none',
  });
  const code = result.outputFiles[0]?.text ?? '';
  const hash = createHash('sha256').update(code).digest('hex').slice(0, 10);
  const outName = `${name}.${hash}.js`;
  writeFileSync(path.join(outDir, outName), code);
  manifest[name] = `/islands/${outName}`;
  console.log(`island ${name}: ${outName} (${code.length} bytes)`);
}
writeFileSync(path.join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
