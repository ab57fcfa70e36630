import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CHART_TYPES, type ChartType } from '../../charts/chart-svg';
import { cellNumber, parseCsv, splitColumns, type Table } from '../../charts/csv';
import { publicFileIssue } from './media-files';
import { given, requireAttributes, type ElementContext, type ElementIssue, type ElementNode } from './media-types';

export const CHART_ATTRIBUTES = ['type', 'title', 'data', 'x', 'y', 'source', 'unit', 'caption'] as const;

const EXAMPLES = {
  type: 'column',
  title: 'What the chart shows',
  data: '/data/my-article.csv',
  x: 'year',
  y: 'imports_gwh',
  source: 'Who published the figures',
};

/** <Chart />: its attributes, its CSV under public/, and the columns and values it names. */
export function checkChart(node: ElementNode, ctx: ElementContext): ElementIssue[] {
  const issues = requireAttributes(node, EXAMPLES);
  const type = given(node, 'type');
  if (type && !(CHART_TYPES as readonly string[]).includes(type)) {
    issues.push({ attribute: 'type', message: `"${type}" is not a chart type`, fix: `use one of: ${CHART_TYPES.join(', ')}` });
  }
  if (node.hasText || node.children.length > 0) {
    issues.push({ attribute: 'children', message: '<Chart> takes nothing between its tags', fix: 'write it as <Chart … /> and put any text in caption="…"' });
  }
  const data = given(node, 'data');
  if (!data) return issues;
  const fileIssue = publicFileIssue('data', data, ['.csv'], ctx.publicDir, EXAMPLES.data);
  if (fileIssue) return [...issues, fileIssue];
  const table = parseCsv(readFileSync(path.join(ctx.publicDir, data), 'utf8'));
  return [...issues, ...checkColumns(node, data, table, type as ChartType | undefined)];
}

function checkColumns(node: ElementNode, data: string, table: Table, type: ChartType | undefined): ElementIssue[] {
  const issues: ElementIssue[] = [];
  const known = `use one of: ${table.columns.join(', ')}`;
  if (table.rows.length === 0) issues.push({ attribute: 'data', message: `${data} has a header row but no data rows`, fix: 'add one row per point of the chart' });
  const x = given(node, 'x');
  if (x && !table.columns.includes(x)) issues.push({ attribute: 'x', message: `column "${x}" is not in ${data}`, fix: known });
  for (const col of splitColumns(given(node, 'y') ?? '')) {
    if (!table.columns.includes(col)) {
      issues.push({ attribute: 'y', message: `column "${col}" is not in ${data}`, fix: known });
      continue;
    }
    const bad = table.rows.findIndex((r) => cellNumber(r[col]) === null);
    if (bad >= 0) {
      // +2: the header is line 1 of the file.
      issues.push({ attribute: 'y', message: `column "${col}" of ${data} has "${table.rows[bad]?.[col] ?? ''}" on line ${bad + 2}, which is not a number`, fix: 'write plain numbers such as 1250 or 12.5 (no units or notes in the cells)' });
    }
  }
  if (type === 'line' && table.rows.length < 2) issues.push({ attribute: 'type', message: 'a line chart needs at least two rows', fix: 'add rows, or use type="column"' });
  return issues;
}
