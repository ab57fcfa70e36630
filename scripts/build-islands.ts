// Bundles the vanilla TypeScript islands (components/islands/*.ts) into small,
// content-hashed files under public/islands/, plus a manifest the pages read.
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
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

// The Arabic edition's typeface, from npm (@fontsource/noto-naskh-arabic): only the Arabic-script
// subset in the two weights the pages use. app/globals.css declares them with the Arabic
// unicode-range, so English pages never download them.
const fontSrc = path.resolve('node_modules/@fontsource/noto-naskh-arabic/files');
const fontOut = path.resolve('public/fonts');
rmSync(fontOut, { recursive: true, force: true });
mkdirSync(fontOut, { recursive: true });
for (const weight of [400, 700]) {
  const name = `noto-naskh-arabic-arabic-${weight}-normal.woff2`;
  copyFileSync(path.join(fontSrc, name), path.join(fontOut, name));
}
console.log('fonts: Noto Naskh Arabic 400 and 700 (Arabic subset) in public/fonts/');
