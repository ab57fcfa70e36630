import { cellNumber, type Table } from '@/lib/charts/csv';

type Props = {
  title: string;
  table: Table;
  x: string;
  y: string[];
  label: (s: string) => string;
  format: Intl.NumberFormat;
};

/** A chart's figures as a real table, for screen readers (visually hidden; the SVG shows them). */
export function ChartTable({ title, table, x, y, label, format }: Props) {
  const cell = (v: string | undefined) => {
    const n = cellNumber(v);
    return n === null ? label(v ?? '') : format.format(n);
  };
  return (
    <table className="sr-only" data-pagefind-ignore>
      <caption>{title}</caption>
      <thead>
        <tr>
          {[x, ...y].map((c) => <th key={c} scope="col">{c}</th>)}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((r, i) => (
          <tr key={i}>
            <th scope="row">{label(r[x] ?? '')}</th>
            {y.map((c) => <td key={c}>{cell(r[c])}</td>)}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
