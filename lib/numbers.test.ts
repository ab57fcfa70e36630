import { describe, expect, it } from 'vitest';
import { formatNumber, localizeDigits } from './numbers';

describe('digits', () => {
  it('turns Western digits into Arabic-Indic ones, leaving other characters alone', () => {
    expect(localizeDigits('8 يناير 2026، 14:20', 'arab')).toBe('٨ يناير ٢٠٢٦، ١٤:٢٠');
    expect(localizeDigits('AFP 1234567890', 'arab')).toBe('AFP ١٢٣٤٥٦٧٨٩٠');
  });
  it('keeps Western digits when the edition asks for them', () => {
    expect(localizeDigits('8 يناير 2026', 'latn')).toBe('8 يناير 2026');
  });
  it('formats counts per edition (lib/site.ts)', () => {
    expect(formatNumber(42, 'ar')).toBe('٤٢');
    expect(formatNumber(42, 'en')).toBe('42');
  });
});
