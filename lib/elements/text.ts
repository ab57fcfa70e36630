// Text helpers shared by element checks and the content check.

/** Lower case, letters and digits only: quotes compare equal whatever their punctuation or typographic quotes. */
export function normaliseForQuote(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
