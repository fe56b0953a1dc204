import { z } from 'zod';
import './zod-config';

/**
 * The one source of the engine's input rules. The worksheet form, the server
 * actions and the engine all validate with these schemas, so a number the
 * form accepts is a number the engine can compute with.
 *
 * Rates are fractions (0.05 = 5 %), but the messages speak in percent because
 * founders read them. Upper bounds beyond the contract keep every result
 * finite over 120 months (e.g. growth compounds as (1 + g)^119).
 */

export const PRICING_MODELS = ['one_time', 'subscription'] as const;
export type PricingModel = (typeof PRICING_MODELS)[number];

// zod 4's z.number() already refuses NaN and ±Infinity.
const num = (label: string) =>
  z.number({ error: (issue) => (issue.input === undefined ? `${label} is required.` : `${label} must be a number.`) });

const nonNegative = (label: string, max: number, unit = '') =>
  num(label)
    .min(0, { error: `${label} cannot be negative.` })
    .max(max, { error: `${label} must be at most ${max.toLocaleString('en-US')}${unit}.` });

const fraction = (label: string) =>
  num(label)
    .min(0, { error: `${label} must be between 0 % and 100 %.` })
    .max(1, { error: `${label} must be between 0 % and 100 %.` });

export const LIMITS = {
  price: 1_000_000,
  monthlyVisitors: 100_000_000,
  visitorGrowthRateMax: 1,
  feePerTransaction: 10_000,
  supportMinutesPerCustomer: 600,
  upkeepHoursPerMonth: 744,
  adSpendPerMonth: 10_000_000,
  hourlyRate: 10_000,
  upfrontHours: 100_000,
  upfrontCash: 100_000_000,
  horizonMonths: 120,
  servicePackagePrice: 1_000_000,
  servicePackageHours: 1_000,
  // A month has at most 744 hours; the founder cannot give more.
  availableHoursPerMonth: 744,
} as const;

/** What a worksheet that leaves a field out gets (contract v2 defaults). */
export const ASSUMPTION_DEFAULTS = {
  horizonMonths: 24,
  servicePackageRate: 0,
  servicePackagePrice: 0,
  servicePackageHours: 0,
  availableHoursPerMonth: 40,
} as const;

export const assumptionsSchema = z.object({
  pricingModel: z.enum(PRICING_MODELS, { error: 'Pricing model must be one-time or subscription.' }),
  price: nonNegative('Price', LIMITS.price),
  monthlyVisitors: nonNegative('Monthly visitors', LIMITS.monthlyVisitors),
  visitorGrowthRate: num('Visitor growth')
    .gt(-1, { error: 'Visitor growth must be above -100 % a month.' })
    .max(LIMITS.visitorGrowthRateMax, { error: 'Visitor growth must be at most 100 % a month.' }),
  conversionRate: fraction('Conversion rate'),
  refundRate: fraction('Refund rate'),
  feeRate: fraction('Fee rate'),
  feePerTransaction: nonNegative('Fee per transaction', LIMITS.feePerTransaction),
  churnRate: fraction('Churn rate'),
  supportMinutesPerCustomer: nonNegative('Support minutes per customer', LIMITS.supportMinutesPerCustomer, ' minutes'),
  upkeepHoursPerMonth: nonNegative('Upkeep hours', LIMITS.upkeepHoursPerMonth, ' hours a month'),
  adSpendPerMonth: nonNegative('Ad spend', LIMITS.adSpendPerMonth),
  hourlyRate: nonNegative('Hourly rate', LIMITS.hourlyRate),
  upfrontHours: nonNegative('Upfront hours', LIMITS.upfrontHours, ' hours'),
  upfrontCash: nonNegative('Upfront cash', LIMITS.upfrontCash),
  horizonMonths: num('Horizon')
    .int({ error: 'Horizon must be a whole number of months.' })
    .min(1, { error: 'Horizon must be between 1 and 120 months.' })
    .max(LIMITS.horizonMonths, { error: 'Horizon must be between 1 and 120 months.' })
    .default(ASSUMPTION_DEFAULTS.horizonMonths),
  servicePackageRate: fraction('Service package take-up').default(ASSUMPTION_DEFAULTS.servicePackageRate),
  servicePackagePrice: nonNegative('Service package price', LIMITS.servicePackagePrice).default(ASSUMPTION_DEFAULTS.servicePackagePrice),
  servicePackageHours: nonNegative('Hours per service package', LIMITS.servicePackageHours, ' hours').default(
    ASSUMPTION_DEFAULTS.servicePackageHours,
  ),
  availableHoursPerMonth: nonNegative('Hours you can give it', LIMITS.availableHoursPerMonth, ' hours a month').default(
    ASSUMPTION_DEFAULTS.availableHoursPerMonth,
  ),
});

/** Assumptions as the engine computes with them: every field present. */
export type Assumptions = z.output<typeof assumptionsSchema>;
/** Assumptions as a caller may pass them: the fields with a default may be left out. */
export type AssumptionsInput = z.input<typeof assumptionsSchema>;
export type AssumptionKey = keyof Assumptions;

/*
 * Each lever may only move its input the adverse way (contract v2), so a
 * softened profile cannot make the stress case rosier than the base case:
 * a lever's bounds are [worst, neutral] or [neutral, worst].
 */
const lever = (label: string, min: number, max: number, fallback: number, unit: 'percent' | 'points') => {
  const pct = (v: number) => `${v > 0 ? '+' : ''}${Math.round(v * 100)}${unit === 'percent' ? ' %' : ' points'}`;
  const message = `${label} must be between ${pct(min)} and ${pct(max)}.`;
  return num(label).min(min, { error: message }).max(max, { error: message }).default(fallback);
};

export const stressProfileSchema = z.object({
  priceChange: lever('Price change', -0.9, 0, 0, 'percent'),
  trafficChange: lever('Traffic change', -1, 0, -0.4, 'percent'),
  growthRateAdd: lever('Growth change', -1, 0, -0.02, 'points'),
  conversionChange: lever('Conversion change', -1, 0, -0.3, 'percent'),
  refundRateAdd: lever('Extra refund rate', 0, 1, 0.05, 'points'),
  supportChange: lever('Support time change', 0, 5, 0.5, 'percent'),
  churnRateAdd: lever('Extra churn', 0, 1, 0.03, 'points'),
  upkeepChange: lever('Upkeep change', 0, 5, 0.25, 'percent'),
  buildOverrun: lever('Build overrun', 0, 5, 0.5, 'percent'),
});

/** A stress profile as the engine applies it: every lever present. */
export type StressProfile = z.output<typeof stressProfileSchema>;
/** A stress profile as a caller may pass it: a missing lever takes its default. */
export type StressProfileInput = z.input<typeof stressProfileSchema>;
export type StressKey = keyof StressProfile;

/** The contract's default profile: every lever at its default. */
export const DEFAULT_STRESS: Readonly<StressProfile> = Object.freeze(stressProfileSchema.parse({}));
