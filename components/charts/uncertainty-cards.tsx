'use client';

import dynamic from 'next/dynamic';
import { memo } from 'react';
import { formatMonth } from '@/lib/results/format';
import type { FanPoint } from '@/lib/results/chart-series';
import type { Driver } from '@/lib/results/uncertainty';
import { ChartCard, PlotPlaceholder } from './chart-card';
import { BASE, DRIVER_HELPS, DRIVER_HURTS, driversHeight, PLOT_HEIGHT, RUNS_BAND, RUNS_MEDIAN, SignedMoney, STRESS } from './look';

/*
 * The Uncertainty section's charts, built like ./cards: the card, legend and
 * table render with the page; the plot arrives lazily from
 * ./uncertainty-plots into a box of fixed height.
 */
const FanPlot = dynamic(() => import('./uncertainty-plots').then((m) => m.FanPlot), { ssr: false, loading: PlotPlaceholder });
const DriversPlot = dynamic(() => import('./uncertainty-plots').then((m) => m.DriversPlot), { ssr: false, loading: PlotPlaceholder });

const NOT_YET = <span className="text-muted">before any sale</span>;

/** Cumulative profit of the simulated runs as a band and a median, with the base and stress lines over them. */
export const FanChart = memo(function FanChart({ data, worked }: { data: FanPoint[]; worked: string }) {
  const title = 'Cumulative profit across the runs';
  return (
    <ChartCard
      title={title}
      caption="Where the running total of 8 in 10 simulated futures lies each month, and the median future; the base and stress lines are your worksheet's own two cases."
      legend={[
        { series: RUNS_BAND, shape: 'bar' },
        { series: RUNS_MEDIAN, shape: 'line' },
        { series: BASE, shape: 'line' },
        { series: STRESS, shape: 'line' },
      ]}
      height={PLOT_HEIGHT}
      working={worked}
      table={{
        caption: 'Cumulative profit per month: the runs’ P10, median and P90, and the base and stress cases; month 0 is the upfront investment.',
        columns: ['Month', '1 in 10 below', 'Median', '1 in 10 above', 'Base', 'Stress'],
        rows: data.map((p) => ({
          key: p.month,
          header: p.month === 0 ? `${formatMonth(0)} (upfront)` : formatMonth(p.month),
          cells: [
            p.band ? <SignedMoney key="p10" amount={p.band[0]} /> : NOT_YET,
            p.p50 !== null ? <SignedMoney key="p50" amount={p.p50} /> : NOT_YET,
            p.band ? <SignedMoney key="p90" amount={p.band[1]} /> : NOT_YET,
            <SignedMoney key="base" amount={p.base} />,
            <SignedMoney key="stress" amount={p.stress} />,
          ],
        })),
      }}
    >
      <FanPlot data={data} title={title} />
    </ChartCard>
  );
});

/** The ranged inputs ranked by how closely the net result follows them: what to measure first. */
export const DriversChart = memo(function DriversChart({ rows, worked }: { rows: Driver[]; worked: string }) {
  const title = 'What to measure first';
  return (
    <ChartCard
      title={title}
      caption="The numbers you gave a range, ranked by how closely the result follows them; pin down the top ones first."
      legend={[
        { series: DRIVER_HELPS, shape: 'bar' },
        { series: DRIVER_HURTS, shape: 'bar' },
      ]}
      height={driversHeight(rows.length)}
      working={worked}
      table={{
        caption: 'Each ranged input’s rank correlation with the net result, strongest first: 1 means the result always rises with it, −1 always falls.',
        columns: ['Input', 'Link to the result', 'Which way'],
        rows: rows.map((row) => ({ key: row.field, header: row.label, cells: [row.text, row.direction] })),
      }}
    >
      <DriversPlot rows={rows} title={title} />
    </ChartCard>
  );
});
