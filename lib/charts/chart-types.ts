// The chart types editors may write (<Chart type="…">). Apart from chart-svg.ts so that the
// content check can name them without loading the charting library.
export const CHART_TYPES = ['bar', 'column', 'line'] as const;
export type ChartType = (typeof CHART_TYPES)[number];

/** The type as written, known to be valid (the content check ran first); anything else stops the build. */
export function chartType(value: string): ChartType {
  const found = CHART_TYPES.find((t) => t === value);
  if (!found) throw new Error(`<Chart> type "${value}" is not one of ${CHART_TYPES.join(', ')}`);
  return found;
}
