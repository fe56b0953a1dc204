'use client';

/*
 * The Uncertainty section's two plots, drawn as plain SVG rather than with
 * recharts. They redraw on every simulation while a founder types a range,
 * and recharts' store re-renders every axis and series synchronously on a
 * data change: about 40 ms of main thread per run, a long task on a busy
 * phone. These are a few paths and labels, a millisecond or two to draw.
 * Lazy like ./plots, so the first load carries neither.
 */
import { monthTicks, niceTicks, ticksThatFit, type FanPoint } from '@/lib/results/chart-series';
import { formatCorrelation, formatMonth } from '@/lib/results/format';
import type { Driver } from '@/lib/results/uncertainty';
import { AXIS_TICK, barFill, BASE, DRIVER_HELPS, DRIVER_HURTS, HatchPattern, INK, LINE, RUNS_BAND, RUNS_MEDIAN, SignedMoney, STRESS, useSvgId } from './look';
import { labelWidth, MoneyMonthAxes, pathThrough, Plot } from './svg-plot';
import { TooltipBox, type TooltipLine } from './tooltip-box';

const FAN_MARGIN = { top: 8, right: 12, bottom: 24, left: 56 };

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
  const horizon = Math.max(1, data.length - 1);
  const values = data.flatMap((p) => [p.base, p.stress, ...(p.band ?? []), ...(p.p50 === null ? [] : [p.p50])]);
  const yTicks = niceTicks(Math.min(...values), Math.max(...values));
  const low = yTicks[0]!;
  const high = yTicks[yTicks.length - 1]!;
  const plotWidth = (width: number) => Math.max(1, width - FAN_MARGIN.left - FAN_MARGIN.right);
  const xOf = (month: number, width: number) => FAN_MARGIN.left + (month / horizon) * plotWidth(width);
  return (
    <Plot
      title={title}
      count={data.length}
      indexAt={(x, _y, width) => Math.min(data.length - 1, Math.max(0, Math.round(((x - FAN_MARGIN.left) / plotWidth(width)) * horizon)))}
      anchorOf={(index, width) => xOf(data[index]!.month, width)}
      tooltip={(index) => {
        const row = data[index]!;
        return <TooltipBox shape="line" title={row.month === 0 ? `${formatMonth(0)}, before the first sale` : formatMonth(row.month)} lines={fanLines(row)} />;
      }}
    >
      {({ width, height }, active) => {
        const bottom = height - FAN_MARGIN.bottom;
        const yOf = (value: number) => FAN_MARGIN.top + ((high - value) / (high - low || 1)) * (bottom - FAN_MARGIN.top);
        const x = (month: number) => xOf(month, width);
        const banded = data.filter((p) => p.band !== null);
        const band = banded.length
          ? `${pathThrough(banded.map((p) => [x(p.month), yOf(p.band![1])]))}${pathThrough([...banded].reverse().map((p) => [x(p.month), yOf(p.band![0])])).replace(/^M/, 'L')}Z`
          : '';
        const line = (pick: (p: FanPoint) => number | null) =>
          pathThrough(data.flatMap((p) => (pick(p) === null ? [] : [[x(p.month), yOf(pick(p)!)] as [number, number]])));
        const xTicks = ticksThatFit(monthTicks(horizon, 0), plotWidth(width), labelWidth(formatMonth(horizon)));
        return (
          <>
            <MoneyMonthAxes yTicks={yTicks} yOf={yOf} xTicks={xTicks} xOf={x} horizon={horizon} left={FAN_MARGIN.left} right={width - FAN_MARGIN.right} bottom={bottom} />
            <path d={band} fill={RUNS_BAND.colour} fillOpacity={RUNS_BAND.fillOpacity} />
            <path d={line((p) => p.p50)} fill="none" stroke={RUNS_MEDIAN.colour} strokeWidth={3} />
            <path d={line((p) => p.base)} fill="none" stroke={BASE.colour} strokeWidth={2} />
            <path d={line((p) => p.stress)} fill="none" stroke={STRESS.colour} strokeWidth={2} strokeDasharray={STRESS.dash} />
            {active !== null && <line x1={x(data[active]!.month)} x2={x(data[active]!.month)} y1={FAN_MARGIN.top} y2={bottom} stroke={MUTED_CURSOR} />}
          </>
        );
      }}
    </Plot>
  );
}

const MUTED_CURSOR = '#9aa3ad';
const LABEL_WIDTH = 116;
const DRIVER_MARGIN = { top: 8, right: 16, bottom: 24 };
/** The share of each row's height left empty between bars. */
const BAR_GAP = 0.28;

/** "Support minutes per customer" on two lines, split at the space nearest the middle, when one line would not fit. */
function wrapLabel(text: string): string[] {
  if (labelWidth(text) <= LABEL_WIDTH) return [text];
  const spaces = [...text.matchAll(/ /g)].map((m) => m.index);
  if (spaces.length === 0) return [text];
  const split = spaces.reduce((best, at) => (Math.abs(at - text.length / 2) < Math.abs(best - text.length / 2) ? at : best));
  return [text.slice(0, split), text.slice(split + 1)];
}

/** The ranged inputs, most telling first: how closely the net result follows each one, −1 to 1. */
export function DriversPlot({ rows, title }: { rows: Driver[]; title: string }) {
  const hatchId = useSvgId('driver-hatch');
  const rowHeight = (height: number) => (height - DRIVER_MARGIN.top - DRIVER_MARGIN.bottom) / Math.max(1, rows.length);
  const xOf = (value: number, width: number) => LABEL_WIDTH + ((value + 1) / 2) * Math.max(1, width - LABEL_WIDTH - DRIVER_MARGIN.right);
  return (
    <Plot
      title={title}
      count={rows.length}
      indexAt={(_x, y, _width, height) => {
        const index = Math.floor((y - DRIVER_MARGIN.top) / rowHeight(height));
        return index >= 0 && index < rows.length ? index : null;
      }}
      anchorOf={(index, width) => xOf(rows[index]!.correlation, width)}
      tooltip={(index) => {
        const row = rows[index]!;
        return (
          <TooltipBox shape="bar" title={row.label} lines={[{ series: row.correlation < 0 ? DRIVER_HURTS : DRIVER_HELPS, label: row.direction, value: row.text }]} />
        );
      }}
    >
      {({ width, height }, active) => {
        const band = rowHeight(height);
        const bottom = height - DRIVER_MARGIN.bottom;
        const zero = xOf(0, width);
        return (
          <>
            <defs>
              <HatchPattern id={hatchId} colour={DRIVER_HURTS.colour} />
            </defs>
            {ticksThatFit([-1, -0.5, 0, 0.5, 1], width - LABEL_WIDTH - DRIVER_MARGIN.right, labelWidth(formatCorrelation(-0.5))).map((tick) => (
              <g key={tick}>
                <line x1={xOf(tick, width)} x2={xOf(tick, width)} y1={DRIVER_MARGIN.top} y2={bottom} stroke={tick === 0 ? INK : LINE} />
                <text x={xOf(tick, width)} y={bottom + 16} textAnchor={tick === -1 ? 'start' : tick === 1 ? 'end' : 'middle'} {...AXIS_TICK}>
                  {formatCorrelation(tick)}
                </text>
              </g>
            ))}
            {rows.map((row, i) => {
              const top = DRIVER_MARGIN.top + i * band;
              const style = row.correlation < 0 ? DRIVER_HURTS : DRIVER_HELPS;
              const end = xOf(row.correlation, width);
              const lines = wrapLabel(row.label);
              return (
                <g key={row.field}>
                  {active === i && <rect x={LABEL_WIDTH} y={top} width={width - LABEL_WIDTH - DRIVER_MARGIN.right} height={band} fill={LINE} fillOpacity={0.5} />}
                  <text x={LABEL_WIDTH - 6} y={top + band / 2} textAnchor="end" fontSize={12} fill={INK}>
                    {lines.map((text, k) => (
                      <tspan key={k} x={LABEL_WIDTH - 6} dy={k === 0 ? `${0.32 - (lines.length - 1) * 0.6}em` : '1.2em'}>
                        {text}
                      </tspan>
                    ))}
                  </text>
                  <rect
                    x={Math.min(zero, end)}
                    y={top + (band * BAR_GAP) / 2}
                    width={Math.abs(end - zero)}
                    height={band * (1 - BAR_GAP)}
                    fill={barFill(style, hatchId)}
                    stroke={style.colour}
                  />
                </g>
              );
            })}
          </>
        );
      }}
    </Plot>
  );
}
