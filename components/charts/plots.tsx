'use client';

/*
 * The four plots, and the only module that imports recharts. The chart cards
 * load it lazily (next/dynamic), so recharts stays out of the idea page's
 * first-load JavaScript; each plot fills the fixed-height box its card has
 * already reserved.
 */
import {
  Bar,
  BarChart,
  CartesianGrid,
  Line,
  LineChart,
  ReferenceDot,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type BarShapeProps,
  type XAxisProps,
} from 'recharts';
import { monthTicks, type MonthPoint, type PaybackMark } from '@/lib/results/chart-series';
import { formatMoneyTick, formatMonth } from '@/lib/results/format';
import type { PerSaleRow } from '@/lib/results/per-sale';
import { formatInput, type TornadoRow, type ValueAxis } from '@/lib/results/tornado';
import { AXIS_TICK, barFill, BASE, CALIBRATED, HatchPattern, INK, INPUT_HIGHER, INPUT_LOWER, LINE, Money, MUTED, STRESS, useSvgId, type SeriesStyle } from './look';
import {
  activeRow,
  CHART_MARGIN,
  InputTick,
  LABEL_WIDTH,
  moneyAxis,
  monthAxis,
  NO_ANIMATION,
  PaybackLabel,
  scenarioLines,
  TornadoBar,
  ZeroLine,
} from './plot-parts';
import { TooltipBox, type TooltipLine } from './tooltip-box';

interface ScenarioBarsProps<Row> {
  data: Row[];
  title: string;
  /** The category axis: months, or the steps of one sale. */
  xAxis: XAxisProps;
  /** The data keys of the base and the stress bar, and of the calibrated case's where there is one. */
  bars: [base: string, stress: string, calibrated?: string];
  barGap: number;
  barCategoryGap: string;
  tooltip: (row: Row) => { title: string; lines: TooltipLine[] };
}

/** Base bars beside hatched stress bars, one pair per category, growing from the zero line. */
function ScenarioBars<Row>({ data, title, xAxis, bars, barGap, barCategoryGap, tooltip }: ScenarioBarsProps<Row>) {
  const hatchId = useSvgId('stress-hatch');
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={data} margin={CHART_MARGIN} barGap={barGap} barCategoryGap={barCategoryGap} title={title}>
        <defs>
          <HatchPattern id={hatchId} colour={STRESS.colour} />
        </defs>
        <CartesianGrid vertical={false} stroke={LINE} />
        <XAxis {...xAxis} />
        <YAxis {...moneyAxis} />
        <Tooltip
          cursor={{ fill: LINE, fillOpacity: 0.5 }}
          content={(props) => {
            const row = activeRow<Row>(props);
            return row ? <TooltipBox shape="bar" {...tooltip(row)} /> : null;
          }}
        />
        <Bar dataKey={bars[0]} name={BASE.label} fill={BASE.colour} {...NO_ANIMATION} />
        <Bar dataKey={bars[1]} name={STRESS.label} fill={barFill(STRESS, hatchId)} stroke={STRESS.colour} {...NO_ANIMATION} />
        {bars[2] && (
          <Bar dataKey={bars[2]} name={CALIBRATED.label} fill={CALIBRATED.colour} fillOpacity={CALIBRATED.fillOpacity} stroke={CALIBRATED.colour} {...NO_ANIMATION} />
        )}
        <ZeroLine />
      </BarChart>
    </ResponsiveContainer>
  );
}

export function MonthlyProfitPlot({ data, title }: { data: MonthPoint[]; title: string }) {
  return (
    <ScenarioBars
      data={data}
      title={title}
      xAxis={{ dataKey: 'month', ticks: monthTicks(data.length, 1), ...monthAxis }}
      bars={data[0]?.calibrated === undefined ? ['base', 'stress'] : ['base', 'stress', 'calibrated']}
      barGap={1}
      barCategoryGap="20%"
      tooltip={(row) => ({ title: formatMonth(row.month), lines: scenarioLines(row.base, row.stress, undefined, row.calibrated) })}
    />
  );
}

interface CumulativeProfitPlotProps {
  data: MonthPoint[];
  paybacks: { series: SeriesStyle; mark: PaybackMark | null }[];
  title: string;
}

export function CumulativeProfitPlot({ data, paybacks, title }: CumulativeProfitPlotProps) {
  const horizon = data.length - 1;
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart data={data} margin={CHART_MARGIN} title={title}>
        <CartesianGrid vertical={false} stroke={LINE} />
        <XAxis dataKey="month" type="number" domain={[0, horizon]} ticks={monthTicks(horizon, 0)} {...monthAxis} />
        <YAxis {...moneyAxis} />
        <ZeroLine />
        {paybacks.map(({ series, mark }, row) =>
          mark ? (
            <ReferenceLine
              key={series.label}
              x={mark.month}
              stroke={series.colour}
              strokeDasharray="2 3"
              label={<PaybackLabel text={mark.label} colour={series.colour} row={row} />}
            />
          ) : null,
        )}
        <Tooltip
          cursor={{ stroke: LINE }}
          content={(props) => {
            const row = activeRow<MonthPoint>(props);
            return row ? (
              <TooltipBox
                shape="line"
                title={row.month === 0 ? `${formatMonth(0)}, before the first sale` : formatMonth(row.month)}
                lines={scenarioLines(row.base, row.stress, undefined, row.calibrated)}
              />
            ) : null;
          }}
        />
        <Line type="linear" dataKey="base" name={BASE.label} stroke={BASE.colour} strokeWidth={2.5} dot={false} {...NO_ANIMATION} />
        <Line
          type="linear"
          dataKey="stress"
          name={STRESS.label}
          stroke={STRESS.colour}
          strokeWidth={2.5}
          strokeDasharray={STRESS.dash}
          dot={false}
          {...NO_ANIMATION}
        />
        {data[0]?.calibrated !== undefined && (
          <Line
            type="linear"
            dataKey="calibrated"
            name={CALIBRATED.label}
            stroke={CALIBRATED.colour}
            strokeWidth={3}
            strokeDasharray={CALIBRATED.dash}
            strokeLinecap="round"
            dot={false}
            {...NO_ANIMATION}
          />
        )}
        {paybacks.map(({ series, mark }) =>
          mark ? (
            <ReferenceDot
              key={series.label}
              x={mark.month}
              y={mark.cumulativeProfit}
              r={5}
              fill={series.colour}
              stroke="white"
              strokeWidth={2}
            />
          ) : null,
        )}
      </LineChart>
    </ResponsiveContainer>
  );
}

/**
 * A waterfall: the price bar rises from zero, each cost hangs down from what
 * was left before it, and "left" stands on zero again, below it when a sale
 * loses money. Recharts draws a bar between the two numbers of a
 * [low, high] value, which is all a floating bar needs.
 */
export function PerSalePlot({ rows, title }: { rows: PerSaleRow[]; title: string }) {
  return (
    <ScenarioBars
      data={rows}
      title={title}
      xAxis={{ dataKey: 'shortLabel', tick: AXIS_TICK, tickLine: false, axisLine: { stroke: LINE }, interval: 0 }}
      bars={['baseRange', 'stressRange']}
      barGap={3}
      barCategoryGap="22%"
      tooltip={(row) => ({
        title: row.label,
        lines: scenarioLines(row.base.amount, row.stress.amount, { base: row.base.basis, stress: row.stress.basis }),
      })}
    />
  );
}

interface SensitivityPlotProps {
  rows: TornadoRow[];
  baseline: number;
  axis: ValueAxis;
  title: string;
}

export function SensitivityPlot({ rows, baseline, axis, title }: SensitivityPlotProps) {
  const hatchId = useSvgId('lower-hatch');
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={rows} layout="vertical" margin={{ top: 8, right: 16, bottom: 0, left: 0 }} barCategoryGap="28%" title={title}>
        <defs>
          <HatchPattern id={hatchId} colour={INPUT_LOWER.colour} />
        </defs>
        <CartesianGrid horizontal={false} stroke={LINE} />
        <XAxis type="number" domain={axis.domain} ticks={axis.ticks} tickFormatter={formatMoneyTick} tick={AXIS_TICK} tickLine={false} axisLine={{ stroke: LINE }} />
        <YAxis type="category" dataKey="label" width={LABEL_WIDTH} tick={InputTick} tickLine={false} axisLine={false} interval={0} />
        <Tooltip
          cursor={{ fill: LINE, fillOpacity: 0.5 }}
          content={(props) => {
            const row = activeRow<TornadoRow>(props);
            return row ? (
              <TooltipBox
                shape="bar"
                title={row.inputChange}
                lines={[
                  { series: INPUT_LOWER, label: `At ${formatInput(row.field, row.low.value)}`, value: <Money amount={row.low.netResult} /> },
                  { series: INPUT_HIGHER, label: `At ${formatInput(row.field, row.high.value)}`, value: <Money amount={row.high.netResult} /> },
                ]}
              />
            ) : null;
          }}
        />
        <Bar dataKey="range" shape={(props: BarShapeProps) => <TornadoBar {...props} baseline={baseline} lowerHatchId={hatchId} />} {...NO_ANIMATION} />
        {/* Drawn only when the bars reach zero (recharts discards a reference line outside the domain). */}
        <ReferenceLine x={0} stroke={MUTED} strokeDasharray="3 3" />
        <ReferenceLine x={baseline} stroke={INK} strokeWidth={1.5} />
      </BarChart>
    </ResponsiveContainer>
  );
}
