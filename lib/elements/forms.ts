import { z } from 'zod';

// Value forms shared by several elements, as zod schemas with messages an editor can act on.

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function realDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  const leap = (y! % 4 === 0 && y! % 100 !== 0) || y! % 400 === 0;
  return d >= 1 && d <= (m === 2 && !leap ? 28 : DAYS[m - 1]!);
}

/** YYYY, YYYY-MM or YYYY-MM-DD: a timeline event may be known only to the year or month. */
export const partialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { message: 'is not a date written YYYY, YYYY-MM or YYYY-MM-DD' })
  .refine(realDate, { message: 'is not a real calendar date' });

/** An ISO date, or date-time with an offset. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2}))?$/, { message: 'is not an ISO date (YYYY-MM-DD, or YYYY-MM-DDTHH:mm+03:00)' })
  .refine((v) => realDate(v.slice(0, 10)), { message: 'is not a real calendar date' });

export const httpsUrl = z
  .string()
  .url({ message: 'is not a web address' })
  .refine((v) => v.startsWith('https://'), { message: 'does not start with https://' });

export const articleSlug = z.string().regex(/^[\p{Ll}\p{Lo}\p{Nd}]+(?:-[\p{Ll}\p{Lo}\p{Nd}]+)*$/u, { message: 'is not an article slug (lowercase letters, digits and hyphens)' });
