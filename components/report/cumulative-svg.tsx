/*
 * The report's cumulative profit chart: a static SVG drawn on the server,
 * no script, so it prints as it shows. The idea page's charts are
 * interactive (tooltips, lazy recharts); a printed page needs none of it.
 */
import { BASE, CALIBRATED, INK, LINE, MUTED, STRESS, type SeriesStyle } from '@/components/charts/series';
import { monthTicks, niceTicks, ticksThatFit, type MonthPoint, type PaybackMark } from '@/lib/results/chart-series';
import { formatMoneyTick } from '@/lib/results/format';

const MARGIN = { top: 10, right: 12, bottom: 30, left: 52 };
const FONT = 11;

/** One case's line: its look, its payback dot, and its payback in words for the legend. */
export type Line = { key: 'base' | 'stress' | 'calibrated'; style: SeriesStyle; mark: PaybackMark | null; note: string };

export const STYLES = { base: BASE, stress: STRESS, calibrated: CALIBRATED } as const;

/** Cumulative profit per month from month 0 (minus the upfront investment), each case's payback marked with a dot. */
export function CumulativeSvg({ points, lines, width, height, label }: { points: MonthPoint[]; lines: Line[]; width: number; height: number; label: string }) {
  const horizon = Math.max(1, points[points.length - 1]?.month ?? 1);
  const values = points.flatMap((p) => lines.map((line) => p[line.key] ?? 0));
  const yTicks = niceTicks(Math.min(...values), Math.max(...values));
  const low = yTicks[0]!;
  const high = yTicks[yTicks.length - 1]!;
  const right = width - MARGIN.right;
  const bottom = height - MARGIN.bottom;
  const x = (month: number) => MARGIN.left + (month / horizon) * (right - MARGIN.left);
  const y = (value: number) => MARGIN.top + ((high - value) / (high - low || 1)) * (bottom - MARGIN.top);
  const xTicks = ticksThatFit(monthTicks(horizon, 0), right - MARGIN.left, 28);
  const path = (key: Line['key']) =>
    points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.month).toFixed(1)} ${y(p[key] ?? 0).toFixed(1)}`).join('');
  return (
    <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label} className="block h-auto w-full" data-report-chart>
      {yTicks.map((tick) => (
        <g key={tick}>
          <line x1={MARGIN.left} x2={right} y1={y(tick)} y2={y(tick)} stroke={tick === 0 ? INK : LINE} />
          <text x={MARGIN.left - 6} y={y(tick)} dy="0.32em" textAnchor="end" fontSize={FONT} fill={MUTED}>
            {formatMoneyTick(tick)}
          </text>
        </g>
      ))}
      {xTicks.map((tick) => (
        <text key={tick} x={x(tick)} y={bottom + 14} textAnchor="middle" fontSize={FONT} fill={MUTED}>
          {tick}
        </text>
      ))}
      <text x={right} y={height - 2} textAnchor="end" fontSize={FONT} fill={MUTED}>
        months
      </text>
      {lines.map(({ key, style }) => (
        <path key={key} d={path(key)} fill="none" stroke={style.colour} strokeWidth={2} strokeDasharray={style.dash} strokeLinejoin="round" />
      ))}
      {lines.map(({ key, style, mark }) =>
        mark ? <circle key={key} cx={x(mark.month)} cy={y(mark.cumulativeProfit)} r={4} fill="white" stroke={style.colour} strokeWidth={2} /> : null,
      )}
    </svg>
  );
}

/** The chart, drawn for a phone's width and for a page's (print always takes the page's), with its legend and each case's payback in words. */
export function CumulativeSection({ points, lines }: { points: MonthPoint[]; lines: Line[] }) {
  const label = `Cumulative profit by month, your time counted: ${lines.map(({ style, note }) => `${style.label} ${note}`).join('; ')}`;
  return (
    <section aria-labelledby="report-chart">
      <h2 id="report-chart" className="text-xs font-semibold tracking-wide text-muted uppercase">
        Cumulative profit, your time counted
      </h2>
      <div className="mt-1 sm:hidden print:hidden">
        <CumulativeSvg points={points} lines={lines} width={320} height={210} label={label} />
      </div>
      <div className="mt-1 hidden sm:block print:block">
        <CumulativeSvg points={points} lines={lines} width={760} height={165} label={label} />
      </div>
      <ul aria-hidden className="mt-1 flex flex-wrap gap-x-5 gap-y-0.5 text-xs">
        {lines.map(({ key, style, note }) => (
          <li key={key} className="flex items-center gap-1.5">
            <svg width="24" height="8" className="shrink-0">
              <line x1="1" y1="4" x2="23" y2="4" stroke={style.colour} strokeWidth="2.5" strokeDasharray={style.dash} />
            </svg>
            <span>
              <span className="font-medium">{style.label}</span> {note}
            </span>
          </li>
        ))}
        <li className="text-muted">○ payback</li>
      </ul>
    </section>
  );
}
