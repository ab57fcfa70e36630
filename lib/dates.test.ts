import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatMonth, formatYear, isoWithOffset, parseContentDate, toInstant } from './dates';

const RIYADH = 'Asia/Riyadh'; // UTC+3, no daylight saving
const LONDON = 'Europe/London'; // switches between +00:00 and +01:00

describe('parseContentDate', () => {
  it('reads a plain date as midnight in the publication time zone', () => {
    expect(toInstant('2026-01-08', RIYADH)).toBe('2026-01-07T21:00:00.000Z');
    expect(toInstant('2026-07-01', LONDON)).toBe('2026-06-30T23:00:00.000Z');
    expect(toInstant('2026-01-08', LONDON)).toBe('2026-01-08T00:00:00.000Z');
  });
  it('reads a date-time without offset as wall-clock time in the publication time zone', () => {
    expect(toInstant('2026-01-08T09:30', RIYADH)).toBe('2026-01-08T06:30:00.000Z');
    expect(toInstant('2026-01-08T09:30:15', RIYADH)).toBe('2026-01-08T06:30:15.000Z');
  });
  it('honours an explicit offset or Z', () => {
    expect(toInstant('2026-01-08T09:30:00+01:00', RIYADH)).toBe('2026-01-08T08:30:00.000Z');
    expect(toInstant('2026-01-08T09:30:00Z', RIYADH)).toBe('2026-01-08T09:30:00.000Z');
    expect(toInstant('2026-01-08T09:30:00-0500', RIYADH)).toBe('2026-01-08T14:30:00.000Z');
  });
  it('accepts 29 February only in leap years', () => {
    expect(parseContentDate('2028-02-29', RIYADH).ok).toBe(true);
    expect(parseContentDate('2026-02-29', RIYADH)).toMatchObject({ ok: false, reason: expect.stringContaining('28 days') });
  });
  it.each(['2026-02-30', '2026-13-01', '2026-00-10', '2026-04-31', '2026-01-08T24:00', '2026-01-08T10:60', '8 January 2026', '2026/01/08', ''])(
    'rejects %j',
    (value) => {
      expect(parseContentDate(value, RIYADH).ok).toBe(false);
      expect(() => toInstant(value, RIYADH)).toThrow(/Invalid date/);
    },
  );
});

describe('formatting', () => {
  it('writes machine dates with the publication offset, never Z', () => {
    expect(isoWithOffset('2026-01-07T21:00:00.000Z', RIYADH)).toBe('2026-01-08T00:00:00+03:00');
    expect(isoWithOffset('2026-01-08T00:00:00.000Z', LONDON)).toBe('2026-01-08T00:00:00+00:00');
    expect(isoWithOffset('2026-07-01T12:00:00.000Z', LONDON)).toBe('2026-07-01T13:00:00+01:00');
  });
  it('formats reader dates in the publication time zone, not the machine one', () => {
    // 22:30 UTC on 7 January is already 8 January in Riyadh.
    expect(formatDate('2026-01-07T22:30:00.000Z', RIYADH)).toBe('8 January 2026');
    expect(formatDateTime('2026-01-09T11:20:00.000Z', RIYADH)).toBe('9 January 2026, 14:20');
  });
});

describe('formatting in the Arabic edition', () => {
  it('uses Arabic month names and the edition digits, in Riyadh time', () => {
    // 21:00 UTC on 7 January is already 8 January in Riyadh.
    expect(formatDate('2026-01-07T21:00:00.000Z', RIYADH, 'ar')).toBe('٨ يناير ٢٠٢٦');
    expect(formatDateTime('2026-01-09T11:20:00.000Z', RIYADH, 'ar')).toBe('٩ يناير ٢٠٢٦، ١٤:٢٠');
  });
  it('leaves the English edition in Western digits', () => {
    expect(formatDate('2026-11-05T00:00:00+03:00', RIYADH, 'en')).toBe('5 November 2026');
  });
  it('writes months and years (partial dates, archive headings) in the edition language and digits', () => {
    // 22:00 UTC on 31 December is already January in Riyadh.
    expect(formatMonth('2025-12-31T22:00:00.000Z', RIYADH, 'en')).toBe('January 2026');
    expect(formatMonth('2025-12-31T22:00:00.000Z', RIYADH, 'ar')).toBe('يناير ٢٠٢٦');
    expect(formatYear('2025-12-31T22:00:00.000Z', RIYADH, 'ar')).toBe('٢٠٢٦');
  });
});
