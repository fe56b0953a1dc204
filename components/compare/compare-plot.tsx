'use client';

/*
 * The compare page's chart: every idea's cumulative profit, base solid and
 * stress dashed, in the idea's colour with its shape at each line's end.
 * Hand-drawn SVG on the shared frame (../charts/svg-plot), like the
 * Uncertainty plots: a few paths, no chart library to load.
 */
import { Money } from '@/components/charts/look';
import { labelWidth, MoneyMonthAxes, pathThrough, Plot } from '@/components/charts/svg-plot';
import { TooltipBox } from '@/components/charts/tooltip-box';
import { monthTicks, niceTicks, ticksThatFit, type MonthPoint } from '@/lib/results/chart-series';
import { formatMonth } from '@/lib/results/format';
import { colourOf, lineStyle, MarkShape, STRESS_DASH } from './idea-marks';

const MARGIN = { top: 10, right: 14, bottom: 24, left: 56 };
const CURSOR = '#9aa3ad';

export type PlotIdea = { name: string; cumulative: MonthPoint[] };

export function ComparePlot({ ideas, title }: { ideas: PlotIdea[]; title: string }) {
  // Horizons may differ: the axis runs to the longest, each line ends at its own.
  const horizon = Math.max(1, ...ideas.map((idea) => idea.cumulative.length - 1));
  const values = ideas.flatMap((idea) => idea.cumulative.flatMap((p) => [p.base, p.stress]));
  const yTicks = niceTicks(Math.min(0, ...values), Math.max(0, ...values));
  const low = yTicks[0]!;
  const high = yTicks[yTicks.length - 1]!;
  const plotWidth = (width: number) => Math.max(1, width - MARGIN.left - MARGIN.right);
  const xOf = (month: number, width: number) => MARGIN.left + (month / horizon) * plotWidth(width);
  return (
    <Plot
      title={title}
      count={horizon + 1}
      indexAt={(x, _y, width) => Math.min(horizon, Math.max(0, Math.round(((x - MARGIN.left) / plotWidth(width)) * horizon)))}
      anchorOf={(month, width) => xOf(month, width)}
      tooltip={(month) => (
        <TooltipBox
          shape="line"
          title={month === 0 ? `${formatMonth(0)}, before the first sale` : formatMonth(month)}
          lines={ideas.flatMap((idea, i) => {
            const point = idea.cumulative[month];
            if (!point) return [];
            return [
              { series: lineStyle(i, `${i + 1}. ${idea.name}`, false), label: `${i + 1}. base`, value: <Money amount={point.base} /> },
              { series: lineStyle(i, `${i + 1}. ${idea.name}`, true), label: `${i + 1}. stress`, value: <Money amount={point.stress} /> },
            ];
          })}
        />
      )}
    >
      {({ width, height }, active) => {
        const bottom = height - MARGIN.bottom;
        const yOf = (value: number) => MARGIN.top + ((high - value) / (high - low || 1)) * (bottom - MARGIN.top);
        const x = (month: number) => xOf(month, width);
        const xTicks = ticksThatFit(monthTicks(horizon, 0), plotWidth(width), labelWidth(formatMonth(horizon)));
        return (
          <>
            <MoneyMonthAxes yTicks={yTicks} yOf={yOf} xTicks={xTicks} xOf={x} horizon={horizon} left={MARGIN.left} right={width - MARGIN.right} bottom={bottom} />
            {ideas.map((idea, i) => {
              const last = idea.cumulative[idea.cumulative.length - 1]!;
              return (
                <g key={i} data-idea-line={i + 1}>
                  <path d={pathThrough(idea.cumulative.map((p) => [x(p.month), yOf(p.base)]))} fill="none" stroke={colourOf(i)} strokeWidth={2.5} />
                  <path
                    d={pathThrough(idea.cumulative.map((p) => [x(p.month), yOf(p.stress)]))}
                    fill="none"
                    stroke={colourOf(i)}
                    strokeWidth={2}
                    strokeDasharray={STRESS_DASH}
                  />
                  <MarkShape index={i} x={x(last.month)} y={yOf(last.base)} />
                  <MarkShape index={i} x={x(last.month)} y={yOf(last.stress)} />
                </g>
              );
            })}
            {active !== null && <line x1={x(active)} x2={x(active)} y1={MARGIN.top} y2={bottom} stroke={CURSOR} />}
          </>
        );
      }}
    </Plot>
  );
}
