import { LINEAR_FIELDS, netResultLine, smallestNonNegative, type LinearField } from './economics';
import { runScenario, type ScenarioRun } from './scenario';
import type { AssumptionsInput } from './schema';
import { ASSUMPTION_RANGES, clampToRange, parseAssumptions } from './validate';

export const BREAK_EVEN_FIELDS = [...LINEAR_FIELDS, 'visitorGrowthRate'] as const;
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
 * not a line. It is monotone though (more growth means more customers every
 * month, and netResult moves with them in the direction of the margins),
 * which is all bisection needs. The result is the upper end of the final
 * bracket, so netResult there is >= 0 by construction.
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

/** The smallest value of a linear field at which this run's netResult >= 0, within the field's valid range. */
export function linearBreakEven(run: ScenarioRun, field: LinearField): number | null {
  const [lo, hi] = searchRange(field);
  return smallestNonNegative(netResultLine(run.scenario.assumptions, run.reach, field), lo, hi);
}

/**
 * The smallest value of `field` within its valid range at which the base
 * case's netResult >= 0, everything else held; null when none is.
 * Conversion, traffic, price and the service package's take-up and price
 * enter netResult linearly (see economics.ts) and are solved exactly; visitor
 * growth is solved by bisection. For growth, a result at the bottom of the
 * range (just above -100 %) means the idea breaks even even if traffic stops
 * after month 1.
 */
export function breakEven(assumptions: AssumptionsInput, field: BreakEvenField): number | null {
  const a = parseAssumptions(assumptions);
  if (field === 'visitorGrowthRate') {
    const [lo, hi] = searchRange(field);
    return bisect((growth) => runScenario({ ...a, visitorGrowthRate: growth }).scenario.netResult, lo, hi);
  }
  return linearBreakEven(runScenario(a), field);
}

/** The levers a founder pulls first: how many come, how many buy, at what price. */
export const LEVER_FIELDS = ['conversionRate', 'monthlyVisitors', 'price'] as const;
export type LeverField = (typeof LEVER_FIELDS)[number];

export interface Lever {
  field: LeverField;
  current: number;
  needed: number;
  /** (needed - current) / current: +0.6 means 60 % more. */
  relativeChange: number;
}

/**
 * Of conversion, traffic and price, the one that needs the smallest relative
 * increase for this run to break even; null when none can within its range.
 * A lever already at 0 cannot be raised by a share of itself, so it is left out.
 */
export function closestLever(run: ScenarioRun): Lever | null {
  let best: Lever | null = null;
  for (const field of LEVER_FIELDS) {
    const current = run.scenario.assumptions[field];
    const needed = linearBreakEven(run, field);
    if (needed === null || !(current > 0) || needed <= current) continue;
    const relativeChange = (needed - current) / current;
    // A vanishing current value (say 5e-324) overflows the ratio: no figure to quote.
    if (!Number.isFinite(relativeChange)) continue;
    if (best === null || relativeChange < best.relativeChange) best = { field, current, needed, relativeChange };
  }
  return best;
}
