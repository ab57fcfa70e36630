import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import type { ChartType } from './chart-types';
import { cellNumber, type Table } from './csv';

export type { ChartType } from './chart-types';

// Draws a chart as an SVG string at build time with Observable Plot on a server DOM
// (linkedom). Colours are classes (chart__s0, chart__s1 …) styled in app/elements-media.css,
// so the chart follows the page's theme; axes use currentColor.

export type ChartSpec = {
  type: ChartType;
  table: Table;
  x: string;
  y: string[];
  /** Formats a tick value in the edition's digits. */
  formatNumber: (n: number) => string;
  formatLabel: (s: string) => string;
  rtl: boolean;
};

export const CHART_WIDTH = 640;

type Datum = { x: string; values: (number | null)[] };

function data(spec: ChartSpec): Datum[] {
  return spec.table.rows.map((r) => ({ x: r[spec.x] ?? '', values: spec.y.map((c) => cellNumber(r[c])) }));
}

/** Height grows with the number of bars in a bar chart, so that labels never collide. */
export function chartHeight(type: ChartType, rows: number, series: number): number {
  switch (type) {
    case 'bar':
      return Math.max(160, rows * Math.max(24, series * 14) + 50);
    case 'column':
    case 'line':
      return 320;
    default: {
      const never: never = type;
      return never;
    }
  }
}

function marks(spec: ChartSpec, rows: Datum[]): Plot.Markish[] {
  const value = (i: number) => (d: Datum) => d.values[i];
  const seriesName = (i: number) => () => spec.y[i];
  switch (spec.type) {
    // One series: a plain band scale. Several: one facet per label, a bar per series in it
    // (facets repeat the grid, so they are used only when needed).
    case 'column':
      if (spec.y.length === 1) return [Plot.barY(rows, { x: 'x', y: value(0), fill: 'currentColor', className: 'chart__s0' }), Plot.ruleY([0])];
      return spec.y.map((_, i) =>
        Plot.barY(rows, { fx: 'x', x: seriesName(i), y: value(i), fill: 'currentColor', className: `chart__s${i}` }),
      ).concat([Plot.ruleY([0])]);
    case 'bar':
      if (spec.y.length === 1) return [Plot.barX(rows, { y: 'x', x: value(0), fill: 'currentColor', className: 'chart__s0' }), Plot.ruleX([0])];
      return spec.y.map((_, i) =>
        Plot.barX(rows, { fy: 'x', y: seriesName(i), x: value(i), fill: 'currentColor', className: `chart__s${i}` }),
      ).concat([Plot.ruleX([0])]);
    case 'line':
      return spec.y.flatMap((_, i) => [
        Plot.line(rows, { x: 'x', y: value(i), stroke: 'currentColor', strokeWidth: 2.5, className: `chart__s${i}` }),
        Plot.dot(rows, { x: 'x', y: value(i), fill: 'currentColor', r: 3, className: `chart__s${i}` }),
      ]);
    default: {
      const never: never = spec.type;
      return never;
    }
  }
}

function labelRoom(labels: string[]): number {
  return Math.min(200, 12 + 7 * Math.max(0, ...labels.map((l) => l.length)));
}

function options(spec: ChartSpec, rows: Datum[], height: number): Plot.PlotOptions {
  const order = rows.map((d) => d.x);
  const side = spec.rtl ? 'right' : 'left';
  const valueAxis = { grid: true, label: null, tickFormat: spec.formatNumber, nice: true, zero: true };
  const hideSeries = { axis: null, domain: spec.y, padding: 0.1 };
  const common = { width: CHART_WIDTH, height, style: { overflow: 'visible' } };
  const single = spec.y.length === 1;
  switch (spec.type) {
    case 'column':
      return {
        ...common,
        marginLeft: spec.rtl ? 10 : 56,
        marginRight: spec.rtl ? 56 : 10,
        ...(single
          ? { x: { domain: order, label: null, tickFormat: spec.formatLabel, padding: 0.2, reverse: spec.rtl } }
          : { fx: { domain: order, label: null, tickFormat: spec.formatLabel, padding: 0.2, reverse: spec.rtl }, x: hideSeries }),
        y: { ...valueAxis, axis: side },
        marks: marks(spec, rows),
      };
    case 'bar': {
      const room = labelRoom(order.map(spec.formatLabel));
      return {
        ...common,
        marginLeft: spec.rtl ? 24 : room,
        marginRight: spec.rtl ? room : 24,
        ...(single
          ? { y: { domain: order, label: null, tickFormat: spec.formatLabel, padding: 0.2, axis: side } }
          : { fy: { domain: order, label: null, tickFormat: spec.formatLabel, padding: 0.2, axis: side }, y: hideSeries }),
        x: { ...valueAxis, reverse: spec.rtl },
        marks: marks(spec, rows),
      };
    }
    case 'line':
      return {
        ...common,
        marginLeft: spec.rtl ? 16 : 56,
        marginRight: spec.rtl ? 56 : 16,
        x: { type: 'point', domain: order, label: null, tickFormat: spec.formatLabel, reverse: spec.rtl, padding: 0.3 },
        y: { ...valueAxis, axis: side },
        marks: marks(spec, rows),
      };
    default: {
      const never: never = spec.type;
      return never;
    }
  }
}

export type ChartSvg = { svg: string; width: number; height: number };

export function chartSvg(spec: ChartSpec): ChartSvg {
  const rows = data(spec);
  const height = chartHeight(spec.type, rows.length, spec.y.length);
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const node = Plot.plot({ ...options(spec, rows, height), document }) as unknown as Element;
  // Plot adds a <style> element per chart; the page's stylesheet has those rules instead
  // (an inline <style> would need its own CSP hash), and the class names stay stable.
  node.querySelector('style')?.remove();
  node.setAttribute('class', 'chart__svg');
  node.setAttribute('aria-hidden', 'true');
  node.removeAttribute('font-family');
  node.removeAttribute('style');
  // Plot marks axis labels font-variant="tabular-nums", which is CSS, not an SVG attribute (the
  // Nu checker rejects it): the stylesheet sets tabular figures on .chart__svg text instead.
  for (const g of node.querySelectorAll('[font-variant]')) g.removeAttribute('font-variant');
  // Plot writes coordinates such as 230.00000000000003; a hundredth of a pixel is plenty.
  const svg = node.outerHTML.replace(/(\d)\.(\d{2})\d+/g, '$1.$2');
  return { svg, width: CHART_WIDTH, height };
}
