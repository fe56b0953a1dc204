/*
 * The month-by-month charts' data: base and stress side by side, one point
 * (and one table row) a month, with each case's payback.
 */
import type { Scenario, SimulationResult } from '@/lib/underwrite';
import { formatMonths } from './format';

const TICK_STEPS = [1, 2, 3, 6, 12, 24];
const MAX_MONTH_TICKS = 6;

/**
 * Month ticks on round steps (every 3, 6, 12... months) so that a 24-month
 * horizon reads 0, 6, 12, 18, 24 rather than whatever recharts would skip to.
 * `first` is 0 for the cumulative chart, which starts before the first sale,
 * and 1 for monthly charts. The horizon itself is always a tick.
 */
export function monthTicks(horizon: number, first: 0 | 1): number[] {
  const step = TICK_STEPS.find((s) => Math.ceil(horizon / s) + 1 <= MAX_MONTH_TICKS) ?? Math.ceil(horizon / (MAX_MONTH_TICKS - 1));
  const ticks: number[] = [first];
  for (let m = step; m < horizon; m += step) if (m - first > step / 2) ticks.push(m);
  if (horizon > first) {
    // Round ticks closer than half a step to the first or the last one would
    // crowd their labels: month 1 and 2, or 6 and 7, side by side.
    const last = ticks[ticks.length - 1] ?? first;
    if (ticks.length > 1 && horizon - last <= step / 2) ticks.pop();
    ticks.push(horizon);
  }
  return ticks;
}

/** One month of the base and stress cases (and the calibrated case, when there is one), as one chart point and one table row. */
export interface MonthPoint {
  month: number;
  base: number;
  stress: number;
  calibrated?: number;
}

type Pick = (row: Scenario['months'][number]) => number;

/*
 * The scenarios come from the same worksheet and the stress profile (or a
 * measured value) never changes the horizon, so their months line up one to
 * one. A mismatch is a wiring mistake, and a chart quietly dropping months
 * would hide it.
 */
function zipMonths(base: Scenario, stress: Scenario, calibrated: Scenario | null, pick: Pick): MonthPoint[] {
  for (const other of calibrated ? [stress, calibrated] : [stress]) {
    if (base.months.length !== other.months.length) {
      throw new Error(`Base and stress cover different horizons (${base.months.length} and ${other.months.length} months).`);
    }
  }
  return base.months.map((row, i) => ({
    month: row.month,
    base: pick(row),
    stress: pick(stress.months[i]!),
    ...(calibrated ? { calibrated: pick(calibrated.months[i]!) } : {}),
  }));
}

/** Profit of each month (cash flow minus the founder's time), base, stress and calibrated. */
export function monthlySeries(base: Scenario, stress: Scenario, calibrated: Scenario | null = null): MonthPoint[] {
  return zipMonths(base, stress, calibrated, (row) => row.profit);
}

/**
 * Cumulative profit from month 0, where every line starts at minus its
 * upfront investment (the build is paid before anything sells), so the
 * chart shows the hole the idea has to climb out of.
 */
export function cumulativeSeries(base: Scenario, stress: Scenario, calibrated: Scenario | null = null): MonthPoint[] {
  const start = { month: 0, base: -base.upfrontInvestment, stress: -stress.upfrontInvestment };
  return [calibrated ? { ...start, calibrated: -calibrated.upfrontInvestment } : start, ...zipMonths(base, stress, calibrated, (row) => row.cumulativeProfit)];
}

/** Where the cumulative chart marks a payback: the first month from which it stays at or above zero. */
export interface PaybackMark {
  month: number;
  cumulativeProfit: number;
  /** "Base in the black for good: month 7". */
  label: string;
}

export function paybackMark(name: string, scenario: Scenario): PaybackMark | null {
  const month = scenario.paybackMonth;
  if (month === null) return null;
  const row = scenario.months[month - 1];
  if (!row) return null;
  return { month, cumulativeProfit: row.cumulativeProfit, label: `${name} in the black for good: month ${month}` };
}

/** The legend's words for a payback, so that a case ending in the red is said, not only left unmarked. */
export function paybackNote(scenario: Scenario): string {
  return scenario.paybackMonth === null
    ? `still in the red after ${formatMonths(scenario.months.length)}`
    : `in the black for good from month ${scenario.paybackMonth}`;
}

/** One month of the fan chart: the band and median of the runs, with the base and stress cases' running totals. */
export interface FanPoint {
  month: number;
  /** [P10, P90]; null at month 0, before any run has sold. */
  band: [number, number] | null;
  p50: number | null;
  base: number;
  stress: number;
}

/**
 * The fan chart's data. The base and stress lines start at month 0 with the
 * upfront investment, like the cumulative chart; the runs' band starts at
 * month 1, since simulate() reports months with sales.
 */
export function fanSeries(bands: SimulationResult['cumulativeBands'], base: Scenario, stress: Scenario): FanPoint[] {
  const byMonth = new Map(bands.map((b) => [b.month, b]));
  return cumulativeSeries(base, stress).map((point) => {
    const b = byMonth.get(point.month);
    return { month: point.month, band: b ? [b.p10, b.p90] : null, p50: b ? b.p50 : null, base: point.base, stress: point.stress };
  });
}

const NICE_STEPS = [1, 2, 2.5, 5, 10];

/**
 * Round value-axis ticks spanning [min, max] and zero (a running total's
 * axis must show where it turns positive): about `count` of them, on steps
 * of 1, 2, 2.5 or 5 times a power of ten. The first and last ticks are the
 * axis's ends.
 */
export function niceTicks(min: number, max: number, count = 5): number[] {
  const low = Math.min(min, 0);
  const high = Math.max(max, 0);
  if (!Number.isFinite(low) || !Number.isFinite(high)) return [0];
  if (low === high) return [low - 1, low, low + 1];
  const rough = (high - low) / Math.max(1, count - 1);
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = (NICE_STEPS.find((s) => s * power >= rough) ?? 10) * power;
  const ticks: number[] = [];
  // Multiples of the step, so zero is always one of them.
  for (let k = Math.floor(low / step); k <= Math.ceil(high / step); k++) ticks.push(k * step);
  return ticks;
}

/**
 * The month ticks that fit `width` pixels without their labels touching:
 * every other one is dropped until they do, keeping the first and the
 * last (the horizon), as a phone's narrow plot needs.
 */
export function ticksThatFit(ticks: number[], width: number, labelWidth: number): number[] {
  if (ticks.length <= 2) return ticks;
  const first = ticks[0]!;
  const span = ticks[ticks.length - 1]! - first || 1;
  const fits = (kept: number[]) => kept.every((t, i) => i === 0 || ((t - kept[i - 1]!) / span) * width >= labelWidth);
  let kept = ticks;
  while (kept.length > 2 && !fits(kept)) {
    const last = kept[kept.length - 1]!;
    const thinned = kept.filter((_, i) => i % 2 === 0 && i < kept.length - 1);
    // The horizon stays; the round tick before it goes if the two would touch.
    if (thinned.length > 1 && ((last - thinned[thinned.length - 1]!) / span) * width < labelWidth) thinned.pop();
    kept = [...thinned, last];
  }
  return kept;
}
