import { createFontStack } from '@capsizecss/core';
import georgia from '@capsizecss/metrics/georgia';
import sourceSerif4 from '@capsizecss/metrics/sourceSerif4';
import timesNewRoman from '@capsizecss/metrics/timesNewRoman';
import { LATIN_SERIF, type LATIN_FALLBACK_NAMES } from './fonts';

// Development-time only (@capsizecss is a dev dependency): app/fonts.css holds the output, and
// lib/font-fallbacks.test.ts fails when the two differ.

/**
 * System faces the Latin text is drawn in until Source Serif 4 arrives, each scaled (size-adjust,
 * ascent and descent overrides from @capsizecss/metrics) to take the same room, so the swap moves
 * no line. Times New Roman's metrics also fit its metric-compatible clones on Linux and Android.
 */
const LATIN_FALLBACKS: { name: (typeof LATIN_FALLBACK_NAMES)[number]; metrics: typeof georgia; locals: string[] }[] = [
  { name: 'Georgia', metrics: georgia, locals: ['Georgia'] },
  { name: 'Times', metrics: timesNewRoman, locals: ['Times New Roman', 'TimesNewRomanPSMT', 'Liberation Serif', 'Tinos', 'Nimbus Roman'] },
];

const kebab = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** The fallback @font-face rules, exactly as app/fonts.css must hold them (its test compares). */
export function latinFallbackFaces(): string {
  const { fontFaces } = createFontStack([sourceSerif4, ...LATIN_FALLBACKS.map((f) => f.metrics)], { fontFaceFormat: 'styleObject' });
  return LATIN_FALLBACKS.map((fallback, i) => {
    const face = fontFaces[i]?.['@font-face'];
    if (!face) throw new Error(`capsize gave no face for ${fallback.name}`);
    // Our own family name and local() list replace capsize's; its metric overrides are kept.
    const overrides = Object.entries(face).filter(([k]) => k !== 'fontFamily' && k !== 'src');
    const lines = [
      `  font-family: '${LATIN_SERIF.family} Fallback ${fallback.name}';`,
      `  src: ${fallback.locals.map((l) => `local('${l}')`).join(', ')};`,
      ...overrides.map(([k, v]) => `  ${kebab(k)}: ${String(v)};`),
    ];
    return `@font-face {\n${lines.join('\n')}\n}`;
  }).join('\n');
}
