'use client';

/*
 * The history chart's plot, loaded lazily by history-card.tsx so recharts
 * stays out of the history page's first load, as on the idea page.
 */
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { HistoryPoint } from '@/lib/results/history';
import { AXIS_TICK, BASE, LINE, STRESS } from './look';
import { activeRow, CHART_MARGIN, moneyAxis, NO_ANIMATION, scenarioLines, ZeroLine } from './plot-parts';
import { TooltipBox } from './tooltip-box';

const versionLabel = (n: number) => `v${n}`;

export function HistoryPlot({ points, title }: { points: HistoryPoint[]; title: string }) {
  const first = points[0]?.number ?? 1;
  const last = points[points.length - 1]?.number ?? 1;
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart data={points} margin={{ ...CHART_MARGIN, right: 20 }} title={title}>
        <CartesianGrid vertical={false} stroke={LINE} />
        <XAxis
          dataKey="number"
          type="number"
          domain={first === last ? [first - 1, last + 1] : [first, last]}
          allowDecimals={false}
          tickFormatter={versionLabel}
          tick={AXIS_TICK}
          tickLine={false}
          axisLine={{ stroke: LINE }}
          interval="preserveStartEnd"
          minTickGap={12}
        />
        <YAxis {...moneyAxis} />
        <ZeroLine />
        <Tooltip
          cursor={{ stroke: LINE }}
          content={(props) => {
            const row = activeRow<HistoryPoint>(props);
            return row ? <TooltipBox shape="line" title={`Version ${row.number}`} lines={scenarioLines(row.base, row.stress)} /> : null;
          }}
        />
        <Line type="linear" dataKey="base" name={BASE.label} stroke={BASE.colour} strokeWidth={2.5} dot={{ r: 3, fill: BASE.colour }} {...NO_ANIMATION} />
        <Line
          type="linear"
          dataKey="stress"
          name={STRESS.label}
          stroke={STRESS.colour}
          strokeWidth={2.5}
          strokeDasharray={STRESS.dash}
          dot={{ r: 3, fill: STRESS.colour, strokeDasharray: '' }}
          {...NO_ANIMATION}
        />
      </LineChart>
    </ResponsiveContainer>
  );
}
