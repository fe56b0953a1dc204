import type { ReactNode } from 'react';
import { ReferenceLine, type TooltipContentProps } from 'recharts';
import { formatMoneyTick, formatMonth } from '../data';
import { SeriesSwatch } from '../series';
import { AXIS_TICK, INK, LINE, type SeriesStyle } from '../theme';

/*
 * Pieces every recharts plot uses, so the four charts read alike. This module
 * is only imported by the lazy plots, never by the cards.
 */

/** Values recompute on every move of a stress slider; an animation would trail behind the input. */
export const NO_ANIMATION = { isAnimationActive: false } as const;

export const CHART_MARGIN = { top: 8, right: 12, bottom: 0, left: 0 };

/** A money value axis: compact ticks, full amounts are in the tooltip and the table. */
export const moneyAxis = {
  tickFormatter: formatMoneyTick,
  tick: AXIS_TICK,
  tickLine: false,
  axisLine: false,
  width: 52,
} as const;

/** A month axis with "Month 6" ticks; recharts drops the ones that would collide on a narrow screen. */
export const monthAxis = {
  tickFormatter: formatMonth,
  tick: AXIS_TICK,
  tickLine: false,
  axisLine: { stroke: LINE },
  interval: 'preserveStartEnd',
  minTickGap: 12,
} as const;

/**
 * The zero line, which also keeps zero on the money axis: bars grow from
 * zero and a line crossing it is a payback, so a loss-making idea must not get
 * an axis from -$2.5K to -$1.5K with its bars hanging from the top. Render it
 * after the bars so it stays visible across them.
 */
export function ZeroLine() {
  return <ReferenceLine y={0} stroke={INK} ifOverflow="extendDomain" />;
}

export interface TooltipLine {
  series?: SeriesStyle;
  label: string;
  value: ReactNode;
  detail?: string;
}

/** The tooltip's HTML box: a title and one line per series, each led by the legend's swatch. */
export function TooltipBox({ title, lines, shape }: { title: string; lines: TooltipLine[]; shape: 'line' | 'bar' }) {
  return (
    <div className="max-w-72 rounded-md border border-line bg-white px-3 py-2 text-sm shadow-md">
      <p className="font-medium text-ink">{title}</p>
      <ul className="mt-1 space-y-1">
        {lines.map((line, i) => (
          <li key={i}>
            <div className="flex items-baseline gap-2">
              {line.series && <SeriesSwatch series={line.series} shape={shape} />}
              <span className="text-muted">{line.label}</span>
              <span className="ml-auto pl-3 font-medium tabular-nums">{line.value}</span>
            </div>
            {line.detail && <p className="text-xs text-muted">{line.detail}</p>}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The data row under the pointer (or the keyboard's focus), when the tooltip is showing. */
export function activeRow<Row>({ active, payload }: Pick<TooltipContentProps, 'active' | 'payload'>): Row | undefined {
  return active ? (payload[0]?.payload as Row | undefined) : undefined;
}
