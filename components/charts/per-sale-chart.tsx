'use client';

import dynamic from 'next/dynamic';
import { useMemo } from 'react';
import { ChartCard, PlotPlaceholder, type ScenarioChartProps } from './chart-card';
import { perSaleSeries, perSaleUnit, type PerSaleStep } from './data';
import { Money } from './money';
import { BASE, PLOT_HEIGHT, STRESS } from './theme';

const PerSalePlot = dynamic(() => import('./plots/per-sale-plot').then((m) => m.PerSalePlot), {
  ssr: false,
  loading: () => <PlotPlaceholder height={PLOT_HEIGHT} />,
});

function StepCell({ step }: { step: PerSaleStep }) {
  return (
    <>
      <Money amount={step.amount} />
      <span className="block min-w-32 text-xs whitespace-normal text-muted">{step.basis}</span>
    </>
  );
}

/** Price, refunds, fees and support time, down to what one sale (or one subscriber-month) leaves. */
export function PerSaleChart({ base, stress, headingLevel }: ScenarioChartProps) {
  const rows = useMemo(() => perSaleSeries(base.assumptions, stress.assumptions), [base, stress]);
  const unit = perSaleUnit(base.assumptions.pricingModel);
  const title = `Where the money goes, ${unit}`;
  return (
    <ChartCard
      title={title}
      caption={`The price, what refunds, fees and your support time take from it, and what is left; below zero, you lose money ${unit}.`}
      legend={[
        { series: BASE, shape: 'bar' },
        { series: STRESS, shape: 'bar' },
      ]}
      height={PLOT_HEIGHT}
      headingLevel={headingLevel}
      table={{
        caption: `Where the money goes, ${unit}, base and stress case.`,
        columns: ['Step', 'Base', 'Stress'],
        rows: rows.map((row) => ({
          key: row.key,
          header: row.label,
          cells: [<StepCell key="base" step={row.base} />, <StepCell key="stress" step={row.stress} />],
        })),
      }}
    >
      <PerSalePlot rows={rows} title={title} />
    </ChartCard>
  );
}
