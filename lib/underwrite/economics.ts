import type { Assumptions } from './schema';
import type { Reach } from './scenario';

/*
 * Why the break-even solvers can be exact. Each month's profit is
 *
 *   gross - refunds - fees - adSpend - timeCost
 *   = payingCustomers × unitMargin + serviceBuyers × serviceMargin
 *     - adSpend - upkeepHoursPerMonth × hourlyRate
 *
 * so over the horizon, with serviceBuyers = newCustomers × servicePackageRate,
 *
 *   netResult = monthlyVisitors × conversionRate
 *               × (reach.paying × unitMargin + reach.new × servicePackageRate × serviceMargin)
 *               - fixedCosts,
 *
 * where `reach` (customer-months per month-1 new customer) depends only on
 * growth, churn, the pricing model and the horizon. netResult is therefore a
 * straight line in conversionRate, in monthlyVisitors, in price (which enters
 * unitMargin linearly), in servicePackageRate and in servicePackagePrice. The
 * scenario's month rows follow the contract literally; these lines are only
 * used to solve for break-even, and the property tests check that both agree.
 */

/** The share of gross that is neither refunded nor taken as a fee. */
function keptShareOf(a: Assumptions): number {
  return 1 - a.refundRate - a.feeRate;
}

/** What each paying customer costs a month whatever the price: fixed fee and support time. */
function costPerCustomerOf(a: Assumptions): number {
  return a.feePerTransaction + (a.supportMinutesPerCustomer / 60) * a.hourlyRate;
}

/**
 * What one paying customer leaves (a sale, or a subscriber's month) after
 * refunds, fees and support time: the contract's NEGATIVE_UNIT_MARGIN quantity.
 */
export function unitMarginOf(a: Assumptions): number {
  return a.price * keptShareOf(a) - costPerCustomerOf(a);
}

/** What one service package leaves after refunds, fees and the hours to deliver it. */
export function serviceMarginOf(a: Assumptions): number {
  return a.servicePackagePrice * keptShareOf(a) - a.servicePackageHours * a.hourlyRate;
}

/** Money and time put in before the first sale. */
export function upfrontInvestmentOf(a: Assumptions): number {
  return a.upfrontCash + a.upfrontHours * a.hourlyRate;
}

/** What the horizon costs whether or not anyone buys. */
function fixedCostsOf(a: Assumptions): number {
  return upfrontInvestmentOf(a) + a.horizonMonths * (a.adSpendPerMonth + a.upkeepHoursPerMonth * a.hourlyRate);
}

export const LINEAR_FIELDS = ['conversionRate', 'monthlyVisitors', 'price', 'servicePackageRate', 'servicePackagePrice'] as const;
export type LinearField = (typeof LINEAR_FIELDS)[number];

/** netResult as `intercept + slope × x` where x is `field`, everything else held. */
export interface Line {
  intercept: number;
  slope: number;
}

export function netResultLine(a: Assumptions, reach: Reach, field: LinearField): Line {
  const fixed = -fixedCostsOf(a);
  const launchCustomers = a.monthlyVisitors * a.conversionRate;
  const productPart = reach.paying * unitMarginOf(a);
  const servicePart = reach.new * a.servicePackageRate * serviceMarginOf(a);
  switch (field) {
    case 'conversionRate':
      return { intercept: fixed, slope: a.monthlyVisitors * (productPart + servicePart) };
    case 'monthlyVisitors':
      return { intercept: fixed, slope: a.conversionRate * (productPart + servicePart) };
    case 'price':
      // The service package's price does not move with the product's.
      return {
        intercept: fixed + launchCustomers * (servicePart - reach.paying * costPerCustomerOf(a)),
        slope: launchCustomers * reach.paying * keptShareOf(a),
      };
    case 'servicePackageRate':
      return { intercept: fixed + launchCustomers * productPart, slope: launchCustomers * reach.new * serviceMarginOf(a) };
    case 'servicePackagePrice': {
      const buyers = launchCustomers * reach.new * a.servicePackageRate;
      return {
        intercept: fixed + launchCustomers * productPart - buyers * a.servicePackageHours * a.hourlyRate,
        slope: buyers * keptShareOf(a),
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
