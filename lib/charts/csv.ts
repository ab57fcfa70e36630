import { readFileSync } from 'node:fs';
import path from 'node:path';
import { csvParse } from 'd3-dsv';
import { query } from '../dependencies';

// A chart's data: a CSV file under public/, read at build time. d3-dsv does the parsing
// (quoted fields, BOMs, CRLF) so nothing here splits lines by hand.

export type Table = { columns: string[]; rows: Record<string, string>[] };

/** The file behind a site path such as /data/iraq-power.csv. */
export function publicFile(publicDir: string, sitePath: string): string {
  return path.join(publicDir, sitePath.replace(/^\/+/, ''));
}

export function parseCsv(text: string): Table {
  const parsed = csvParse(text.replace(/^\uFEFF/, ''));
  return { columns: parsed.columns.map((c) => c.trim()), rows: parsed.map((r) => trimKeys(r)) };
}

function trimKeys(row: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(row)) out[k.trim()] = (v ?? '').trim();
  return out;
}

export function readCsv(publicDir: string, sitePath: string): Table {
  return parseCsv(readFileSync(publicFile(publicDir, sitePath), 'utf8'));
}

/** A chart's data file under the site's public/ (a query: the build notes the pages that draw it). */
export const readSiteCsv = query('files.csv', (sitePath: string): Table => readCsv(path.join(process.cwd(), 'public'), sitePath));

/** A cell as a number, or null when it is not one (empty, words, "n/a"). Thousands commas are allowed. */
export function cellNumber(cell: string | undefined): number | null {
  if (cell === undefined) return null;
  const s = cell.replace(/,/g, '').trim();
  if (s === '' || !/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(s)) return null;
  return Number(s);
}

/** The y attribute "a, b" as column names. */
export function splitColumns(y: string): string[] {
  return y.split(',').map((s) => s.trim()).filter(Boolean);
}
