import { TZDate } from '@date-fns/tz';
import { format, type Locale } from 'date-fns';
import { ar } from 'date-fns/locale/ar';
import { enGB } from 'date-fns/locale/en-GB';
import { localizeDigits } from './numbers';
import { editions, type Edition } from './site';

// Accepted front-matter forms: a calendar date, or a date-time with optional
// seconds, fraction and offset. A value without an offset is wall-clock time in
// the publication's time zone (the contract says so for plain dates).
const ISO_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

export type ParsedDate = { ok: true; date: Date } | { ok: false; reason: string };

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses a front-matter date; rejects impossible calendar values such as 2026-02-30. */
export function parseContentDate(value: string, timeZone: string): ParsedDate {
  const m = ISO_PATTERN.exec(value.trim());
  if (!m) {
    return { ok: false, reason: 'is not an ISO 8601 date (YYYY-MM-DD) or date-time (YYYY-MM-DDTHH:mm:ss+03:00)' };
  }
  const [, y, mo, d, h = '00', mi = '00', s = '00', frac = '', offset] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  if (month < 1 || month > 12) return { ok: false, reason: `has month ${mo}, which does not exist` };
  if (day < 1 || day > daysInMonth(year, month)) {
    return { ok: false, reason: `has day ${d}, but that month has ${daysInMonth(year, month)} days` };
  }
  if (hour > 23 || minute > 59 || second > 59) return { ok: false, reason: `has an impossible time ${h}:${mi}:${s}` };
  const ms = Number((frac + '000').slice(0, 3));
  if (offset !== undefined) {
    const iso = `${y}-${mo}-${d}T${h}:${mi}:${s}.${String(ms).padStart(3, '0')}${offset === 'Z' ? 'Z' : normaliseOffset(offset)}`;
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) return { ok: false, reason: `has an impossible offset ${offset}` };
    return { ok: true, date };
  }
  const zoned = new TZDate(year, month - 1, day, hour, minute, second, ms, timeZone);
  return { ok: true, date: new Date(zoned.getTime()) };
}

function normaliseOffset(offset: string): string {
  return offset.includes(':') ? offset : `${offset.slice(0, 3)}:${offset.slice(3)}`;
}

/** Parses a date already validated by the content check; throws otherwise. */
export function toInstant(value: string, timeZone: string): string {
  const parsed = parseContentDate(value, timeZone);
  if (!parsed.ok) throw new Error(`Invalid date "${value}": ${parsed.reason}`);
  return parsed.date.toISOString();
}

/** ISO 8601 with the publication's UTC offset, e.g. 2026-01-08T00:00:00+03:00. */
export function isoWithOffset(instant: string | Date, timeZone: string): string {
  return format(new TZDate(new Date(instant).getTime(), timeZone), "yyyy-MM-dd'T'HH:mm:ssxxx");
}

const LOCALES: Record<Edition, Locale> = { en: enGB, ar };

/** A date-fns pattern in an edition's language and digits, in the given time zone. */
export function formatIn(instant: string | Date, timeZone: string, pattern: string, edition: Edition = 'en'): string {
  const text = format(new TZDate(new Date(instant).getTime(), timeZone), pattern, { locale: LOCALES[edition] });
  return localizeDigits(text, editions[edition].digits);
}

/** Reader-facing date, e.g. "8 January 2026" or "٨ يناير ٢٠٢٦". */
export function formatDate(instant: string | Date, timeZone: string, edition: Edition = 'en'): string {
  return formatIn(instant, timeZone, 'd MMMM yyyy', edition);
}

/** Reader-facing month, e.g. "February 2026" or "فبراير ٢٠٢٦" (magazine issues). */
export function formatMonth(instant: string | Date, timeZone: string, edition: Edition = 'en'): string {
  return formatIn(instant, timeZone, 'MMMM yyyy', edition);
}

/** Reader-facing year, e.g. "2026" or "٢٠٢٦" (timeline events known only to the year). */
export function formatYear(instant: string | Date, timeZone: string, edition: Edition = 'en'): string {
  return formatIn(instant, timeZone, 'yyyy', edition);
}

/** Reader-facing date and time, e.g. "9 January 2026, 14:20". */
export function formatDateTime(instant: string | Date, timeZone: string, edition: Edition = 'en'): string {
  return formatIn(instant, timeZone, edition === 'ar' ? 'd MMMM yyyy، HH:mm' : 'd MMMM yyyy, HH:mm', edition);
}
