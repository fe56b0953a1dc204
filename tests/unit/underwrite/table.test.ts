import { describe, expect, it } from 'vitest';
import { applyStress } from '@/lib/underwrite/engine';
import { underwrite, unitMargin, type Assumptions, type MonthRow, type Scenario, type VerdictLevel, type WarningCode } from '@/lib/underwrite';
import { idea, ROBUST_ONE_TIME } from './support';

/*
 * Cases whose expected numbers were worked out by hand from the contract in
 * PRODUCT.md, before running the engine. Each comment shows the arithmetic.
 * Inputs not named are 0 (see idea()); the stress case uses DEFAULT_STRESS:
 * visitors ×0.6, conversion ×0.7, refunds +0.05, support ×1.5, churn +0.03,
 * upkeep ×1.25.
 */

type Numbers = Partial<Omit<Scenario, 'assumptions' | 'months'>>;

interface Case {
  name: string;
  input: Assumptions;
  base: Numbers;
  /** Rows checked field by field, by month number. */
  rows?: Record<number, Partial<MonthRow>>;
  stress?: Numbers;
  level: VerdictLevel;
  reasons?: string[];
  warnings: WarningCode[];
  messages?: Partial<Record<WarningCode, string>>;
}

const cases: Case[] = [
  {
    /*
     * visitors 1000, new = paying = 1000 × 2 % = 20, gross = 20 × $50 = 1000,
     * refunds 10 % = 100, fees 5 % × 1000 + 20 × 0.50 = 60, ads 100,
     * support 20 × 6 min = 2 h, operating 2 + 2 = 4 h,
     * cashFlow 1000 - 100 - 60 - 100 = 740, timeCost 4 × $30 = 120, profit 620.
     * upfront 400 + 20 h × 30 = 1000: cumulative -380, +240 → payback month 2;
     * net = -1000 + 12 × 620 = 6440; gross 12 000, cash 8 880, profit 7 440.
     * effective rate (8880 - 400) / (20 + 12 × 4) = 8480 / 68.
     * unit margin 50 × 0.85 - 0.5 - 0.1 h × 30 = 39; fixed costs
     * 1000 + 12 × (100 + 2 × 30) = 2920; break-even c = 2920 / (1000 × 12 × 39).
     * Stress: 600 visitors × 1.4 % = 8.4; gross 420, refunds 15 % = 63,
     * fees 21 + 4.2 = 25.2, cash 420 - 63 - 25.2 - 100 = 231.8;
     * support 8.4 × 9 min = 1.26 h + upkeep 2.5 = 3.76 h × 30 = 112.8;
     * profit 119/month: -1000 + 119 m >= 0 from m = 9; net -1000 + 1428 = 428.
     */
    name: 'one-time sale, robust',
    input: ROBUST_ONE_TIME,
    rows: {
      1: {
        month: 1,
        visitors: 1000,
        newCustomers: 20,
        payingCustomers: 20,
        gross: 1000,
        refunds: 100,
        fees: 60,
        adSpend: 100,
        supportHours: 2,
        operatingHours: 4,
        cashFlow: 740,
        timeCost: 120,
        profit: 620,
        cumulativeProfit: -380,
      },
      12: { month: 12, cumulativeProfit: 6440 },
    },
    base: {
      upfrontInvestment: 1000,
      totalGross: 12_000,
      totalCashFlow: 8_880,
      totalProfit: 7_440,
      netResult: 6_440,
      paybackMonth: 2,
      avgOperatingHoursPerMonth: 4,
      effectiveHourlyRate: 8480 / 68,
      breakEvenConversionRate: 2920 / 468_000,
    },
    stress: { netResult: 428, paybackMonth: 9 },
    level: 'robust',
    reasons: [
      'The base case pays back in month 2 and is $6,440 ahead after 12 months.',
      'The stress case pays back in month 9 and is $428 ahead after 12 months.',
    ],
    warnings: [],
  },
  {
    /*
     * 100 × 10 % = 10 new subscribers a month, half stay:
     * active 10, 10/2 + 10 = 15, 15/2 + 10 = 17.5; gross 100, 150, 175;
     * cumulative 100, 250, 425 → payback month 1, net 425. No fixed costs,
     * so break-even conversion is 0; no hours at all, so no hourly rate.
     * Stress: 60 × 7 % = 4.2 new, 47 % stay: 4.2, 6.174, 7.10178;
     * gross 42 + 61.74 + 71.0178 = 174.7578, less 5 % refunds = 166.01991.
     */
    name: 'subscription with 50 % churn',
    input: idea({ pricingModel: 'subscription', price: 10, monthlyVisitors: 100, conversionRate: 0.1, churnRate: 0.5, horizonMonths: 3 }),
    rows: {
      1: { newCustomers: 10, payingCustomers: 10, gross: 100, cumulativeProfit: 100 },
      2: { newCustomers: 10, payingCustomers: 15, gross: 150, cumulativeProfit: 250 },
      3: { newCustomers: 10, payingCustomers: 17.5, gross: 175, cumulativeProfit: 425 },
    },
    base: { netResult: 425, paybackMonth: 1, totalGross: 425, breakEvenConversionRate: 0, effectiveHourlyRate: null },
    stress: { netResult: 166.01991, paybackMonth: 1 },
    level: 'robust',
    warnings: ['OPTIMISTIC_CONVERSION'],
    messages: {
      OPTIMISTIC_CONVERSION:
        'You assume 10 % of visitors buy, above the 5 % this check treats as optimistic: prove it with real traffic and sales before relying on it.',
    },
  },
  {
    /*
     * No visitors: nothing sells, upkeep 1 h × $20 = 20 a month.
     * cumulative -500 - 20 m; net -500 - 6 × 20 = -620, never pays back.
     * Conversion cannot help without traffic: break-even null.
     * effective rate (0 - 500) / (0 + 6 × 1 h) = -83.33.
     */
    name: 'zero traffic',
    input: idea({ price: 20, conversionRate: 0.03, upfrontCash: 500, upkeepHoursPerMonth: 1, hourlyRate: 20, horizonMonths: 6 }),
    rows: { 6: { visitors: 0, payingCustomers: 0, timeCost: 20, profit: -20, cumulativeProfit: -620 } },
    base: { netResult: -620, paybackMonth: null, breakEvenConversionRate: null, effectiveHourlyRate: -500 / 6 },
    level: 'fail',
    reasons: [
      'The base case never pays back: after 6 months it is $620 short.',
      'No conversion rate up to 100 % makes the base case pay back within 6 months.',
    ],
    warnings: [],
  },
  {
    /*
     * 10 sales × $30 = 300 gross, all refunded; fees still 5 % × 300 = 15.
     * cashFlow -15 a month, net -180. Unit margin 30 × (1 - 1 - 0.05) = -1.50.
     * Nothing to recover at zero sales, so break-even conversion is 0.
     */
    name: '100 % refunds',
    input: idea({ price: 30, monthlyVisitors: 1000, conversionRate: 0.01, refundRate: 1, feeRate: 0.05, horizonMonths: 12 }),
    rows: { 1: { gross: 300, refunds: 300, fees: 15, cashFlow: -15, profit: -15 } },
    base: { netResult: -180, paybackMonth: null, breakEvenConversionRate: 0 },
    level: 'fail',
    reasons: [
      'The base case never pays back: after 12 months it is $180 short.',
      'The base case would only pay back by selling nothing: each customer costs more than they bring in.',
    ],
    warnings: ['NEGATIVE_UNIT_MARGIN'],
    messages: {
      NEGATIVE_UNIT_MARGIN:
        'Each sale costs $1.50 more than it brings in after refunds, fees and support time: more customers make the loss bigger, so fix the price or the costs before buying traffic.',
    },
  },
  {
    /*
     * One month. Base: 500 × 2 % = 10 sales × $100 = 1000, fees 100,
     * -500 + 900 = 400 → pays back in month 1.
     * Stress: 300 × 1.4 % = 4.2 × 100 = 420, refunds 21, fees 42:
     * -500 + 357 = -143, never. Fragile, and the downside is negative.
     * Stress break-even: 500 / (300 × 1 × 100 × (1 - 0.05 - 0.1)) = 500 / 25 500 = 1.96 %.
     */
    name: 'horizon 1, fragile',
    input: idea({ price: 100, monthlyVisitors: 500, conversionRate: 0.02, feeRate: 0.1, upfrontCash: 500, horizonMonths: 1 }),
    base: { netResult: 400, paybackMonth: 1, totalGross: 1000 },
    stress: { netResult: -143, paybackMonth: null, breakEvenConversionRate: 500 / 25_500 },
    level: 'fragile',
    reasons: [
      'The base case pays back in month 1 and is $400 ahead after 1 month.',
      'The stress case never pays back: after 1 month it is $143 short.',
      'The stress case would need a conversion rate of 1.96 % to pay back within 1 month; it assumes 1.4 %.',
    ],
    warnings: ['DOWNSIDE_NEGATIVE'],
    messages: {
      DOWNSIDE_NEGATIVE:
        'The base case ends $400 ahead, but the stress case ends $143 short after 1 month: a strong upside does not make the downside acceptable.',
    },
  },
  {
    /*
     * 120 months, traffic +1 %/month: gross(m) = 100 × 10 % × $10 × 1.01^(m-1),
     * a geometric series: total = 100 × (1.01^120 - 1) / 0.01 ≈ 23 003.87;
     * net ≈ 22 003.87. Payback when 10 000 × (1.01^m - 1) >= 1000, i.e.
     * 1.01^m >= 1.1: m = 10 (1.01^9 ≈ 1.0937, 1.01^10 ≈ 1.1046).
     * Stress: 39.9 × 1.01^(m-1) a month after refunds; 3990 × (1.01^m - 1)
     * >= 1000 first at m = 23 (1.01^22 ≈ 1.2447, 1.01^23 ≈ 1.2572).
     */
    name: 'horizon 120 with growth',
    input: idea({ price: 10, monthlyVisitors: 100, conversionRate: 0.1, visitorGrowthRate: 0.01, upfrontCash: 1000, horizonMonths: 120 }),
    rows: { 120: { visitors: 100 * 1.01 ** 119 } },
    base: { totalGross: 100 * (1.01 ** 120 - 1) / 0.01, netResult: 100 * (1.01 ** 120 - 1) / 0.01 - 1000, paybackMonth: 10 },
    stress: { netResult: 39.9 * (1.01 ** 120 - 1) / 0.01 - 1000, paybackMonth: 23 },
    level: 'robust',
    warnings: ['OPTIMISTIC_CONVERSION'],
  },
  {
    /*
     * Churn 100 %: every subscriber leaves after one month, so active(m) =
     * new(m) = 1000 × 1 % = 10, like one-time sales: gross 200, net 12 × 200.
     */
    name: 'subscription with churn 1',
    input: idea({ pricingModel: 'subscription', price: 20, monthlyVisitors: 1000, conversionRate: 0.01, churnRate: 1, horizonMonths: 12 }),
    rows: { 12: { payingCustomers: 10, gross: 200 } },
    base: { netResult: 2400, paybackMonth: 1 },
    level: 'robust',
    warnings: [],
  },
  {
    /*
     * Traffic halves each month: 40, 20, 10, 5 visitors × 25 % = 10, 5, 2.5,
     * 1.25 sales × $100; cumulative -1500 + 1000 = -500, 0, 250, 375.
     * Month 2 ends at exactly 0, which counts as paid back (>= 0).
     * Stress: 24 × 17.5 % = 4.2, 2.1, 1.05, 0.525 sales: gross 787.5,
     * 95 % kept = 748.125, net -751.875. Break-even under stress:
     * 1500 / (24 × (1 + 0.5 + 0.25 + 0.125) × 95) = 1500 / 4275.
     */
    name: 'negative growth, payback at exactly 0',
    input: idea({ price: 100, monthlyVisitors: 40, visitorGrowthRate: -0.5, conversionRate: 0.25, upfrontCash: 1500, horizonMonths: 4 }),
    rows: {
      2: { visitors: 20, payingCustomers: 5, cumulativeProfit: 0 },
      4: { visitors: 5, payingCustomers: 1.25, cumulativeProfit: 375 },
    },
    base: { netResult: 375, paybackMonth: 2 },
    stress: { netResult: -751.875, paybackMonth: null, breakEvenConversionRate: 1500 / 4275 },
    level: 'fragile',
    reasons: [
      'The base case pays back in month 2 and is $375 ahead after 4 months.',
      'The stress case never pays back: after 4 months it is $752 short.',
      'The stress case would need a conversion rate of 35.09 % to pay back within 4 months; it assumes 17.5 %.',
    ],
    warnings: ['DOWNSIDE_NEGATIVE', 'OPTIMISTIC_CONVERSION'],
  },
  {
    /*
     * No upfront cost: 200 × 5 % = 10 sales × $10 = 100, ads 5 → 95 a month,
     * net 285, payback month 1. Break-even: 3 × 5 / (200 × 3 × 10) = 0.25 %.
     * Exactly 5 % conversion is not above the 5 % threshold: no warning.
     * No hours at all: no effective hourly rate.
     */
    name: 'no upfront cost, conversion at the 5 % threshold',
    input: idea({ price: 10, monthlyVisitors: 200, conversionRate: 0.05, adSpendPerMonth: 5, horizonMonths: 3 }),
    base: { upfrontInvestment: 0, netResult: 285, paybackMonth: 1, breakEvenConversionRate: 0.0025, effectiveHourlyRate: null },
    level: 'robust',
    warnings: [],
  },
  {
    /*
     * $10 sale, 30 min of support at $40/h = $20: unit margin -10.
     * 100 × 5 % = 5 sales: gross 50, support 2.5 h × 40 = 100, profit -50.
     * upfront 1 h × 40 = 40: cumulative -90, -140. More conversion only
     * loses more, so no break-even. Rate (100 - 0) / (1 + 2 × 2.5) = 16.67.
     */
    name: 'negative unit margin with fixed costs',
    input: idea({ price: 10, monthlyVisitors: 100, conversionRate: 0.05, supportMinutesPerCustomer: 30, hourlyRate: 40, upfrontHours: 1, horizonMonths: 2 }),
    rows: { 1: { supportHours: 2.5, timeCost: 100, cashFlow: 50, profit: -50, cumulativeProfit: -90 } },
    base: { netResult: -140, paybackMonth: null, breakEvenConversionRate: null, effectiveHourlyRate: 100 / 6 },
    level: 'fail',
    reasons: [
      'The base case never pays back: after 2 months it is $140 short.',
      'No conversion rate up to 100 % makes the base case pay back within 2 months.',
    ],
    warnings: ['NEGATIVE_UNIT_MARGIN'],
  },
  {
    /*
     * 20 new subscribers a month, none leave: 20, 40, 60 active, an hour of
     * support each: 20, 40, 60 h + 10 h upkeep = 30, 50, 70 → 50 h/month.
     * gross 600 + 1200 + 1800 = 3600; rate 3600 / (0 + 150) = 24.
     */
    name: 'high operating load',
    input: idea({
      pricingModel: 'subscription',
      price: 30,
      monthlyVisitors: 1000,
      conversionRate: 0.02,
      supportMinutesPerCustomer: 60,
      upkeepHoursPerMonth: 10,
      horizonMonths: 3,
    }),
    rows: { 3: { payingCustomers: 60, supportHours: 60, operatingHours: 70 } },
    base: { netResult: 3600, avgOperatingHoursPerMonth: 50, effectiveHourlyRate: 24 },
    level: 'robust',
    warnings: ['HIGH_OPERATING_LOAD'],
    messages: {
      HIGH_OPERATING_LOAD:
        'Support and upkeep take 50 hours a month on average, more than 40 hours: this is a part-time job, not passive income.',
    },
  },
  {
    /*
     * Subscription at $5: 5 × 0.9 - $1 fixed fee - 6 min × $50/h = 4.5 - 1 - 5
     * = -1.50 per subscriber per month. 2 new a month, half stay: 2, 3 active;
     * profit 2 × -1.5 = -3, 3 × -1.5 = -4.5; net -7.5.
     */
    name: 'subscription with negative unit margin',
    input: idea({
      pricingModel: 'subscription',
      price: 5,
      feeRate: 0.1,
      feePerTransaction: 1,
      supportMinutesPerCustomer: 6,
      hourlyRate: 50,
      monthlyVisitors: 100,
      conversionRate: 0.02,
      churnRate: 0.5,
      horizonMonths: 2,
    }),
    rows: { 2: { payingCustomers: 3, gross: 15, fees: 4.5, timeCost: 15, profit: -4.5 } },
    base: { netResult: -7.5, paybackMonth: null, breakEvenConversionRate: 0 },
    level: 'fail',
    warnings: ['NEGATIVE_UNIT_MARGIN'],
    messages: {
      NEGATIVE_UNIT_MARGIN:
        'Each subscriber costs $1.50 a month more than they bring in after refunds, fees and support time: more customers make the loss bigger, so fix the price or the costs before buying traffic.',
    },
  },
  {
    /*
     * Traffic halves and ads cost 400 a month: cash 1000 - 400 = 600, 100,
     * -150, -275, -337.5, -368.75; cumulative 600, 700, 550, 275, -62.5,
     * -431.25. Pays back in month 1 yet ends behind.
     * Stress: 24 × 17.5 % = 4.2 sales, halving: 4.2 × (1 + ½ + … + 1/32) =
     * 4.2 × 1.96875 = 8.26875 sales × $100 × 95 % kept = 785.53; minus
     * 6 × 400 ads = -1614.47. Month 1 is 399 - 400 = -1 and never recovers.
     * Break-even: 2400 / (24 × 1.96875 × 95) = 2400 / 4488.75 = 53.47 %.
     */
    name: 'pays back, then falls behind',
    input: idea({ price: 100, monthlyVisitors: 40, visitorGrowthRate: -0.5, conversionRate: 0.25, adSpendPerMonth: 400, horizonMonths: 6 }),
    base: { netResult: -431.25, paybackMonth: 1 },
    stress: { netResult: 785.53125 - 2400, paybackMonth: null, breakEvenConversionRate: 2400 / 4488.75 },
    level: 'fragile',
    reasons: [
      'The base case pays back in month 1 but is $431 behind after 6 months.',
      'The stress case never pays back: after 6 months it is $1,614 short.',
      'The stress case would need a conversion rate of 53.47 % to pay back within 6 months; it assumes 17.5 %.',
    ],
    warnings: ['OPTIMISTIC_CONVERSION'],
  },
  {
    /* Nothing in, nothing out: every month ends at exactly 0, which is "paid back". */
    name: 'all zero',
    input: idea(),
    base: { netResult: 0, paybackMonth: 1, breakEvenConversionRate: 0, effectiveHourlyRate: null, avgOperatingHoursPerMonth: 0 },
    stress: { netResult: 0, paybackMonth: 1 },
    level: 'robust',
    warnings: [],
  },
];

function expectNumbers(actual: Scenario, expected: Numbers) {
  for (const [key, value] of Object.entries(expected)) {
    const got = actual[key as keyof Numbers];
    if (value === null || got === null) expect(got, key).toBe(value);
    else expect(got, key).toBeCloseTo(value as number, 6);
  }
}

describe('underwrite: hand-worked cases', () => {
  it.each(cases)('$name', (c) => {
    const result = underwrite(c.input);
    expectNumbers(result.base, c.base);
    if (c.stress) expectNumbers(result.stress, c.stress);
    for (const [month, row] of Object.entries(c.rows ?? {})) {
      const actual = result.base.months[Number(month) - 1];
      for (const [key, value] of Object.entries(row)) expect(actual?.[key as keyof MonthRow], `month ${month} ${key}`).toBeCloseTo(value, 6);
    }
    expect(result.base.months).toHaveLength(c.input.horizonMonths);
    expect(result.verdict.level).toBe(c.level);
    if (c.reasons) expect(result.verdict.reasons).toEqual(c.reasons);
    expect(result.warnings.map((w) => w.code)).toEqual(c.warnings);
    for (const [code, message] of Object.entries(c.messages ?? {})) {
      expect(result.warnings.find((w) => w.code === code)?.message).toBe(message);
    }
  });

  it('covers every verdict level and every warning code', () => {
    expect(new Set(cases.map((c) => c.level))).toEqual(new Set(['fail', 'fragile', 'robust']));
    expect(new Set(cases.flatMap((c) => c.warnings))).toEqual(
      new Set(['DOWNSIDE_NEGATIVE', 'OPTIMISTIC_CONVERSION', 'HIGH_OPERATING_LOAD', 'NEGATIVE_UNIT_MARGIN']),
    );
  });

  it('treats subscription with churn 1 exactly like one-time sales', () => {
    const subscription = idea({ pricingModel: 'subscription', price: 20, monthlyVisitors: 1000, visitorGrowthRate: 0.1, conversionRate: 0.01, churnRate: 1 });
    const oneTime = { ...subscription, pricingModel: 'one_time' as const };
    expect(underwrite(subscription).base.months).toEqual(underwrite(oneTime).base.months);
  });

  it('ignores churn for one-time sales', () => {
    const a = idea({ price: 20, monthlyVisitors: 1000, conversionRate: 0.01 });
    const base = underwrite(a).base;
    const withChurn = underwrite({ ...a, churnRate: 0.9 }).base;
    expect({ ...withChurn, assumptions: base.assumptions }).toEqual(base);
  });

  it('unitMargin is the NEGATIVE_UNIT_MARGIN formula', () => {
    // 50 × (1 - 0.1 - 0.05) - 0.5 - 6 / 60 × 30 = 42.5 - 0.5 - 3 = 39
    expect(unitMargin(cases[0]!.input)).toBeCloseTo(39, 10);
    // 30 × (1 - 1 - 0.05) = -1.5
    expect(unitMargin(cases[3]!.input)).toBeCloseTo(-1.5, 10);
  });

  it('reports the stressed assumptions on the stress scenario', () => {
    const a = idea({ monthlyVisitors: 1000, conversionRate: 0.02, refundRate: 0.97, supportMinutesPerCustomer: 10, churnRate: 0.99, upkeepHoursPerMonth: 8 });
    const { stress } = underwrite(a);
    expect(stress.assumptions).toEqual({
      ...a,
      monthlyVisitors: 600,
      conversionRate: 0.02 * 0.7,
      refundRate: 1, // 0.97 + 0.05, capped
      supportMinutesPerCustomer: 15,
      churnRate: 1, // 0.99 + 0.03, capped
      upkeepHoursPerMonth: 10,
    });
  });

  it('keeps stressed rates within 0..100 % under a custom profile', () => {
    const a = idea({ conversionRate: 0.8, refundRate: 0.05, churnRate: 0.02 });
    const harsh = { trafficChange: 5, conversionChange: 0.5, refundRateAdd: -0.1, supportChange: 0, churnRateAdd: -0.05, upkeepChange: 0 };
    expect(applyStress(a, harsh)).toMatchObject({ conversionRate: 1, refundRate: 0, churnRate: 0 });
  });
});
