// The site's web fonts: the files scripts/build-islands.ts copies from npm into public/fonts/ (app/fonts.css
// declares them) and the Latin serif stack (docs/adr/0021-latin-text-face.md).

/** The Latin edition's text face: Source Serif 4, variable weight, upright and italic. */
export const LATIN_SERIF = {
  family: 'Source Serif 4',
  package: '@fontsource-variable/source-serif-4',
  // Fontsource's Latin and Latin Extended subsets: each is fetched only by a page using its letters.
  files: ['latin', 'latin-ext'].flatMap((subset) => ['normal', 'italic'].map((style) => `source-serif-4-${subset}-wght-${style}.woff2`)),
  /** Preloaded on English pages: the upright Latin file sets nearly every word of them. */
  preload: 'source-serif-4-latin-wght-normal.woff2',
} as const;

/** The Arabic edition's face: the Arabic-script subset of Noto Naskh Arabic in the two weights used. */
export const ARABIC = {
  package: '@fontsource/noto-naskh-arabic',
  files: [400, 700].map((weight) => `noto-naskh-arabic-arabic-${weight}-normal.woff2`),
} as const;

/** The system faces scaled to stand in for it (lib/font-fallbacks.ts writes their rules). */
export const LATIN_FALLBACK_NAMES = ['Georgia', 'Times'] as const;

/** The Latin serif stack: the web face, then its scaled fallbacks, then whatever serif the system has. */
export const LATIN_SERIF_STACK =
  [LATIN_SERIF.family, ...LATIN_FALLBACK_NAMES.map((name) => `${LATIN_SERIF.family} Fallback ${name}`)].map((f) => `'${f}'`).join(', ') + ', serif';
