import { parseContentDate } from '../../dates';
import { closest } from '../closest';
import type { ParsedYaml, Position } from '../front-matter';
import type { DocReport } from './types';

// The shapes front-matter fields are checked against (text, lists of text, dates, known field
// names), shared by the article, author and section rules so they word a mistake alike.

export function describe(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  switch (typeof value) {
    case 'string':
      return `the text "${value}"`;
    case 'number':
      return `the number ${value}`;
    case 'boolean':
      return `${value}`;
    case 'object':
      return 'a group of fields';
    default:
      return typeof value;
  }
}

/** Dotted field name for messages, with 1-based list positions: corrections[1].date */
export function fieldName(fieldPath: readonly (string | number)[]): string {
  return fieldPath.reduce<string>((acc, part) => (typeof part === 'number' ? `${acc}[${part + 1}]` : acc ? `${acc}.${part}` : part), '');
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}

export type Located<T> = { value: T; pos: Position };
type FieldPath = (string | number)[];

/** The field checks of one document, reporting to its errors. */
export function fieldChecks(y: ParsedYaml, error: DocReport, timeZone: string) {
  const requireString = (data: Record<string, unknown>, key: string, fieldPath: FieldPath, example: string, required = true): string | undefined => {
    const value = data[key];
    const field = fieldName(fieldPath);
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
      if (required) {
        const present = key in data;
        error(present ? y.keyPositionOf(fieldPath) : y.positionOf(fieldPath.slice(0, -1)), field, present ? 'is empty' : 'is missing', `add ${example}`);
      }
      return undefined;
    }
    if (typeof value !== 'string') {
      const fix = Array.isArray(value) || isRecord(value) ? `write it as one line of text in double quotes: ${key}: "…"` : `put the value in double quotes: ${key}: "${String(value)}"`;
      error(y.positionOf(fieldPath), field, `must be text, found ${describe(value)}`, fix);
      return undefined;
    }
    return value;
  };

  const stringList = (data: Record<string, unknown>, key: string, what: string, example: string, required: boolean): Located<string>[] => {
    const value = data[key];
    if (value === undefined || value === null) {
      if (required) error(key in data ? y.keyPositionOf([key]) : y.positionOf([]), key, key in data ? 'is empty' : 'is missing', `add ${example}`);
      return [];
    }
    if (!Array.isArray(value)) {
      const fix = typeof value === 'string' ? `write it as a list: ${key}: [${value}]` : `write a list, e.g. ${example}`;
      error(y.positionOf([key]), key, `must be a list of ${what}, found ${describe(value)}`, fix);
      return [];
    }
    if (required && value.length === 0) {
      error(y.positionOf([key]), key, `must name at least one ${what.replace(/s$/, '')}`, `add ${example}`);
    }
    const out: Located<string>[] = [];
    value.forEach((item, i) => {
      const pos = y.positionOf([key, i]);
      if (typeof item !== 'string' || item.trim() === '') {
        error(pos, `${key}[${i + 1}]`, `must be text, found ${describe(item)}`, item === null ? 'remove the empty entry' : `put it in double quotes: "${String(item)}"`);
      } else out.push({ value: item, pos });
    });
    return out;
  };

  const date = (value: unknown, fieldPath: FieldPath, required: boolean): Date | undefined => {
    const field = fieldName(fieldPath);
    if (value === undefined || value === null || value === '') {
      if (required) error(y.positionOf(fieldPath.slice(0, -1)), field, 'is missing', `add ${String(fieldPath[fieldPath.length - 1])}: 2026-01-08 (or a date-time such as 2026-01-08T09:30:00+03:00)`);
      return undefined;
    }
    if (typeof value !== 'string') {
      error(y.positionOf(fieldPath), field, `must be a date, found ${describe(value)}`, 'write it as YYYY-MM-DD or YYYY-MM-DDTHH:mm:ss+03:00');
      return undefined;
    }
    const parsed = parseContentDate(value, timeZone);
    if (!parsed.ok) {
      error(y.positionOf(fieldPath), field, `"${value}" ${parsed.reason}`, 'use a real calendar date as YYYY-MM-DD, or YYYY-MM-DDTHH:mm:ss+03:00 with a time');
      return undefined;
    }
    return parsed.date;
  };

  const unknownFields = (data: Record<string, unknown>, known: readonly string[], prefix: FieldPath, kind: string) => {
    for (const key of Object.keys(data)) {
      if (known.includes(key)) continue;
      const near = closest(key, known);
      error(y.keyPositionOf([...prefix, key]), fieldName([...prefix, key]), `is not a field of ${kind}`, near ? `did you mean "${near}"? Rename it` : `remove it; ${kind} fields are: ${known.join(', ')}`);
    }
  };

  return { requireString, stringList, date, unknownFields };
}
