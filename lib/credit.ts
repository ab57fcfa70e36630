/** One part of a photo credit: its text (separator included) and whether a space followed it. */
export type CreditPart = { text: string; spaceAfter: boolean };

/**
 * Splits a credit at its "/" separators ("REUTERS/Benoit Tessier", "MONA ABDELAAL / STANDFIRST"):
 * each part keeps its trailing slash, so a line may break only after a separator, never inside a name.
 * Joined back (text + space) the parts give the credit verbatim.
 */
export function creditParts(credit: string): CreditPart[] {
  const tokens = credit.match(/[^/]*(?:\/\s*|$)/g) ?? [];
  return tokens
    .filter((token) => token !== '')
    .map((token) => ({ text: token.trimEnd(), spaceAfter: token !== token.trimEnd() }));
}
