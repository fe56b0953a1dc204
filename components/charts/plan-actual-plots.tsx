'use client';

/*
 * Plan vs actual's plot: the base and stress lines of one figure, month by
 * month, with the logged months as dots (hollow where the month is only
 * partly logged, drawn at its pace). Loaded lazily like ./plots, so recharts
 * stays out of the idea page's first-load JavaScript.
 */
import { CartesianGrid, ComposedChart, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { monthTicks, niceTicks } from '@/lib/results/chart-series';
import { formatMoneyTick, formatNumber } from '@/lib/results/format';
import type { PlanMetric } from '@/lib/results/plan-vs-actual';
import type { PlanActualPoint } from '@/lib/results/plan-vs-actual-view';
import { AXIS_TICK } from './look';
import { activeRow, CHART_MARGIN, monthAxis, NO_ANIMATION, ZeroLine } from './plot-parts';
import { TooltipBox } from './tooltip-box';
import { ACTUAL, BASE, LINE, STRESS } from './series';

const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });

const tickOf = (metric: PlanMetric) => (value: number) =>
  metric === 'cashFlow' ? formatMoneyTick(value) : metric === 'hours' ? formatNumber(value, 1) : compact.format(value);

/** Round ticks through zero to a little above the highest point, so a dot at the top is not cut by the plot's edge. */
function valueTicks(data: PlanActualPoint[]): number[] {
  const values = data.flatMap((p) => [p.base, p.stress, p.actual ?? 0]);
  return niceTicks(Math.min(...values), Math.max(...values) * 1.05);
}

type DotProps = { cx?: number; cy?: number; payload?: PlanActualPoint; index?: number };

/** A logged month: solid when every day of it is logged, hollow when it is a pace. */
function ActualDot({ cx, cy, payload, index }: DotProps) {
  if (cx === undefined || cy === undefined || !payload || payload.actual === null) return <g key={index} />;
  return <circle key={index} cx={cx} cy={cy} r={5} fill={payload.partial ? 'white' : ACTUAL.colour} stroke={ACTUAL.colour} strokeWidth={2} />;
}

export function PlanActualPlot({ data, metric, title }: { data: PlanActualPoint[]; metric: PlanMetric; title: string }) {
  const last = data.at(-1)?.month ?? 1;
  const ticks = valueTicks(data);
  return (
    <ResponsiveContainer width="100%" height="100%">
      <ComposedChart data={data} margin={CHART_MARGIN} title={title}>
        <CartesianGrid vertical={false} stroke={LINE} />
        <XAxis dataKey="month" type="number" domain={[1, last]} ticks={monthTicks(last, 1)} {...monthAxis} />
        <YAxis
          tickFormatter={tickOf(metric)}
          domain={[ticks[0]!, ticks.at(-1)!]}
          ticks={ticks}
          tick={AXIS_TICK}
          tickLine={false}
          axisLine={false}
          width={52}
        />
        {metric === 'cashFlow' && <ZeroLine />}
        <Tooltip
          cursor={{ stroke: LINE }}
          content={(props) => {
            const row = activeRow<PlanActualPoint>(props);
            return row ? (
              <TooltipBox
                shape="line"
                title={row.label}
                lines={[
                  { series: BASE, label: BASE.label, value: row.baseText },
                  { series: STRESS, label: STRESS.label, value: row.stressText },
                  { series: ACTUAL, label: ACTUAL.label, value: row.actualText },
                ]}
              />
            ) : null;
          }}
        />
        <Line type="linear" dataKey="base" name={BASE.label} stroke={BASE.colour} strokeWidth={2.5} dot={false} {...NO_ANIMATION} />
        <Line type="linear" dataKey="stress" name={STRESS.label} stroke={STRESS.colour} strokeWidth={2.5} strokeDasharray={STRESS.dash} dot={false} {...NO_ANIMATION} />
        <Line type="linear" dataKey="actual" name={ACTUAL.label} stroke={ACTUAL.colour} strokeWidth={2} dot={ActualDot} activeDot={false} {...NO_ANIMATION} />
      </ComposedChart>
    </ResponsiveContainer>
  );
}
