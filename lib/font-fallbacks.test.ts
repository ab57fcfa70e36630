import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { latinFallbackFaces } from './font-fallbacks';
import { ARABIC, LATIN_SERIF, LATIN_SERIF_STACK } from './fonts';

const css = (name: string) => readFileSync(path.join(import.meta.dirname, '../app', name), 'utf8');

describe('web fonts', () => {
  it('app/fonts.css holds the metric-adjusted fallbacks exactly as @capsizecss/metrics gives them', () => {
    // Regenerate with: npx tsx -e "import('./lib/fonts.ts').then((m) => console.log(m.latinFallbackFaces()))"
    expect(css('fonts.css')).toContain(latinFallbackFaces());
    expect(latinFallbackFaces()).toMatch(/size-adjust: \d+(\.\d+)?%/);
  });

  it('the Latin serif stack puts the web face first and its fallbacks before any other serif', () => {
    expect(css('globals.css')).toContain(`--font-serif: ${LATIN_SERIF_STACK};`);
    expect(LATIN_SERIF_STACK.startsWith(`'${LATIN_SERIF.family}'`)).toBe(true);
  });

  it('declares every file it copies, each with swap and a unicode-range, and the files exist in npm', () => {
    const fonts = css('fonts.css');
    const faces = fonts.split('@font-face').slice(1);
    for (const [pkg, files] of [[LATIN_SERIF.package, LATIN_SERIF.files], [ARABIC.package, ARABIC.files]] as const) {
      for (const file of files) {
        expect(existsSync(path.join(import.meta.dirname, '../node_modules', pkg, 'files', file)), file).toBe(true);
        const face = faces.find((f) => f.includes(`/fonts/${file}'`));
        expect(face, file).toBeDefined();
        expect(face).toContain('font-display: swap;');
        expect(face).toMatch(/unicode-range: U\+/);
      }
    }
    expect(LATIN_SERIF.files).toContain(LATIN_SERIF.preload);
  });
});
