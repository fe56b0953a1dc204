'use client';

import { useId, useState, type ReactNode } from 'react';
import type { Scenario } from '@/lib/underwrite';
import { DataTable, type DataTableProps } from './data-table';
import { SeriesSwatch } from './series';
import type { SeriesStyle } from './theme';

export interface LegendItem {
  series: SeriesStyle;
  shape: 'line' | 'bar';
  /** Said after the series' name: "pays back in month 7". */
  note?: string;
}

/** The card title's heading level; 3 unless the page's outline needs another. */
export type HeadingLevel = 2 | 3 | 4;

/** The props of the three charts that compare the base and the stress case. */
export interface ScenarioChartProps {
  base: Scenario;
  stress: Scenario;
  headingLevel?: HeadingLevel;
}

interface ChartCardProps {
  title: string;
  /** One line on what to read from the chart. */
  caption: string;
  legend: LegendItem[];
  /** The plot box's height in px, the same for the lazy plot's placeholder. */
  height: number;
  table: DataTableProps;
  headingLevel?: HeadingLevel;
  /** The plot. */
  children: ReactNode;
}

/**
 * The frame every chart shares: heading, caption, legend, a fixed-height plot
 * box, and the button that swaps the plot for its table. The legend is HTML
 * rather than recharts' so it wraps on a phone and is read by screen readers.
 */
export function ChartCard({ title, caption, legend, height, table, headingLevel = 3, children }: ChartCardProps) {
  const [showTable, setShowTable] = useState(false);
  const boxId = useId();
  const Heading = `h${headingLevel}` as const;
  return (
    <section className="min-w-0 rounded-lg border border-line bg-white p-4">
      <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
        <div className="min-w-0 flex-1 basis-60">
          <Heading className="text-base font-semibold text-ink">{title}</Heading>
          <p className="mt-0.5 text-sm text-muted">{caption}</p>
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

/**
 * What the box shows while the plot's code loads: the same height, so the
 * page does not move when the chart appears.
 */
export function PlotPlaceholder({ height }: { height: number }) {
  return (
    <div style={{ height }} className="flex items-center justify-center rounded-md bg-paper text-sm text-muted">
      Loading chart…
    </div>
  );
}
