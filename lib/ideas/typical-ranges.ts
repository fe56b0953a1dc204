import { RANGE_FIELDS, RATES, validInterval, type Range, type RangeField, type Ranges } from '@/lib/underwrite/ranges';
import { LIMITS, type Assumptions } from '@/lib/underwrite/schema';
import type { ProductType } from './product-types';
import { trimToTrafficCeiling } from './traffic-ceiling';

/*
 * "Use typical ranges": a 90 % interval for each guessed input that a
 * founder who has not measured it yet can honestly start from. Conversion
 * has a typical band per product type (cold traffic rarely converts above a
 * few percent, and licences sell to a few in a thousand); the other inputs
 * spread around the founder's own value, leaning the way guesses usually err
 * (traffic lower, builds longer, support heavier). Every range is widened to
 * hold the founder's value, which the contract requires.
 */

/** The three inputs a founder knows least: new ideas start with ranges on them. */
export const NEW_IDEA_RANGED_FIELDS = ['monthlyVisitors', 'visitorGrowthRate', 'conversionRate'] as const satisfies readonly RangeField[];

const TYPICAL_CONVERSION: Record<ProductType, Range> = {
  template: { low: 0.005, high: 0.03 },
  ebook: { low: 0.005, high: 0.025 },
  course: { low: 0.003, high: 0.02 },
  software: { low: 0.003, high: 0.02 },
  membership: { low: 0.005, high: 0.025 },
  community: { low: 0.005, high: 0.03 },
  digital_download: { low: 0.01, high: 0.04 },
  content_library: { low: 0.003, high: 0.02 },
  affiliate: { low: 0.003, high: 0.02 },
  licensing: { low: 0.001, high: 0.01 },
};

type Spread = { times: [number, number] } | { plus: [number, number] };

/** How far each other input typically turns out from a guess: a multiple of it, or points added. */
const SPREAD: Record<Exclude<RangeField, 'conversionRate'>, Spread> = {
  price: { times: [0.8, 1.1] },
  monthlyVisitors: { times: [0.4, 1.5] },
  visitorGrowthRate: { plus: [-0.03, 0.02] },
  refundRate: { plus: [-0.02, 0.05] },
  feeRate: { plus: [-0.01, 0.02] },
  churnRate: { times: [0.6, 1.8] },
  supportMinutesPerCustomer: { times: [0.5, 2] },
  upkeepHoursPerMonth: { times: [0.7, 2] },
  adSpendPerMonth: { times: [0.8, 1.3] },
  upfrontHours: { times: [0.9, 2] },
  servicePackageRate: { times: [0.5, 1.5] },
};

/** Each field's valid interval as the worksheet allows it: the engine's clamps, with growth capped where the schema caps it. */
function bounds(field: RangeField): [number, number] {
  return field === 'visitorGrowthRate' ? [validInterval(field)[0], LIMITS.visitorGrowthRateMax] : validInterval(field);
}

/** Round figures a founder can read back: rates to 0.01 %, visitors whole, hours and minutes to 0.1, money to the dollar (cents below $10). */
function tidy(field: RangeField, value: number): number {
  if (RATES.has(field) || field === 'visitorGrowthRate') return Math.round(value * 10_000) / 10_000;
  if (field === 'monthlyVisitors') return Math.round(value);
  if (field === 'price' || field === 'adSpendPerMonth') return value >= 10 ? Math.round(value) : Math.round(value * 100) / 100;
  return Math.round(value * 10) / 10;
}

/** A field's typical range for this idea, or null where a range would say nothing (a churn a one-time sale ignores, a cost of 0). */
export function typicalRange(type: ProductType, field: RangeField, a: Assumptions): Range | null {
  const value = a[field];
  if (field === 'churnRate' && a.pricingModel === 'one_time') return null;
  let low: number;
  let high: number;
  if (field === 'conversionRate') {
    ({ low, high } = TYPICAL_CONVERSION[type]);
  } else {
    const spread = SPREAD[field];
    if ('times' in spread) {
      if (value === 0) return null;
      [low, high] = [value * spread.times[0], value * spread.times[1]];
    } else {
      [low, high] = [value + spread.plus[0], value + spread.plus[1]];
    }
  }
  const [min, max] = bounds(field);
  low = Math.min(Math.max(tidy(field, low), min), value);
  high = Math.max(Math.min(tidy(field, high), max), value);
  return low < high ? { low, high } : null;
}

/**
 * Typical ranges on `fields` (all rangeable fields unless told), where one
 * says something, within the traffic ceiling together with the ranges the
 * worksheet already has (`known`).
 */
export function typicalRanges(type: ProductType, a: Assumptions, fields: readonly RangeField[] = RANGE_FIELDS, known: Ranges = {}): Ranges {
  const ranges: Ranges = {};
  for (const field of fields) {
    const range = typicalRange(type, field, a);
    if (range) ranges[field] = range;
  }
  return trimToTrafficCeiling(ranges, a, known);
}
