import type { Assumptions } from './schema';

/*
 * Why the break-even solvers can be exact. Each month's profit is
 *
 *   gross - refunds - fees - adSpend - timeCost
 *   = payingCustomers × unitMargin - adSpend - upkeepHoursPerMonth × hourlyRate
 *
 * so over the horizon
 *
 *   netResult = customerMonths × unitMargin - fixedCosts,
 *   customerMonths = Σ payingCustomers = monthlyVisitors × conversionRate × reach,
 *
 * where `reach` (paying customer-months per month-1 new customer) depends only
 * on growth, churn, the pricing model and the horizon. netResult is therefore
 * a straight line in conversionRate, in monthlyVisitors and in price (which
 * enters unitMargin linearly). The scenario's month rows follow the contract
 * literally; these lines are only used to solve for break-even, and the
 * property tests check that both agree.
 */

/** The share of the price that is neither refunded nor taken as a fee. */
function keptShareOf(a: Assumptions): number {
  return 1 - a.refundRate - a.feeRate;
}

/** What each paying customer costs a month whatever the price: fixed fee and support time. */
function costPerCustomerOf(a: Assumptions): number {
  return a.feePerTransaction + (a.supportMinutesPerCustomer / 60) * a.hourlyRate;
}

/** What one paying customer leaves in a month after refunds, fees and support time. */
export function unitMarginOf(a: Assumptions): number {
  return a.price * keptShareOf(a) - costPerCustomerOf(a);
}

/** Money and time put in before the first sale. */
export function upfrontInvestmentOf(a: Assumptions): number {
  return a.upfrontCash + a.upfrontHours * a.hourlyRate;
}

/** What the horizon costs whether or not anyone buys. */
export function fixedCostsOf(a: Assumptions): number {
  return upfrontInvestmentOf(a) + a.horizonMonths * (a.adSpendPerMonth + a.upkeepHoursPerMonth * a.hourlyRate);
}

export type LinearField = 'conversionRate' | 'monthlyVisitors' | 'price';

/** netResult as `intercept + slope × x` where x is `field`, everything else held. */
export interface Line {
  intercept: number;
  slope: number;
}

export function netResultLine(a: Assumptions, reach: number, field: LinearField): Line {
  const intercept = -fixedCostsOf(a);
  switch (field) {
    case 'conversionRate':
      return { intercept, slope: a.monthlyVisitors * reach * unitMarginOf(a) };
    case 'monthlyVisitors':
      return { intercept, slope: a.conversionRate * reach * unitMarginOf(a) };
    case 'price': {
      const customerMonths = a.monthlyVisitors * a.conversionRate * reach;
      return {
        intercept: intercept - customerMonths * costPerCustomerOf(a),
        slope: customerMonths * keptShareOf(a),
      };
    }
  }
}

/** Smallest x in [lo, hi] at which the line is >= 0, or null. */
export function smallestNonNegative({ intercept, slope }: Line, lo: number, hi: number): number | null {
  const atLo = intercept + slope * lo;
  if (atLo >= 0) return lo;
  if (!(slope > 0)) return null;
  const root = -intercept / slope;
  if (root <= hi) return Math.max(root, lo);
  // The root can land an ulp past hi when the line crosses 0 exactly there.
  return intercept + slope * hi >= 0 ? hi : null;
}
