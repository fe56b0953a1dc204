import { z } from 'zod';

/**
 * The one source of the engine's input rules. The worksheet form, the server
 * actions and the engine all validate with these schemas, so a number the
 * form accepts is a number the engine can compute with.
 *
 * Rates are fractions (0.05 = 5 %), but the messages speak in percent because
 * founders read them. Upper bounds beyond the contract keep every result
 * finite over 120 months (e.g. growth compounds as (1 + g)^119).
 */

// zod compiles object parsers with `new Function` when the page allows eval.
// Our Content-Security-Policy does not (see proxy.ts), and merely probing for
// it reports a violation in the browser, so never try.
z.config({ jitless: true });

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
    .max(LIMITS.horizonMonths, { error: 'Horizon must be between 1 and 120 months.' }),
});

export type Assumptions = z.infer<typeof assumptionsSchema>;
export type AssumptionKey = keyof Assumptions;

const change = (label: string) =>
  num(label)
    .min(-1, { error: `${label} must be between -100 % and +500 %.` })
    .max(5, { error: `${label} must be between -100 % and +500 %.` });

const add = (label: string) =>
  num(label)
    .min(-1, { error: `${label} must be between -100 and +100 percentage points.` })
    .max(1, { error: `${label} must be between -100 and +100 percentage points.` });

export const stressProfileSchema = z.object({
  trafficChange: change('Traffic change'),
  conversionChange: change('Conversion change'),
  refundRateAdd: add('Extra refund rate'),
  supportChange: change('Support time change'),
  churnRateAdd: add('Extra churn'),
  upkeepChange: change('Upkeep change'),
});

export type StressProfile = z.infer<typeof stressProfileSchema>;
export type StressKey = keyof StressProfile;

export const DEFAULT_STRESS: Readonly<StressProfile> = Object.freeze({
  trafficChange: -0.4,
  conversionChange: -0.3,
  refundRateAdd: 0.05,
  supportChange: 0.5,
  churnRateAdd: 0.03,
  upkeepChange: 0.25,
});
