import { chartSvg } from '@/lib/charts/chart-svg';
import { chartType } from '@/lib/charts/chart-types';
import { readSiteCsv, splitColumns } from '@/lib/charts/csv';
import { dictionary } from '@/lib/dictionaries';
import { localizeDigits } from '@/lib/numbers';
import { editions, intlLocale, type Edition } from '@/lib/site';
import { ChartTable } from './ChartTable';

type Props = {
  /** One of CHART_TYPES: the content check has refused any other. */
  type: string;
  title: string;
  data: string;
  x: string;
  y: string;
  source: string;
  unit?: string;
  caption?: string;
  edition: Edition;
};

/**
 * A chart drawn at build time (lib/charts) as inline SVG with its size fixed, so nothing
 * shifts. The SVG is hidden from screen readers, which read the same figures in the table.
 */
export function Chart({ type, title, data, x, y, source, unit, caption, edition }: Props) {
  const words = dictionary(edition).media;
  const table = readSiteCsv(data);
  const columns = splitColumns(y);
  const number = new Intl.NumberFormat(intlLocale(edition));
  const label = (s: string) => localizeDigits(s, editions[edition].digits);
  const drawn = chartSvg({
    type: chartType(type), table, x, y: columns, rtl: editions[edition].dir === 'rtl',
    formatNumber: (n) => number.format(n),
    formatLabel: label,
  });
  return (
    <figure className="chart not-prose" data-chart-type={type}>
      <figcaption className="chart__head">
        <span className="chart__title">{title}</span>
        {unit ? <span className="chart__unit">{words.unit(unit)}</span> : null}
      </figcaption>
      {columns.length > 1 ? (
        <ul className="chart__legend" aria-hidden="true">
          {columns.map((c, i) => (
            <li key={c}><span className={`chart__key chart__s${i}`} />{c}</li>
          ))}
        </ul>
      ) : null}
      <div
        className="chart__plot"
        style={{ aspectRatio: `${drawn.width} / ${drawn.height}` }}
        data-pagefind-ignore
        dangerouslySetInnerHTML={{ __html: drawn.svg }}
      />
      <ChartTable title={words.chartData(title)} table={table} x={x} y={columns} label={label} format={number} />
      {caption ? <p className="chart__caption">{caption}</p> : null}
      <p className="chart__meta">
        <span data-pagefind-ignore>{words.source}</span> <span dir="auto">{source}</span>
        {' · '}
        <a href={data} download data-pagefind-ignore>{words.downloadData}</a>
      </p>
    </figure>
  );
}
