'use client';

import dynamic from 'next/dynamic';
import { memo, useMemo } from 'react';
import { cumulativeSeries, monthlySeries, paybackMark, paybackNote } from '@/lib/results/chart-series';
import { formatMoney, formatMonth, formatPercent } from '@/lib/results/format';
import { perUnit } from '@/lib/results/labels';
import { perSaleSeries, type PerSaleStep } from '@/lib/results/per-sale';
import { formatInput, tornadoAxis, tornadoRows } from '@/lib/results/tornado';
import type { Scenario, SensitivityResult, UnderwriteResult } from '@/lib/underwrite';
import { ChartCard, PlotPlaceholder, type LegendItem } from './chart-card';
import { BASE, CALIBRATED, INK, INPUT_HIGHER, INPUT_LOWER, Money, PLOT_HEIGHT, STRESS, TORNADO_HEIGHT } from './look';

/*
 * The idea page's four charts. Each card (title, legend, table) renders on
 * the server and in the first load; its plot comes from the one lazy module
 * ./plots, fetched in the browser into a box of fixed height, so the page
 * neither carries recharts in its first-load JavaScript nor shifts when a
 * plot appears.
 */
const MonthlyProfitPlot = dynamic(() => import('./plots').then((m) => m.MonthlyProfitPlot), { ssr: false, loading: PlotPlaceholder });
const CumulativeProfitPlot = dynamic(() => import('./plots').then((m) => m.CumulativeProfitPlot), { ssr: false, loading: PlotPlaceholder });
const PerSalePlot = dynamic(() => import('./plots').then((m) => m.PerSalePlot), { ssr: false, loading: PlotPlaceholder });
const SensitivityPlot = dynamic(() => import('./plots').then((m) => m.SensitivityPlot), { ssr: false, loading: PlotPlaceholder });

/**
 * The four charts of the idea page, fed by the same underwrite() call as the
 * numbers above them. Memoised: a simulation run re-renders the page around
 * them, and redrawing four plots for nothing would hold up typing.
 */
export const ResultsCharts = memo(function ResultsCharts({
  result,
  tornado,
  calibrated,
}: {
  result: UnderwriteResult;
  tornado: SensitivityResult;
  /** The calibrated case's scenario (measured values in place of guesses), drawn beside base and stress where there is one. */
  calibrated: Scenario | null;
}) {
  return (
    <section aria-labelledby="charts-heading" className="space-y-6">
      <h2 id="charts-heading" className="sr-only">
        Charts: base case and stress case{calibrated && ', and the calibrated case'}
      </h2>
      <CumulativeProfitChart base={result.base} stress={result.stress} calibrated={calibrated} />
      <MonthlyProfitChart base={result.base} stress={result.stress} calibrated={calibrated} />
      <PerSaleChart base={result.base} stress={result.stress} />
      <SensitivityChart result={tornado} />
    </section>
  );
});

type ScenarioChartProps = { base: Scenario; stress: Scenario };
type WithCalibrated = ScenarioChartProps & { calibrated: Scenario | null };

const SCENARIO_BARS: LegendItem[] = [
  { series: BASE, shape: 'bar' },
  { series: STRESS, shape: 'bar' },
];

/** The tables' columns: the calibrated case's only where there is one. */
const scenarioColumns = (first: string, calibrated: Scenario | null) => [first, 'Base', 'Stress', ...(calibrated ? ['Calibrated'] : [])];

/** The table says the payback in words too, on the row from which each case stays in the black. */
function CumulativeCell({ amount, month, scenario }: { amount: number; month: number; scenario: Scenario }) {
  return (
    <>
      <Money amount={amount} />
      {scenario.paybackMonth === month && <span className="text-muted"> (in the black for good)</span>}
    </>
  );
}

/** The running total from the upfront investment on, with each case's payback month marked. */
function CumulativeProfitChart({ base, stress, calibrated }: WithCalibrated) {
  const data = useMemo(() => cumulativeSeries(base, stress, calibrated), [base, stress, calibrated]);
  const title = 'Cumulative profit';
  const paybacks = [
    { series: BASE, mark: paybackMark(BASE.label, base) },
    { series: STRESS, mark: paybackMark(STRESS.label, stress) },
    ...(calibrated ? [{ series: CALIBRATED, mark: paybackMark(CALIBRATED.label, calibrated) }] : []),
  ];
  return (
    <ChartCard
      title={title}
      caption="Everything earned minus everything spent, starting from the upfront build; a case has paid back from the month its line rises above zero and stays there to the end."
      legend={[
        { series: BASE, shape: 'line', note: paybackNote(base) },
        { series: STRESS, shape: 'line', note: paybackNote(stress) },
        ...(calibrated ? [{ series: CALIBRATED, shape: 'line' as const, note: paybackNote(calibrated) }] : []),
      ]}
      height={PLOT_HEIGHT}
      table={{
        caption: 'Cumulative profit, base and stress case; month 0 is the upfront investment, before the first sale.',
        columns: scenarioColumns('Month', calibrated),
        rows: data.map((p) => ({
          key: p.month,
          header: p.month === 0 ? `${formatMonth(0)} (upfront)` : formatMonth(p.month),
          cells: [
            <CumulativeCell key="base" amount={p.base} month={p.month} scenario={base} />,
            <CumulativeCell key="stress" amount={p.stress} month={p.month} scenario={stress} />,
            ...(calibrated ? [<CumulativeCell key="calibrated" amount={p.calibrated!} month={p.month} scenario={calibrated} />] : []),
          ],
        })),
      }}
    >
      <CumulativeProfitPlot data={data} paybacks={paybacks} title={title} />
    </ChartCard>
  );
}

/** Each month's profit, base against stress. */
function MonthlyProfitChart({ base, stress, calibrated }: WithCalibrated) {
  const data = useMemo(() => monthlySeries(base, stress, calibrated), [base, stress, calibrated]);
  const title = 'Monthly profit';
  return (
    <ChartCard
      title={title}
      caption="What each month leaves after refunds, fees, ads and your time; bars below zero are months that cost you."
      legend={calibrated ? [...SCENARIO_BARS, { series: CALIBRATED, shape: 'bar' }] : SCENARIO_BARS}
      height={PLOT_HEIGHT}
      table={{
        caption: "Monthly profit, base and stress case: cash flow minus the value of the founder's hours.",
        columns: scenarioColumns('Month', calibrated),
        rows: data.map((p) => ({
          key: p.month,
          header: formatMonth(p.month),
          cells: [
            <Money key="base" amount={p.base} />,
            <Money key="stress" amount={p.stress} />,
            ...(calibrated ? [<Money key="calibrated" amount={p.calibrated!} />] : []),
          ],
        })),
      }}
    >
      <MonthlyProfitPlot data={data} title={title} />
    </ChartCard>
  );
}

function StepCell({ step }: { step: PerSaleStep }) {
  return (
    <>
      <Money amount={step.amount} />
      <span className="block min-w-32 text-xs whitespace-normal text-muted">{step.basis}</span>
    </>
  );
}

/** Price, refunds, fees and support time, down to what one sale (or one subscriber-month) leaves. */
function PerSaleChart({ base, stress }: ScenarioChartProps) {
  const rows = useMemo(() => perSaleSeries(base.assumptions, stress.assumptions), [base, stress]);
  const unit = perUnit(base.assumptions.pricingModel);
  const title = `Where the money goes, ${unit}`;
  return (
    <ChartCard
      title={title}
      caption={`The price, what refunds, fees and your support time take from it, and what is left; below zero, you lose money ${unit}.`}
      legend={SCENARIO_BARS}
      height={PLOT_HEIGHT}
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

/** A tornado of sensitivity(): the base case's net result with one input at a time moved down and up. */
function SensitivityChart({ result }: { result: SensitivityResult }) {
  const rows = useMemo(() => tornadoRows(result), [result]);
  const delta = formatPercent(result.delta);
  const title = 'What moves the result most';
  return (
    <ChartCard
      title={title}
      caption={`The base case's net result when one input alone is ${delta} lower or higher; the longest bars are the numbers to check first.`}
      legend={[
        { series: { ...INPUT_LOWER, label: `Input ${delta} lower` }, shape: 'bar' },
        { series: { ...INPUT_HIGHER, label: `Input ${delta} higher` }, shape: 'bar' },
        { series: { label: 'Your assumptions', colour: INK, hatched: false }, shape: 'line', note: formatMoney(result.baseline) },
      ]}
      height={TORNADO_HEIGHT}
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
      <SensitivityPlot rows={rows} baseline={result.baseline} axis={tornadoAxis(result)} title={title} />
    </ChartCard>
  );
}
