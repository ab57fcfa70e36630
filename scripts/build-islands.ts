// Bundles the vanilla TypeScript islands (components/islands/*.ts) into small,
// content-hashed files under public/islands/, plus a manifest the pages read.
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { ARABIC, LATIN_SERIF } from '../lib/fonts';

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

// The web fonts, from npm (lib/fonts.ts lists them): Source Serif 4 for the Latin edition and the
// Arabic-script subset of Noto Naskh Arabic. app/fonts.css declares them with unicode-ranges, so
// a page downloads only the files whose letters it shows.
const fontOut = path.resolve('public/fonts');
rmSync(fontOut, { recursive: true, force: true });
mkdirSync(fontOut, { recursive: true });
for (const font of [LATIN_SERIF, ARABIC]) {
  for (const name of font.files) copyFileSync(path.resolve('node_modules', font.package, 'files', name), path.join(fontOut, name));
}
console.log(`fonts: ${[...LATIN_SERIF.files, ...ARABIC.files].join(', ')} in public/fonts/`);
