import { simulate, type AssumptionsInput, type Ranges } from '@/lib/underwrite';
import { parseRanges } from '@/lib/underwrite/ranges';
import { runTrials } from '@/lib/underwrite/simulate';
import { parseAssumptions } from '@/lib/underwrite/validate';
import { naiveSimulate } from '../support/naive-simulate';
import type { Section } from './harness';

/** A $29 template (or $29 a month) with a small coaching add-on, every contract field ranged. */
const template = {
  pricingModel: 'one_time',
  price: 29,
  monthlyVisitors: 3000,
  visitorGrowthRate: 0.03,
  conversionRate: 0.02,
  refundRate: 0.04,
  feeRate: 0.06,
  feePerTransaction: 0.3,
  churnRate: 0.02,
  supportMinutesPerCustomer: 3,
  upkeepHoursPerMonth: 4,
  adSpendPerMonth: 200,
  hourlyRate: 60,
  upfrontHours: 60,
  upfrontCash: 300,
  horizonMonths: 24,
  servicePackageRate: 0.02,
  servicePackagePrice: 300,
  servicePackageHours: 3,
} satisfies AssumptionsInput;

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

const subscription = { ...template, pricingModel: 'subscription' } satisfies AssumptionsInput;
const parsed = parseAssumptions(template);
const fields = parseRanges(ALL_TWELVE, parsed);

export const simulateSection: Section = {
  title: 'Simulate',
  description:
    '`simulate()` with 10,000 trials over 24 months and all 12 contract fields ranged, bands and drivers included; ' +
    'the trial loop alone (draws and trials, no summary); and the naive version (an object per row, a full `underwrite()` ' +
    'per trial, `sort()` for every percentile). Targets: simulate <= 15 ms median, trial loop <= 5 ms, naive / simulate >= 35.',
  options: { warmupMs: 1500, samples: 40 },
  cases: [
    { name: 'simulate() one_time, 10,000 trials, 12 ranges', fn: () => simulate(template, ALL_TWELVE).netResult.p50 },
    { name: 'simulate() subscription, 10,000 trials, 12 ranges', fn: () => simulate(subscription, ALL_TWELVE).netResult.p50 },
    { name: 'trial loop alone (one_time)', fn: () => runTrials(parsed, fields, 10_000, 1).sum },
    { name: 'naive version (one_time)', fn: () => naiveSimulate(parsed, ALL_TWELVE).netResult.p50 },
  ],
};
