import fc from 'fast-check';
import { LIMITS, type Assumptions, type Scenario, type StressKey, type StressProfile } from '@/lib/underwrite';

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
    servicePackageRate: 0,
    servicePackagePrice: 0,
    servicePackageHours: 0,
    availableHoursPerMonth: 40,
    ...overrides,
  };
}

type Ranges = { [K in Exclude<keyof Assumptions, 'pricingModel' | 'horizonMonths'>]: [min: number, max: number] };

/** The schema's whole range of every numeric input. */
const FULL: Ranges = {
  price: [0, LIMITS.price],
  monthlyVisitors: [0, LIMITS.monthlyVisitors],
  visitorGrowthRate: [-1, LIMITS.visitorGrowthRateMax],
  conversionRate: [0, 1],
  refundRate: [0, 1],
  feeRate: [0, 1],
  feePerTransaction: [0, LIMITS.feePerTransaction],
  churnRate: [0, 1],
  supportMinutesPerCustomer: [0, LIMITS.supportMinutesPerCustomer],
  upkeepHoursPerMonth: [0, LIMITS.upkeepHoursPerMonth],
  adSpendPerMonth: [0, LIMITS.adSpendPerMonth],
  hourlyRate: [0, LIMITS.hourlyRate],
  upfrontHours: [0, LIMITS.upfrontHours],
  upfrontCash: [0, LIMITS.upfrontCash],
  servicePackageRate: [0, 1],
  servicePackagePrice: [0, LIMITS.servicePackagePrice],
  servicePackageHours: [0, LIMITS.servicePackageHours],
  availableHoursPerMonth: [0, LIMITS.availableHoursPerMonth],
};

/** Where real ideas live, so that every verdict level and warning shows up often. */
const TYPICAL: Ranges = {
  price: [0, 300],
  monthlyVisitors: [0, 50_000],
  visitorGrowthRate: [-0.1, 0.15],
  conversionRate: [0, 0.08],
  refundRate: [0, 0.15],
  feeRate: [0, 0.12],
  feePerTransaction: [0, 1],
  churnRate: [0, 0.2],
  supportMinutesPerCustomer: [0, 20],
  upkeepHoursPerMonth: [0, 50],
  adSpendPerMonth: [0, 2_000],
  hourlyRate: [0, 100],
  upfrontHours: [0, 300],
  upfrontCash: [0, 10_000],
  servicePackageRate: [0, 0.2],
  servicePackagePrice: [0, 2_000],
  servicePackageHours: [0, 10],
  availableHoursPerMonth: [0, 160],
};

/** Evenly spread over [min, max], unlike fc.double, which favours tiny magnitudes. */
const uniform = ([min, max]: [number, number]) => fc.integer({ min: 0, max: 1_000_000 }).map((i) => min + ((max - min) * i) / 1_000_000);

/**
 * Over the whole range: fc.double reaches every magnitude (1e-300 as well as
 * 1e8), and 0 and the bounds, where the edge cases live, are added on purpose.
 */
function extreme([min, max]: [number, number]): fc.Arbitrary<number> {
  // Growth must stay above -100 %: -1 itself is invalid.
  const minExcluded = min === -1;
  const bounds = minExcluded ? [0, max] : [min, max];
  return fc.oneof({ arbitrary: fc.double({ min, max, minExcluded, noNaN: true }), weight: 3 }, { arbitrary: fc.constantFrom(...bounds), weight: 1 });
}

function assumptionsWithin(ranges: Ranges, number: (range: [number, number]) => fc.Arbitrary<number>): fc.Arbitrary<Assumptions> {
  const numbers = Object.fromEntries(Object.entries(ranges).map(([key, range]) => [key, number(range)])) as {
    [K in keyof Ranges]: fc.Arbitrary<number>;
  };
  return fc.record({
    pricingModel: fc.constantFrom('one_time' as const, 'subscription' as const),
    horizonMonths: fc.oneof(fc.constantFrom(1, 24, 120), fc.integer({ min: 1, max: LIMITS.horizonMonths })),
    ...numbers,
  });
}

/**
 * Every valid Assumptions: mostly realistic ideas, and a quarter drawn from
 * the schema's whole range with its bounds, to catch overflow and edge cases.
 */
export const validAssumptions: fc.Arbitrary<Assumptions> = fc.oneof(
  { arbitrary: assumptionsWithin(TYPICAL, uniform), weight: 3 },
  { arbitrary: assumptionsWithin(FULL, extreme), weight: 1 },
);

/**
 * The size of the money flowing through a scenario: rounding errors of its
 * sums are relative to this, not to netResult, which can be near 0.
 */
export function scaleOf(s: Scenario): number {
  let flows = s.upfrontInvestment;
  for (const row of s.months) flows += row.gross + row.refunds + row.fees + row.adSpend + row.timeCost;
  return Math.max(1, flows);
}

/** The contract's bounds of each stress lever: they only move an input the adverse way. */
export const STRESS_BOUNDS: Readonly<Record<StressKey, [min: number, max: number]>> = {
  priceChange: [-0.9, 0],
  trafficChange: [-1, 0],
  growthRateAdd: [-1, 0],
  conversionChange: [-1, 0],
  refundRateAdd: [0, 1],
  supportChange: [0, 5],
  churnRateAdd: [0, 1],
  upkeepChange: [0, 5],
  buildOverrun: [0, 5],
};

/**
 * Any stress profile the schema accepts: each lever anywhere within its
 * bounds, at the bounds themselves, or left out (then it takes its default).
 */
export const validStressProfile: fc.Arbitrary<Partial<StressProfile>> = fc.record(
  Object.fromEntries(
    Object.entries(STRESS_BOUNDS).map(([key, [min, max]]) => [
      key,
      fc.oneof(fc.double({ min, max, noNaN: true }), fc.constantFrom(min, max)),
    ]),
  ) as { [K in StressKey]: fc.Arbitrary<number> },
  { requiredKeys: [] },
);


/**
 * The first idea of table.test.ts, worked by hand there: 20 sales a month for
 * 12 months (240 customer-months), unit margin 50 × (1 - r - f) - 0.5 -
 * support/60 × 30, fixed costs 1000 + 12 × (100 + upkeep × 30) = 2920,
 * netResult 6440. Other engine tests reuse it as a known point.
 */
export const ROBUST_ONE_TIME: Assumptions = idea({
  price: 50,
  monthlyVisitors: 1000,
  conversionRate: 0.02,
  refundRate: 0.1,
  feeRate: 0.05,
  feePerTransaction: 0.5,
  supportMinutesPerCustomer: 6,
  upkeepHoursPerMonth: 2,
  adSpendPerMonth: 100,
  hourlyRate: 30,
  upfrontHours: 20,
  upfrontCash: 400,
  horizonMonths: 12,
});
