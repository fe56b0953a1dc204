'use client';

import dynamic from 'next/dynamic';
import { useMemo } from 'react';
import { formatMoney, formatPercent, type SensitivityResult } from '@/lib/underwrite';
import { ChartCard, PlotPlaceholder, type HeadingLevel } from './chart-card';
import { formatInput, tornadoAxis, tornadoRows } from './data';
import { Money } from './money';
import { INK, INPUT_HIGHER, INPUT_LOWER, TORNADO_HEIGHT } from './theme';

const SensitivityPlot = dynamic(() => import('./plots/sensitivity-plot').then((m) => m.SensitivityPlot), {
  ssr: false,
  loading: () => <PlotPlaceholder height={TORNADO_HEIGHT} />,
});

export interface SensitivityChartProps {
  result: SensitivityResult;
  headingLevel?: HeadingLevel;
}

const TITLE = 'What moves the result most';

/** A tornado of sensitivity(): the base case's net result with one input at a time moved down and up. */
export function SensitivityChart({ result, headingLevel }: SensitivityChartProps) {
  const rows = useMemo(() => tornadoRows(result), [result]);
  const delta = formatPercent(result.delta);
  return (
    <ChartCard
      title={TITLE}
      caption={`The base case's net result when one input alone is ${delta} lower or higher; the longest bars are the numbers to check first.`}
      legend={[
        { series: { ...INPUT_LOWER, label: `Input ${delta} lower` }, shape: 'bar' },
        { series: { ...INPUT_HIGHER, label: `Input ${delta} higher` }, shape: 'bar' },
        { series: { label: 'Your assumptions', colour: INK, hatched: false }, shape: 'line', note: formatMoney(result.baseline) },
      ]}
      height={TORNADO_HEIGHT}
      headingLevel={headingLevel}
      table={{
        caption: `Net result of the base case with one input ${delta} lower or higher; with your assumptions it is ${formatMoney(result.baseline)}.`,
        columns: ['Input', `${delta} lower`, 'Net result', `${delta} higher`, 'Net result', 'Swing'],
        rows: rows.map((row) => ({
          key: row.field,
          header: row.label,
          cells: [
            formatInput(row.field, row.low.value),
            <Money key="low" amount={row.low.netResult} />,
            formatInput(row.field, row.high.value),
            <Money key="high" amount={row.high.netResult} />,
            formatMoney(row.swing),
          ],
        })),
      }}
    >
      <SensitivityPlot rows={rows} baseline={result.baseline} axis={tornadoAxis(result)} title={TITLE} />
    </ChartCard>
  );
}
