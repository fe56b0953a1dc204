'use client';

import dynamic from 'next/dynamic';
import { useMemo } from 'react';
import { ChartCard, PlotPlaceholder, type ScenarioChartProps } from './chart-card';
import { formatMonth, monthlySeries } from './data';
import { Money } from './money';
import { BASE, PLOT_HEIGHT, STRESS } from './theme';

// recharts stays out of the page's first load: the plot's code arrives after
// hydration, into a box already reserved at its final height.
const MonthlyProfitPlot = dynamic(() => import('./plots/monthly-profit-plot').then((m) => m.MonthlyProfitPlot), {
  ssr: false,
  loading: () => <PlotPlaceholder height={PLOT_HEIGHT} />,
});

const TITLE = 'Monthly profit';

/** Each month's profit, base against stress. */
export function MonthlyProfitChart({ base, stress, headingLevel }: ScenarioChartProps) {
  const data = useMemo(() => monthlySeries(base, stress), [base, stress]);
  return (
    <ChartCard
      title={TITLE}
      caption="What each month leaves after refunds, fees, ads and your time; bars below zero are months that cost you."
      legend={[
        { series: BASE, shape: 'bar' },
        { series: STRESS, shape: 'bar' },
      ]}
      height={PLOT_HEIGHT}
      headingLevel={headingLevel}
      table={{
        caption: "Monthly profit, base and stress case: cash flow minus the value of the founder's hours.",
        columns: ['Month', 'Base', 'Stress'],
        rows: data.map((p) => ({
          key: p.month,
          header: formatMonth(p.month),
          cells: [<Money key="base" amount={p.base} />, <Money key="stress" amount={p.stress} />],
        })),
      }}
    >
      <MonthlyProfitPlot data={data} title={TITLE} />
    </ChartCard>
  );
}
