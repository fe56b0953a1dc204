import { formatNumber, formatPercent } from '@/lib/results/format';
import type { Ranges } from '@/lib/underwrite/ranges';
import { LIMITS, type Assumptions } from '@/lib/underwrite/schema';

/*
 * Growth compounds: 100 % a month over 120 months multiplies traffic by
 * 2^119, and the dollar figures grow to 47 digits, which mean nothing. So the
 * worksheet lets traffic compound up to a ceiling, about what the largest
 * sites on earth get in a month, and no further: past it, lower the growth or
 * shorten the horizon. The engine itself keeps its contract (growth up to
 * 100 % a month, AGGRESSIVE_GROWTH above 10 times month 1's traffic).
 */

/** The most visitors a month the worksheet lets traffic grow to. */
export const TRAFFIC_CEILING = 1_000_000_000;
export const TRAFFIC_CEILING_WORDS = '1 billion visitors a month';

type Traffic = Pick<Assumptions, 'monthlyVisitors' | 'visitorGrowthRate' | 'horizonMonths'>;

/** The last month's visitors: growth applies horizonMonths - 1 times. */
const lastMonthVisitors = (visitors: number, growth: number, horizonMonths: number) => visitors * (1 + growth) ** (horizonMonths - 1);

// A hair of slack, so a figure quoted back (rounded down) is never refused for float noise.
const exceeds = (visitors: number, growth: number, horizonMonths: number) => lastMonthVisitors(visitors, growth, horizonMonths) > TRAFFIC_CEILING * (1 + 1e-9);

/** The highest monthly growth that keeps `visitors` under the ceiling, rounded down to 0.1 % (at most the engine's 100 %). */
export function growthCap(visitors: number, horizonMonths: number): number {
  if (visitors <= 0 || horizonMonths <= 1) return LIMITS.visitorGrowthRateMax;
  const exact = (TRAFFIC_CEILING / visitors) ** (1 / (horizonMonths - 1)) - 1;
  return Math.min(LIMITS.visitorGrowthRateMax, Math.floor(exact * 1000) / 1000);
}

/** The most month-1 visitors that `growth` keeps under the ceiling, rounded down. */
export function visitorsCap(growth: number, horizonMonths: number): number {
  return Math.floor(TRAFFIC_CEILING / (1 + growth) ** (horizonMonths - 1));
}

export type TrafficIssue = { path: string[]; message: string };

/**
 * Where the worksheet lets traffic compound past the ceiling, in words, on
 * the input to change: the growth itself, or the high end of the growth or
 * visitors range (the simulation draws up to those).
 */
export function trafficIssue(a: Traffic, ranges: Ranges): TrafficIssue | null {
  const h = a.horizonMonths;
  if (exceeds(a.monthlyVisitors, a.visitorGrowthRate, h)) {
    return {
      path: ['visitorGrowthRate'],
      message:
        `With ${formatNumber(a.monthlyVisitors)} visitors in month 1 over ${h} months, growth can be at most ` +
        `${formatPercent(growthCap(a.monthlyVisitors, h))} a month: faster, traffic passes ${TRAFFIC_CEILING_WORDS} ` +
        'and the figures stop meaning anything. Lower the growth or shorten the horizon.',
    };
  }
  const visitorsHigh = Math.max(a.monthlyVisitors, ranges.monthlyVisitors?.high ?? 0);
  const growthRange = ranges.visitorGrowthRate;
  if (growthRange && exceeds(visitorsHigh, growthRange.high, h)) {
    return {
      path: ['ranges', 'visitorGrowthRate', 'high'],
      message: `High end: with up to ${formatNumber(visitorsHigh)} visitors in month 1 over ${h} months, growth can be at most ${formatPercent(growthCap(visitorsHigh, h))} a month (${TRAFFIC_CEILING_WORDS} at most).`,
    };
  }
  if (exceeds(visitorsHigh, a.visitorGrowthRate, h)) {
    return {
      path: ['ranges', 'monthlyVisitors', 'high'],
      message: `High end: at ${formatPercent(a.visitorGrowthRate)} growth a month over ${h} months, month 1 can have at most ${formatNumber(visitorsCap(a.visitorGrowthRate, h))} visitors (${TRAFFIC_CEILING_WORDS} at most).`,
    };
  }
  return null;
}

/**
 * Typical ranges trimmed so that their high ends, with the ranges the form
 * already has (`known`), keep traffic under the ceiling: growth's high end
 * first, then visitors'. Never below the worksheet's own values, which the
 * schema has checked.
 */
export function trimToTrafficCeiling(ranges: Ranges, a: Traffic, known: Ranges = {}): Ranges {
  const out: Ranges = { ...ranges };
  const h = a.horizonMonths;
  const visitorsHigh = () => (out.monthlyVisitors ?? known.monthlyVisitors)?.high ?? a.monthlyVisitors;
  const growthHigh = () => (out.visitorGrowthRate ?? known.visitorGrowthRate)?.high ?? a.visitorGrowthRate;
  if (out.visitorGrowthRate && exceeds(visitorsHigh(), growthHigh(), h)) {
    const high = Math.max(a.visitorGrowthRate, growthCap(visitorsHigh(), h));
    out.visitorGrowthRate = { low: out.visitorGrowthRate.low, high };
  }
  if (out.monthlyVisitors && exceeds(visitorsHigh(), growthHigh(), h)) {
    const high = Math.max(a.monthlyVisitors, visitorsCap(growthHigh(), h));
    out.monthlyVisitors = { low: out.monthlyVisitors.low, high };
  }
  for (const field of ['visitorGrowthRate', 'monthlyVisitors'] as const) {
    const range = out[field];
    if (range && range.low >= range.high) delete out[field];
  }
  return out;
}
