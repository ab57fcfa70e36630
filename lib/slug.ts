/**
 * URL slug for a tag: Unicode-safe. Latin diacritics are folded (Türkiye →
 * turkiye) so English URLs stay typeable; letters of other scripts (Arabic…) are
 * kept as they are; everything else becomes a single hyphen.
 */
export function slugify(value: string): string {
  return value
    .replace(/['’]/g, '') // "Gulf's" → gulfs, not gulf-s
    .normalize('NFKD')
    // Fold accents on Latin letters only: in Arabic, NFKD splits the hamza off its seat
    // (الأردن would become الاردن), so other scripts are recomposed as written.
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}
