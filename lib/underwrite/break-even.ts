import { netResultLine, smallestNonNegative } from './economics';
import { simulate } from './scenario';
import type { Assumptions } from './schema';
import { ASSUMPTION_RANGES, clampToRange, parseAssumptions } from './validate';

export const BREAK_EVEN_FIELDS = ['monthlyVisitors', 'price', 'conversionRate', 'visitorGrowthRate'] as const;
export type BreakEvenField = (typeof BREAK_EVEN_FIELDS)[number];

/** Bisection stops once the bracket is this small relative to the answer. */
export const BISECTION_RELATIVE_TOLERANCE = 1e-6;
const MAX_BISECTION_STEPS = 200;

/** The valid extremes of a field: the schema's range, nudged inside an exclusive bound. */
function searchRange(field: BreakEvenField): [number, number] {
  const range = ASSUMPTION_RANGES[field];
  return [clampToRange(range.min, range), clampToRange(range.max, range)];
}

/**
 * Growth compounds, so netResult is a polynomial of degree horizon - 1 in it,
 * not a line. It is monotone though (more growth means more paying customers
 * every month, and netResult moves with them in the direction of the unit
 * margin), which is all bisection needs. The result is the upper end of the
 * final bracket, so netResult there is >= 0 by construction.
 */
function bisect(netResultAt: (x: number) => number, lo: number, hi: number): number | null {
  if (netResultAt(lo) >= 0) return lo;
  if (netResultAt(hi) < 0) return null;
  for (let step = 0; step < MAX_BISECTION_STEPS; step++) {
    if (hi - lo <= BISECTION_RELATIVE_TOLERANCE * Math.max(Math.abs(hi), BISECTION_RELATIVE_TOLERANCE)) break;
    const mid = lo + (hi - lo) / 2;
    if (netResultAt(mid) >= 0) hi = mid;
    else lo = mid;
  }
  return hi;
}

/**
 * The smallest value of `field` within its valid range at which the base
 * case's netResult >= 0, everything else held; null when none is.
 * Conversion, traffic and price enter netResult linearly (see economics.ts)
 * and are solved exactly; visitor growth is solved by bisection. For growth,
 * a result at the bottom of the range (just above -100 %) means the idea
 * breaks even even if traffic stops after month 1.
 */
export function breakEven(assumptions: Assumptions, field: BreakEvenField): number | null {
  const a = parseAssumptions(assumptions);
  const [lo, hi] = searchRange(field);
  if (field === 'visitorGrowthRate') {
    return bisect((growth) => simulate({ ...a, visitorGrowthRate: growth }).scenario.netResult, lo, hi);
  }
  return smallestNonNegative(netResultLine(a, simulate(a).reach, field), lo, hi);
}
