import type { AssumptionsInput, Ranges } from '@/lib/underwrite';

/*
 * Ideas and ranges shared by the engine's benchmarks and tests, so the
 * figures in BENCHMARKS.md are for the same inputs the tests check.
 */

/** A $29 template: a one-time sale with realistic costs (the benchmark's idea). */
export const TEMPLATE: AssumptionsInput = {
  pricingModel: 'one_time',
  price: 29,
  monthlyVisitors: 3000,
  visitorGrowthRate: 0.03,
  conversionRate: 0.02,
  refundRate: 0.04,
  feeRate: 0.06,
  feePerTransaction: 0.3,
  churnRate: 0,
  supportMinutesPerCustomer: 3,
  upkeepHoursPerMonth: 4,
  adSpendPerMonth: 200,
  hourlyRate: 60,
  upfrontHours: 60,
  upfrontCash: 300,
  horizonMonths: 24,
};

/** The template with a little churn and a small coaching add-on, so every contract field can carry a range. */
export const HYBRID_TEMPLATE = {
  ...TEMPLATE,
  churnRate: 0.02,
  servicePackageRate: 0.02,
  servicePackagePrice: 300,
  servicePackageHours: 3,
} satisfies AssumptionsInput;

/** A range on each of the uncertainty contract's 12 fields, around HYBRID_TEMPLATE's values. */
export const ALL_TWELVE: Ranges = {
  price: { low: 19, high: 39 },
  monthlyVisitors: { low: 1000, high: 6000 },
  visitorGrowthRate: { low: -0.02, high: 0.06 },
  conversionRate: { low: 0.005, high: 0.04 },
  refundRate: { low: 0.01, high: 0.1 },
  feeRate: { low: 0.04, high: 0.1 },
  churnRate: { low: 0, high: 0.05 },
  supportMinutesPerCustomer: { low: 1, high: 10 },
  upkeepHoursPerMonth: { low: 2, high: 10 },
  adSpendPerMonth: { low: 0, high: 400 },
  upfrontHours: { low: 40, high: 120 },
  servicePackageRate: { low: 0, high: 0.05 },
};
