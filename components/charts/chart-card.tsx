'use client';

import { useId, useState, type ReactNode } from 'react';
import { SeriesSwatch, type SeriesStyle } from './look';

export interface LegendItem {
  series: SeriesStyle;
  shape: 'line' | 'bar';
  /** Said after the series' name: "in the black for good from month 7". */
  note?: string;
}

interface ChartCardProps {
  title: string;
  /** One line on what to read from the chart. */
  caption: string;
  legend: LegendItem[];
  /** The plot box's height in px, reserved before the lazy plot arrives. */
  height: number;
  table: DataTableProps;
  /** How the plotted numbers come about, in words, behind a "How is this computed?" toggle. */
  working?: string;
  /** The plot. */
  children: ReactNode;
}

/**
 * The frame every chart shares: heading, caption, legend, a fixed-height plot
 * box, and the button that swaps the plot for its table. The legend is HTML
 * rather than recharts' so it wraps on a phone and is read by screen readers.
 */
export function ChartCard({ title, caption, legend, height, table, working, children }: ChartCardProps) {
  const [showTable, setShowTable] = useState(false);
  const boxId = useId();
  return (
    <section className="min-w-0 rounded-lg border border-line bg-white p-4">
      <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
        <div className="min-w-0 flex-1 basis-60">
          <h3 className="text-base font-semibold text-ink">{title}</h3>
          <p className="mt-0.5 text-sm text-muted">{caption}</p>
          {working && <Working text={working} />}
        </div>
        <button
          type="button"
          aria-expanded={showTable}
          aria-controls={boxId}
          onClick={() => setShowTable((shown) => !shown)}
          className="shrink-0 rounded-md border border-line bg-white px-3 py-1.5 text-sm font-medium text-ink hover:bg-paper"
        >
          {showTable ? 'Show chart' : 'Show table'}
        </button>
      </div>
      <ul className="mt-3 flex flex-wrap gap-x-5 gap-y-1 text-sm text-ink">
        {legend.map(({ series, shape, note }) => (
          <li key={series.label} className="flex items-center gap-2">
            <SeriesSwatch series={series} shape={shape} />
            <span>
              {series.label}
              {note && <span className="text-muted"> — {note}</span>}
            </span>
          </li>
        ))}
      </ul>
      <div id={boxId} className="mt-3" style={{ height }}>
        {showTable ? <DataTable {...table} /> : children}
      </div>
    </section>
  );
}

/** A figure's working, folded away under its caption as the key numbers fold theirs. */
export function Working({ text }: { text: string }) {
  return (
    <details className="group mt-1 text-xs">
      <summary className="cursor-pointer list-none text-brand underline decoration-dotted [&::-webkit-details-marker]:hidden">
        <span className="group-open:hidden">How is this computed?</span>
        <span className="hidden group-open:inline">Hide the working</span>
      </summary>
      <p className="mt-1.5 rounded-md bg-paper p-3 text-ink">{text}</p>
    </details>
  );
}

/**
 * What the box shows while the plot's code loads. It fills the box, whose
 * height is already the plot's, so the page does not move when the chart appears.
 */
export function PlotPlaceholder() {
  return (
    <div className="flex h-full items-center justify-center rounded-md bg-paper text-sm text-muted">
      Loading chart…
    </div>
  );
}

export interface TableRow {
  key: string | number;
  /** The row's header cell: "Month 6", "Refunds", "Price". */
  header: string;
  cells: ReactNode[];
}

export interface DataTableProps {
  caption: string;
  /** Column headers; the first heads the row headers. */
  columns: string[];
  rows: TableRow[];
}

/**
 * A chart's text alternative. It fills the card's fixed-height box and
 * scrolls inside it, so swapping chart and table never moves the page; the
 * scroll box is focusable and named so keyboard users can scroll it too. On a
 * phone the header row and the row headers stay put while the numbers scroll.
 */
export function DataTable({ caption, columns, rows }: DataTableProps) {
  const captionId = useId();
  const [rowHeader, ...valueHeaders] = columns;
  return (
    <div role="region" aria-labelledby={captionId} tabIndex={0} className="h-full overflow-auto rounded-md border border-line">
      <table className="w-full border-collapse text-sm tabular-nums">
        {/* Read by screen readers and names the scroll region; sighted readers
            have the card's title and caption just above, and a visible caption
            would be as wide as the table and cut off on a phone. */}
        <caption id={captionId} className="sr-only">
          {caption}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="sticky top-0 left-0 z-20 border-b border-line bg-paper px-3 py-2 text-left font-medium">
              {rowHeader}
            </th>
            {valueHeaders.map((header) => (
              <th key={header} scope="col" className="sticky top-0 z-10 border-b border-line bg-paper px-3 py-2 text-right font-medium whitespace-nowrap">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className="border-b border-line last:border-b-0">
              <th scope="row" className="sticky left-0 min-w-28 bg-white px-3 py-1.5 text-left font-normal">
                {row.header}
              </th>
              {row.cells.map((cell, i) => (
                <td key={i} className="px-3 py-1.5 text-right whitespace-nowrap">
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
