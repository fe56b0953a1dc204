'use client';

import dynamic from 'next/dynamic';
import type { HistoryPoint } from '@/lib/results/history';
import { ChartCard, PlotPlaceholder } from './chart-card';
import { BASE, SignedMoney, STRESS } from './look';

const HistoryPlot = dynamic(() => import('./history-plot').then((m) => m.HistoryPlot), { ssr: false, loading: PlotPlaceholder });

const HEIGHT = 240;

/** The net result of the base and the stress case at each version, oldest to newest, with its table. */
export function HistoryChart({ points }: { points: HistoryPoint[] }) {
  const title = 'Net result across versions';
  return (
    <ChartCard
      title={title}
      caption="Where each case ends after the horizon, money and your time, as each version of the inputs left it."
      legend={[
        { series: BASE, shape: 'line' },
        { series: STRESS, shape: 'line' },
      ]}
      height={HEIGHT}
      table={{
        caption: 'Net result of the base and the stress case at each version, oldest first.',
        columns: ['Version', 'Base', 'Stress'],
        rows: points.map((p) => ({
          key: p.number,
          header: `Version ${p.number}`,
          cells: [<SignedMoney key="base" amount={p.base} />, <SignedMoney key="stress" amount={p.stress} />],
        })),
      }}
    >
      <HistoryPlot points={points} title={title} />
    </ChartCard>
  );
}
