import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { CHART_TYPES } from '../charts/chart-types';
import { cellNumber, parseCsv, splitColumns, type Table } from '../charts/csv';
import type { AttributeProblem } from './types';
import { defineElement } from './types';

/** The CSV's columns and values against x and y (runs on every check: it reads the file). */
function verifyColumns(fullPath: string, attrs: Readonly<Record<string, string>>): AttributeProblem[] {
  const table = parseCsv(readFileSync(fullPath, 'utf8'));
  const data = attrs.data ?? '';
  const problems: AttributeProblem[] = [];
  const known = `use one of: ${table.columns.join(', ')}`;
  if (table.rows.length === 0) problems.push({ attr: 'data', message: `${data} has a header row but no data rows`, fix: 'add one row per point of the chart' });
  if (attrs.x !== undefined && !table.columns.includes(attrs.x)) problems.push({ attr: 'x', message: `column "${attrs.x}" is not in ${data}`, fix: known });
  for (const col of splitColumns(attrs.y ?? '')) {
    if (!table.columns.includes(col)) problems.push({ attr: 'y', message: `column "${col}" is not in ${data}`, fix: known });
    else problems.push(...numeric(table, col, data));
  }
  if (attrs.type === 'line' && table.rows.length === 1) problems.push({ attr: 'type', message: 'a line chart needs at least two rows', fix: 'add rows, or use type="column"' });
  return problems;
}

function numeric(table: Table, col: string, data: string): AttributeProblem[] {
  const bad = table.rows.findIndex((r) => cellNumber(r[col]) === null);
  if (bad < 0) return [];
  // +2: the header is line 1 of the file.
  return [{ attr: 'y', message: `column "${col}" of ${data} has "${table.rows[bad]?.[col] ?? ''}" on line ${bad + 2}, which is not a number`, fix: 'write plain numbers such as 1250 or 12.5 (no units or notes in the cells)' }];
}

export const chart = defineElement({
  name: 'Chart',
  summary: 'A bar, column or line chart drawn at build time from a CSV file, with its figures as a table for screen readers and a link to download them.',
  attributes: {
    type: { required: true, description: `${CHART_TYPES.join(', ')} (bars across, columns up, or a line)`, example: 'column', schema: z.enum(CHART_TYPES, { errorMap: () => ({ message: 'is not a chart type' }) }), fix: `use one of: ${CHART_TYPES.join(', ')}` },
    title: { required: true, prose: true, description: 'what the chart shows, as a headline', example: 'Electricity Iraq imported from Iran' },
    data: { required: true, description: 'the figures, a CSV file under public/ with a header row', example: '/data/iraq-power.csv', file: { extensions: ['.csv'], what: 'CSV', verify: verifyColumns } },
    x: { required: true, description: 'the column of labels along the axis (years, countries)', example: 'year' },
    y: { required: true, description: 'the column (or columns, comma-separated) of numbers', example: 'imports_gwh' },
    source: { required: true, prose: true, description: 'who published the figures', example: 'Iraqi Ministry of Electricity' },
    unit: { required: false, description: 'the unit of the numbers', example: 'gigawatt-hours a year' },
    caption: { required: false, prose: true, description: 'a sentence on what the reader should notice', example: 'Imports peaked in 2018.' },
  },
  children: { kind: 'none' },
  example: '<Chart type="column" title="Electricity Iraq imported from Iran" data="/data/iraq-power.csv" x="year" y="imports_gwh" unit="gigawatt-hours a year" source="Iraqi Ministry of Electricity" />',
  errors: ['a type other than bar, column or line', 'a CSV file that is missing', 'an x or y column that is not in the CSV', 'a y value that is not a number'],
  searchable: true,
});
