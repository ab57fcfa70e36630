import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { chartHeight, chartSvg, type ChartSpec } from './chart-svg';
import { parseCsv } from './csv';

const table = parseCsv('year,imports_gwh,gas_bcm\n2022,4120,9.5\n2023,3870,8\n2024,3390,7.25\n');
const arabic = new Intl.NumberFormat('ar-u-nu-arab');
const spec = (over: Partial<ChartSpec> = {}): ChartSpec => ({
  type: 'column', table, x: 'year', y: ['imports_gwh'], rtl: false,
  formatNumber: (n) => new Intl.NumberFormat('en-GB').format(n), formatLabel: (s) => s, ...over,
});
const svgOf = (s: ChartSpec) => parseHTML(`<html><body>${chartSvg(s).svg}</body></html>`).document.querySelector('svg')!;
const xOf = (el: Element) => Number(el.getAttribute('x') ?? /translate\(([-\d.]+)/.exec(el.getAttribute('transform') ?? '')?.[1]);

describe('chartSvg', () => {
  it('draws one bar per row in the first series colour, sized by the value', () => {
    const svg = svgOf(spec());
    const bars = [...svg.querySelectorAll('g.chart__s0 rect')];
    expect(bars).toHaveLength(3);
    const heights = bars.map((b) => Number(b.getAttribute('height')));
    expect(heights[0]).toBeGreaterThan(heights[1]!);
    expect(heights[1]).toBeGreaterThan(heights[2]!);
  });

  it('gives each y column its own series class, and lines for a line chart', () => {
    const svg = svgOf(spec({ type: 'line', y: ['imports_gwh', 'gas_bcm'] }));
    expect(svg.querySelectorAll('g.chart__s0 path')).toHaveLength(1);
    expect(svg.querySelectorAll('g.chart__s1 path')).toHaveLength(1);
    expect(svg.querySelectorAll('g.chart__s1 circle')).toHaveLength(3);
  });

  it('has a fixed size, is hidden from screen readers (the table carries the data) and has no inline <style> (CSP)', () => {
    const out = chartSvg(spec({ type: 'bar' }));
    expect(out.svg).not.toContain('<style');
    const svg = svgOf(spec({ type: 'bar' }));
    expect(svg.getAttribute('aria-hidden')).toBe('true');
    expect(Number(svg.getAttribute('height'))).toBe(out.height);
    expect(out.height).toBe(chartHeight('bar', 3, 1));
    expect(svg.getAttribute('viewBox')).toBe(`0 0 ${out.width} ${out.height}`);
  });

  it('prints tick labels in the edition’s digits', () => {
    const text = svgOf(spec({ formatNumber: (n) => arabic.format(n), formatLabel: (s) => s.replace(/\d/g, (d) => '٠١٢٣٤٥٦٧٨٩'[Number(d)]!) })).textContent ?? '';
    expect(text).toContain('٢٠٢٤');
    expect(text).toContain('٤٬٠٠٠');
    expect(text).not.toMatch(/[0-9]/);
  });

  it('reads from the right in a right-to-left edition: first row rightmost, value axis on the right', () => {
    // Several series are faceted (a group per label); one series is a plain band scale.
    const labelX = (s: ChartSpec, selector: string) => {
      const out: Record<string, number> = {};
      for (const t of svgOf(s).querySelectorAll(`${selector} text`)) out[t.textContent ?? ''] = xOf(t.parentElement!) + xOf(t);
      return out;
    };
    const valueAxisX = (s: ChartSpec) => xOf(svgOf(s).querySelector('g[aria-label="y-axis tick label"] > g, g[aria-label="y-axis tick label"] > text')!);
    for (const [y, selector] of [[['imports_gwh', 'gas_bcm'], 'g[aria-label="fx-axis tick label"]'], [['imports_gwh'], 'g[aria-label="x-axis tick label"]']] as const) {
      const ltr = labelX(spec({ y: [...y] }), selector);
      const rtl = labelX(spec({ y: [...y], rtl: true }), selector);
      expect(ltr['2022'], selector).toBeLessThan(ltr['2024']!);
      expect(rtl['2022'], selector).toBeGreaterThan(rtl['2024']!);
    }
    expect(valueAxisX(spec())).toBeLessThan(100);
    expect(valueAxisX(spec({ rtl: true }))).toBeGreaterThan(300);
  });

  it('rounds coordinates to two decimals (bytes in every page that shows the chart)', () => {
    expect(chartSvg(spec()).svg).not.toMatch(/\d\.\d{3}/);
  });
});
