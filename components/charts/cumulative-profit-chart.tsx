'use client';

import dynamic from 'next/dynamic';
import { useMemo } from 'react';
import type { Scenario } from '@/lib/underwrite';
import { ChartCard, PlotPlaceholder, type ScenarioChartProps } from './chart-card';
import { cumulativeSeries, formatMonth, paybackMark, paybackNote } from './data';
import { Money } from './money';
import { BASE, PLOT_HEIGHT, STRESS } from './theme';

const CumulativeProfitPlot = dynamic(() => import('./plots/cumulative-profit-plot').then((m) => m.CumulativeProfitPlot), {
  ssr: false,
  loading: () => <PlotPlaceholder height={PLOT_HEIGHT} />,
});

const TITLE = 'Cumulative profit';

/** The table says "pays back" in words too, on the row where each case turns positive. */
function CumulativeCell({ amount, month, scenario }: { amount: number; month: number; scenario: Scenario }) {
  return (
    <>
      <Money amount={amount} />
      {scenario.paybackMonth === month && <span className="text-muted"> (pays back)</span>}
    </>
  );
}

/** The running total from the upfront investment on, with each case's payback month marked. */
export function CumulativeProfitChart({ base, stress, headingLevel }: ScenarioChartProps) {
  const data = useMemo(() => cumulativeSeries(base, stress), [base, stress]);
  const paybacks = [
    { series: BASE, mark: paybackMark(BASE.label, base) },
    { series: STRESS, mark: paybackMark(STRESS.label, stress) },
  ];
  return (
    <ChartCard
      title={TITLE}
      caption="Everything earned minus everything spent, starting from the upfront build; where a line crosses zero, that case has paid back."
      legend={[
        { series: BASE, shape: 'line', note: paybackNote(base) },
        { series: STRESS, shape: 'line', note: paybackNote(stress) },
      ]}
      height={PLOT_HEIGHT}
      headingLevel={headingLevel}
      table={{
        caption: 'Cumulative profit, base and stress case; month 0 is the upfront investment, before the first sale.',
        columns: ['Month', 'Base', 'Stress'],
        rows: data.map((p) => ({
          key: p.month,
          header: p.month === 0 ? `${formatMonth(0)} (upfront)` : formatMonth(p.month),
          cells: [
            <CumulativeCell key="base" amount={p.base} month={p.month} scenario={base} />,
            <CumulativeCell key="stress" amount={p.stress} month={p.month} scenario={stress} />,
          ],
        })),
      }}
    >
      <CumulativeProfitPlot data={data} paybacks={paybacks} title={TITLE} />
    </ChartCard>
  );
}
