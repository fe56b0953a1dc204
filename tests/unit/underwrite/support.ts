import fc from 'fast-check';
import { LIMITS, type Assumptions, type Scenario } from '@/lib/underwrite';

/** An idea where everything is 0 but what a test sets, so hand arithmetic stays short. */
export function idea(overrides: Partial<Assumptions> = {}): Assumptions {
  return {
    pricingModel: 'one_time',
    price: 0,
    monthlyVisitors: 0,
    visitorGrowthRate: 0,
    conversionRate: 0,
    refundRate: 0,
    feeRate: 0,
    feePerTransaction: 0,
    churnRate: 0,
    supportMinutesPerCustomer: 0,
    upkeepHoursPerMonth: 0,
    adSpendPerMonth: 0,
    hourlyRate: 0,
    upfrontHours: 0,
    upfrontCash: 0,
    horizonMonths: 24,
    ...overrides,
  };
}

/**
 * A value in [min, max], weighted towards the bounds, 0 and "typical" small
 * values, where the edge cases live; plain uniform doubles would almost
 * never produce 0 or 1.
 */
function amount(min: number, max: number, typicalMax = max, { minExcluded = false } = {}): fc.Arbitrary<number> {
  const bounds = minExcluded ? [max] : [min, max];
  return fc.oneof(
    { arbitrary: fc.constantFrom(...bounds), weight: 1 },
    { arbitrary: fc.double({ min, max: typicalMax, minExcluded, noNaN: true }), weight: 4 },
    { arbitrary: fc.double({ min, max, minExcluded, noNaN: true }), weight: 1 },
  );
}
const fraction = (typicalMax = 1) => amount(0, 1, typicalMax);

/** Every valid Assumptions (the schema's whole range), biased towards realistic ideas. */
export const validAssumptions: fc.Arbitrary<Assumptions> = fc.record({
  pricingModel: fc.constantFrom('one_time' as const, 'subscription' as const),
  price: amount(0, LIMITS.price, 500),
  monthlyVisitors: amount(0, LIMITS.monthlyVisitors, 100_000),
  visitorGrowthRate: amount(-1, LIMITS.visitorGrowthRateMax, 0.2, { minExcluded: true }),
  conversionRate: fraction(0.1),
  refundRate: fraction(0.3),
  feeRate: fraction(0.3),
  feePerTransaction: amount(0, LIMITS.feePerTransaction, 2),
  churnRate: fraction(0.3),
  supportMinutesPerCustomer: amount(0, LIMITS.supportMinutesPerCustomer, 30),
  upkeepHoursPerMonth: amount(0, LIMITS.upkeepHoursPerMonth, 40),
  adSpendPerMonth: amount(0, LIMITS.adSpendPerMonth, 5_000),
  hourlyRate: amount(0, LIMITS.hourlyRate, 200),
  upfrontHours: amount(0, LIMITS.upfrontHours, 400),
  upfrontCash: amount(0, LIMITS.upfrontCash, 20_000),
  horizonMonths: fc.oneof(fc.constantFrom(1, 24, 120), fc.integer({ min: 1, max: LIMITS.horizonMonths })),
});

/**
 * The size of the money flowing through a scenario: rounding errors of its
 * sums are relative to this, not to netResult, which can be near 0.
 */
export function scaleOf(s: Scenario): number {
  let flows = s.upfrontInvestment;
  for (const row of s.months) flows += row.gross + row.refunds + row.fees + row.adSpend + row.timeCost;
  return Math.max(1, flows);
}
