'use client';

import { useId } from 'react';
import { formatMoney, formatSignedMoney } from '@/lib/results/format';
import { MUTED, type SeriesStyle } from './series';

/* The look shared by every chart, its legend and its table: the series' styles live in ./series. */

export { ACTUAL, BASE, CALIBRATED, INK, LINE, MUTED, STRESS, type SeriesStyle } from './series';

/** The tornado's two ends: what the result becomes with the input lower, and with it higher. */
export const INPUT_LOWER: SeriesStyle = { label: 'Input lower', colour: MUTED, hatched: true };
export const INPUT_HIGHER: SeriesStyle = { label: 'Input higher', colour: '#1f4fd1', hatched: false };

/** The simulated runs: the band of the middle 8 in 10, and their median line (a third colour, solid and wider). */
export const RUNS_BAND: SeriesStyle = { label: 'Middle 8 in 10 runs (P10 to P90)', colour: '#0f766e', hatched: false, fillOpacity: 0.18 };
export const RUNS_MEDIAN: SeriesStyle = { label: 'Median run (P50)', colour: '#0f766e', hatched: false };

/** A driver's bar: higher helps (solid), or higher hurts (hatched). */
export const DRIVER_HELPS: SeriesStyle = { label: 'Higher is better', colour: '#1f4fd1', hatched: false };
export const DRIVER_HURTS: SeriesStyle = { label: 'Higher is worse', colour: MUTED, hatched: true };

/** Plot heights in px. The card reserves the box before the lazy plot arrives, so nothing moves when it loads. */
export const PLOT_HEIGHT = 300;
/** Room for the tornado's ten inputs (nine for one-time sales) at two lines of label each. */
export const TORNADO_HEIGHT = 420;

/** Room for each ranged input's bar at two lines of label, and the axis. */
export const driversHeight = (rows: number): number => Math.max(140, 44 + rows * 40);

export const AXIS_TICK = { fontSize: 12, fill: MUTED } as const;

/**
 * React ids contain characters ("«", ":") that are awkward inside
 * url(#...) references, so keep only the safe ones.
 */
export function useSvgId(prefix: string): string {
  return `${prefix}-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
}

/** Diagonal stripes: the second cue, besides colour, for the hatched series' bars. */
export function HatchPattern({ id, colour }: { id: string; colour: string }) {
  return (
    <pattern id={id} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect width="6" height="6" fill={colour} fillOpacity={0.15} />
      <line x1="0" y1="0" x2="0" y2="6" stroke={colour} strokeWidth="3" />
    </pattern>
  );
}

/** A bar's fill: the solid colour, or the hatch pattern `patternId` (drawn with HatchPattern). */
export function barFill(series: SeriesStyle, patternId: string): string {
  return series.hatched ? `url(#${patternId})` : series.colour;
}

/** The legend's sample of a series, drawn exactly as the chart draws it. */
export function SeriesSwatch({ series, shape }: { series: SeriesStyle; shape: 'line' | 'bar' }) {
  const patternId = useSvgId('swatch');
  if (shape === 'line') {
    return (
      <svg width="28" height="10" aria-hidden className="shrink-0">
        <line x1="1" y1="5" x2="27" y2="5" stroke={series.colour} strokeWidth="2.5" strokeDasharray={series.dash} />
      </svg>
    );
  }
  return (
    <svg width="14" height="14" aria-hidden className="shrink-0">
      {series.hatched && (
        <defs>
          <HatchPattern id={patternId} colour={series.colour} />
        </defs>
      )}
      <rect x="0.5" y="0.5" width="13" height="13" fill={barFill(series, patternId)} fillOpacity={series.fillOpacity} stroke={series.colour} />
    </svg>
  );
}

/**
 * A full money amount for tables and tooltips. Losses are also red, but the
 * minus sign carries the meaning; the colour only helps scanning a column.
 */
export function Money({ amount }: { amount: number }) {
  const text = formatMoney(amount);
  return <span className={text.startsWith('-') ? 'text-fail' : undefined}>{text}</span>;
}

/** Money with the typographic minus, red when a loss: the Uncertainty section's tables and tooltips. */
export function SignedMoney({ amount }: { amount: number }) {
  return <span className={amount < 0 ? 'text-fail' : undefined}>{formatSignedMoney(amount)}</span>;
}
