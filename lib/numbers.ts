import { editions, type Digits, type Edition } from './site';

// Western digits in, the edition's digits out. Only the ten ASCII digits change,
// so Latin words and punctuation in the same string are left alone.

const ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩';

export function localizeDigits(text: string, digits: Digits): string {
  switch (digits) {
    case 'latn':
      return text;
    case 'arab':
      return text.replace(/[0-9]/g, (d) => ARABIC_INDIC[Number(d)]!);
    default: {
      const never: never = digits;
      return never;
    }
  }
}

/** A count as the edition prints it. */
export function formatNumber(n: number, edition: Edition): string {
  return localizeDigits(String(n), editions[edition].digits);
}
