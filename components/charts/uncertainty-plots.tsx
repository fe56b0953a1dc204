'use client';

/*
 * The Uncertainty section's two plots: a second lazy module beside
 * ./plots, sharing its recharts chunk, so neither the first load nor the
 * existing charts carry them. Each fills the box its card has reserved.
 */
import { Area, Bar, BarChart, CartesianGrid, ComposedChart, Line, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis, type BarShapeProps } from 'recharts';
import { monthTicks, type FanPoint } from '@/lib/results/chart-series';
import { formatCorrelation, formatMonth } from '@/lib/results/format';
import type { Driver } from '@/lib/results/uncertainty';
import { AXIS_TICK, barFill, BASE, DRIVER_HELPS, DRIVER_HURTS, HatchPattern, INK, LINE, RUNS_BAND, RUNS_MEDIAN, SignedMoney, STRESS, useSvgId } from './look';
import { activeRow, CHART_MARGIN, InputTick, LABEL_WIDTH, moneyAxis, monthAxis, NO_ANIMATION, TooltipBox, type TooltipLine, ZeroLine } from './plot-parts';

function fanLines(row: FanPoint): TooltipLine[] {
  const lines: TooltipLine[] = [];
  if (row.band) {
    lines.push({
      series: RUNS_BAND,
      label: '8 in 10 runs between',
      value: (
        <>
          <SignedMoney amount={row.band[0]} /> and <SignedMoney amount={row.band[1]} />
        </>
      ),
    });
  }
  if (row.p50 !== null) lines.push({ series: RUNS_MEDIAN, label: 'Median run', value: <SignedMoney amount={row.p50} /> });
  lines.push({ series: BASE, label: BASE.label, value: <SignedMoney amount={row.base} /> });
  lines.push({ series: STRESS, label: STRESS.label, value: <SignedMoney amount={row.stress} /> });
  return lines;
}

/** The runs' P10 to P90 band and median line, with the base and stress cases' running totals over them. */
export function FanPlot({ data, title }: { data: FanPoint[]; title: string }) {
  const horizon = data.length - 1;
  return (
    <ResponsiveContainer width="100%" height="100%">
      <ComposedChart data={data} margin={CHART_MARGIN} title={title}>
        <CartesianGrid vertical={false} stroke={LINE} />
        <XAxis dataKey="month" type="number" domain={[0, horizon]} ticks={monthTicks(horizon, 0)} {...monthAxis} />
        <YAxis {...moneyAxis} />
        <Tooltip
          cursor={{ stroke: LINE }}
          content={(props) => {
            const row = activeRow<FanPoint>(props);
            return row ? (
              <TooltipBox shape="line" title={row.month === 0 ? `${formatMonth(0)}, before the first sale` : formatMonth(row.month)} lines={fanLines(row)} />
            ) : null;
          }}
        />
        <Area type="linear" dataKey="band" name={RUNS_BAND.label} stroke="none" fill={RUNS_BAND.colour} fillOpacity={RUNS_BAND.fillOpacity} {...NO_ANIMATION} />
        <ZeroLine />
        <Line type="linear" dataKey="p50" name={RUNS_MEDIAN.label} stroke={RUNS_MEDIAN.colour} strokeWidth={3} dot={false} {...NO_ANIMATION} />
        <Line type="linear" dataKey="base" name={BASE.label} stroke={BASE.colour} strokeWidth={2} dot={false} {...NO_ANIMATION} />
        <Line type="linear" dataKey="stress" name={STRESS.label} stroke={STRESS.colour} strokeWidth={2} strokeDasharray={STRESS.dash} dot={false} {...NO_ANIMATION} />
      </ComposedChart>
    </ResponsiveContainer>
  );
}

/** A bar from zero to the driver's correlation; recharts hands negative bars a negative width. */
function DriverBar({ x, y, width, height, payload, hatchId }: BarShapeProps & { hatchId: string }) {
  const row = payload as Driver;
  const style = row.correlation < 0 ? DRIVER_HURTS : DRIVER_HELPS;
  const left = Math.min(x, x + width);
  return <rect x={left} y={y} width={Math.abs(width)} height={height} fill={barFill(style, hatchId)} stroke={style.colour} />;
}

/** The ranged inputs, most telling first: how closely the net result follows each one, −1 to 1. */
export function DriversPlot({ rows, title }: { rows: Driver[]; title: string }) {
  const hatchId = useSvgId('driver-hatch');
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={rows} layout="vertical" margin={{ top: 8, right: 16, bottom: 0, left: 0 }} barCategoryGap="28%" title={title}>
        <defs>
          <HatchPattern id={hatchId} colour={DRIVER_HURTS.colour} />
        </defs>
        <CartesianGrid horizontal={false} stroke={LINE} />
        <XAxis type="number" domain={[-1, 1]} ticks={[-1, -0.5, 0, 0.5, 1]} interval="preserveStartEnd" minTickGap={16} tickFormatter={formatCorrelation} tick={AXIS_TICK} tickLine={false} axisLine={{ stroke: LINE }} />
        <YAxis type="category" dataKey="label" width={LABEL_WIDTH} tick={InputTick} tickLine={false} axisLine={false} interval={0} />
        <Tooltip
          cursor={{ fill: LINE, fillOpacity: 0.5 }}
          content={(props) => {
            const row = activeRow<Driver>(props);
            return row ? (
              <TooltipBox
                shape="bar"
                title={row.label}
                lines={[{ series: row.correlation < 0 ? DRIVER_HURTS : DRIVER_HELPS, label: row.direction, value: row.text }]}
              />
            ) : null;
          }}
        />
        <Bar dataKey="correlation" shape={(props: BarShapeProps) => <DriverBar {...props} hatchId={hatchId} />} {...NO_ANIMATION} />
        <ReferenceLine x={0} stroke={INK} />
      </BarChart>
    </ResponsiveContainer>
  );
}
