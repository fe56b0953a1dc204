import { describe, expect, it } from 'vitest';
import { underwrite, unitMargin, WARNING_CODES, type Assumptions, type MonthRow, type Scenario, type StressProfileInput, type VerdictLevel, type WarningCode } from '@/lib/underwrite';
import { applyStress } from '@/lib/underwrite/engine';
import { idea, ROBUST_ONE_TIME } from './support';

/*
 * Cases whose expected numbers were worked out by hand from contract v2 in
 * PRODUCT.md, before running the engine. Each comment shows the arithmetic.
 * Inputs not named are 0 (see idea()); the stress case uses DEFAULT_STRESS
 * unless a case gives its own profile: price ×1, visitors ×0.6, growth
 * -2 points, conversion ×0.7, refunds +0.05, support ×1.5, churn +0.03,
 * upkeep ×1.25, build hours ×1.5.
 */

type Numbers = Partial<Omit<Scenario, 'assumptions' | 'months'>>;

interface Case {
  name: string;
  input: Assumptions;
  profile?: StressProfileInput;
  base: Numbers;
  /** Rows checked field by field, by month number. */
  rows?: Record<number, Partial<MonthRow>>;
  stress?: Numbers;
  level: VerdictLevel;
  /** The verdict's sentences, all of them or the first few. */
  reasons?: string[];
  warnings: WarningCode[];
  messages?: Partial<Record<WarningCode, string>>;
}

/** Σ of r^(m-1) for m = 1..n: a month-1 figure that grows (or fades) by r - 1 a month. */
const series = (r: number, n: number) => (1 - r ** n) / (1 - r);

const cases: Case[] = [
  {
    /*
     * visitors 1000, new = paying = 1000 × 2 % = 20, gross = 20 × $50 = 1000,
     * refunds 10 % = 100, fees 5 % × 1000 + 20 × 0.50 = 60, ads 100,
     * support 20 × 6 min = 2 h, operating 2 + 2 = 4 h,
     * cashFlow 1000 - 100 - 60 - 100 = 740, timeCost 4 × $30 = 120, profit 620.
     * upfront 400 + 20 h × 30 = 1000: cumulative -380, +240 → payback month 2;
     * cumulativeCash -400 + 740 = 340 → cash payback month 1, at risk 400.
     * net = -1000 + 12 × 620 = 6440; cash net 8880 - 400 = 8480;
     * time (20 + 48 h) × 30 = 2040; rate 8480 / 68.
     * unit margin 50 × 0.85 - 0.5 - 0.1 h × 30 = 39; fixed costs
     * 1000 + 12 × (100 + 2 × 30) = 2920; break-even c = 2920 / (1000 × 12 × 39).
     * Stress without the growth and build levers (profile): 600 × 1.4 % = 8.4
     * sales; gross 420, refunds 63, fees 21 + 4.2, cash 231.8; support
     * 1.26 h + upkeep 2.5 h = 3.76 h × 30 = 112.8; profit 119 a month:
     * -1000 + 119 m >= 0 from m = 9; net 428.
     */
    name: 'one-time sale, robust',
    input: ROBUST_ONE_TIME,
    profile: { growthRateAdd: 0, buildOverrun: 0 },
    rows: {
      1: {
        month: 1,
        visitors: 1000,
        newCustomers: 20,
        payingCustomers: 20,
        productRevenue: 1000,
        serviceBuyers: 0,
        serviceRevenue: 0,
        gross: 1000,
        refunds: 100,
        fees: 60,
        adSpend: 100,
        supportHours: 2,
        serviceHours: 0,
        operatingHours: 4,
        cashFlow: 740,
        timeCost: 120,
        profit: 620,
        cumulativeProfit: -380,
        cumulativeCash: 340,
      },
      12: { month: 12, cumulativeProfit: 6440, cumulativeCash: 8480 },
    },
    base: {
      upfrontInvestment: 1000,
      totalGross: 12_000,
      totalServiceRevenue: 0,
      totalCashFlow: 8_880,
      totalProfit: 7_440,
      netResult: 6_440,
      cashNetResult: 8_480,
      totalTimeCost: 2_040,
      paybackMonth: 2,
      cashPaybackMonth: 1,
      avgOperatingHoursPerMonth: 4,
      peakOperatingHours: 4,
      maxCashAtRisk: 400,
      effectiveHourlyRate: 8480 / 68,
      breakEvenConversionRate: 2920 / 468_000,
    },
    stress: { netResult: 428, paybackMonth: 9, upfrontInvestment: 1000 },
    level: 'robust',
    reasons: [
      'The base case is in the black for good from month 2 and ends $6,440 ahead after 12 months.',
      'The stress case is in the black for good from month 9 and ends $428 ahead after 12 months.',
    ],
    warnings: [],
  },
  {
    /*
     * The same idea under the default profile: 8.4 sales in month 1, fading
     * 2 % a month (S = Σ 0.98^(m-1) over 12 months); each leaves
     * 50 × 0.8 - 0.5 - 9 min × $30/h = 35. Fixed: 400 + 30 h × 30 = 1300 up
     * front, ads 100 + upkeep 2.5 h × 30 = 175 a month: 1300 + 2100 = 3400.
     * net = 294 S - 3400 ≈ -235: fragile. Cash: 8.4 S × 39.5 less 1200 ads,
     * less 400 = 1971.55 >= 0, so the founder's time is what sinks it.
     * Closest lever: price p with 8.4 S × (0.8 p - 5) = 3400, p ≈ $53.25
     * (+6.5 %), nearer than conversion or traffic (+7.4 % each).
     */
    name: 'one-time sale under the default stress: fragile, and the reasons name price',
    input: ROBUST_ONE_TIME,
    base: { netResult: 6_440 },
    stress: {
      upfrontInvestment: 1300,
      netResult: 294 * series(0.98, 12) - 3400,
      cashNetResult: 8.4 * series(0.98, 12) * 39.5 - 1200 - 400,
      paybackMonth: null,
      breakEvenConversionRate: (0.014 * 3400) / (294 * series(0.98, 12)),
    },
    level: 'fragile',
    reasons: [
      'The base case is in the black for good from month 2 and ends $6,440 ahead after 12 months.',
      'The stress case never pays back: after 12 months it is $235 short.',
      'In money the stress case earns $1,972, but it takes 73.6 hours of your time, worth $2,207 at $30.00 an hour: your hours, not the sales, are what sink it.',
      'The closest lever: the stress case breaks even within 12 months with a price of $53.25 instead of $50.00 (+6.5 %).',
    ],
    warnings: ['DOWNSIDE_NEGATIVE'],
  },
  {
    /*
     * 100 × 10 % = 10 new subscribers a month, half stay:
     * active 10, 10/2 + 10 = 15, 15/2 + 10 = 17.5; gross 100, 150, 175;
     * cumulative 100, 250, 425 → payback month 1, net 425. No fixed costs,
     * so break-even conversion is 0; no hours at all, so no hourly rate.
     * Stress: 60 visitors × 0.98^(m-1) × 7 % = 4.2, 4.116, 4.03368 new, 47 %
     * stay: 4.2, 6.09, 6.8960 active; gross 42 + 60.9 + 68.9598 = 171.8598,
     * less 5 % refunds = 163.26681.
     */
    name: 'subscription with 50 % churn',
    input: idea({ pricingModel: 'subscription', price: 10, monthlyVisitors: 100, conversionRate: 0.1, churnRate: 0.5, horizonMonths: 3 }),
    rows: {
      1: { newCustomers: 10, payingCustomers: 10, gross: 100, cumulativeProfit: 100 },
      2: { newCustomers: 10, payingCustomers: 15, gross: 150, cumulativeProfit: 250 },
      3: { newCustomers: 10, payingCustomers: 17.5, gross: 175, cumulativeProfit: 425 },
    },
    base: { netResult: 425, paybackMonth: 1, totalGross: 425, breakEvenConversionRate: 0, effectiveHourlyRate: null },
    stress: { netResult: 171.8598 * 0.95, paybackMonth: 1 },
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
     * cumulative -500 - 20 m; net -500 - 6 × 20 = -620: it sells nothing, so Fail.
     * Cash: -500 every month, at risk 500, never back. Rate (0 - 500) / 6 h.
     */
    name: 'an idea that sells nothing (no traffic)',
    input: idea({ price: 20, conversionRate: 0.03, upfrontCash: 500, upkeepHoursPerMonth: 1, hourlyRate: 20, horizonMonths: 6 }),
    rows: { 6: { visitors: 0, payingCustomers: 0, timeCost: 20, profit: -20, cumulativeProfit: -620, cumulativeCash: -500 } },
    base: { netResult: -620, paybackMonth: null, cashPaybackMonth: null, maxCashAtRisk: 500, breakEvenConversionRate: null, effectiveHourlyRate: -500 / 6 },
    level: 'fail',
    reasons: [
      'The base case sells nothing: it has no visitors. An idea that brings in no money cannot pay back.',
      'After 6 months it is $620 short: what it costs is never earned back.',
    ],
    warnings: [],
  },
  {
    /* Nothing in, nothing out: it ends at exactly 0 ("paid back") but sells nothing, so Fail. */
    name: 'all zero',
    input: idea(),
    base: { netResult: 0, paybackMonth: 1, cashPaybackMonth: 1, maxCashAtRisk: 0, breakEvenConversionRate: 0, effectiveHourlyRate: null, avgOperatingHoursPerMonth: 0 },
    stress: { netResult: 0, paybackMonth: 1 },
    level: 'fail',
    reasons: ['The base case sells nothing: it has no visitors. An idea that brings in no money cannot pay back.'],
    warnings: [],
  },
  {
    /*
     * 10 sales × $30 = 300 gross, all refunded; fees still 5 % × 300 = 15.
     * cashFlow -15 a month, net -180. Unit margin 30 × (1 - 1 - 0.05) = -1.50.
     * Nothing to recover at zero sales, so break-even conversion is 0, and no
     * price helps (nothing is kept of it).
     */
    name: '100 % refunds',
    input: idea({ price: 30, monthlyVisitors: 1000, conversionRate: 0.01, refundRate: 1, feeRate: 0.05, horizonMonths: 12 }),
    rows: { 1: { gross: 300, refunds: 300, fees: 15, cashFlow: -15, profit: -15 } },
    base: { netResult: -180, paybackMonth: null, breakEvenConversionRate: 0, maxCashAtRisk: 180 },
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
      'The base case is in the black for good from the first month and ends $400 ahead after 1 month.',
      'The stress case never pays back: after 1 month it is $143 short.',
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
     * total = 100 × (1.01^120 - 1) / 0.01 ≈ 23 003.87; net ≈ 22 003.87.
     * Payback when 10 000 × (1.01^m - 1) >= 1000: m = 10.
     * Stress: growth -1 %, 4.2 sales × $10 × 95 % = 39.9 × 0.99^(m-1):
     * net 39.9 × (1 - 0.99^120) / 0.01 - 1000 ≈ 1795; 3990 × (1 - 0.99^m)
     * >= 1000 first at m = 29 (0.99^28 ≈ 0.7547, 0.99^29 ≈ 0.7472).
     */
    name: 'horizon 120 with growth',
    input: idea({ price: 10, monthlyVisitors: 100, conversionRate: 0.1, visitorGrowthRate: 0.01, upfrontCash: 1000, horizonMonths: 120 }),
    rows: { 120: { visitors: 100 * 1.01 ** 119 } },
    base: { totalGross: 100 * series(1.01, 120), netResult: 100 * series(1.01, 120) - 1000, paybackMonth: 10, cashPaybackMonth: 10 },
    stress: { netResult: 39.9 * series(0.99, 120) - 1000, paybackMonth: 29 },
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
     * Month 2 ends at exactly 0, which counts (>= 0), and it stays there.
     * Stress: growth -52 %: 4.2 × (1 + .48 + .2304 + .110592) = 7.6481664
     * sales × $95 kept = 726.575808, net -773.424192.
     * Break-even under stress: 1500 / (24 × 1.820992 × 95).
     */
    name: 'negative growth, payback at exactly 0',
    input: idea({ price: 100, monthlyVisitors: 40, visitorGrowthRate: -0.5, conversionRate: 0.25, upfrontCash: 1500, horizonMonths: 4 }),
    rows: {
      2: { visitors: 20, payingCustomers: 5, cumulativeProfit: 0 },
      4: { visitors: 5, payingCustomers: 1.25, cumulativeProfit: 375 },
    },
    base: { netResult: 375, paybackMonth: 2 },
    stress: { netResult: 726.575808 - 1500, paybackMonth: null, breakEvenConversionRate: 1500 / (24 * 1.820992 * 95) },
    level: 'fragile',
    reasons: [
      'The base case is in the black for good from month 2 and ends $375 ahead after 4 months.',
      'The stress case never pays back: after 4 months it is $773 short.',
    ],
    warnings: ['DOWNSIDE_NEGATIVE', 'OPTIMISTIC_CONVERSION'],
  },
  {
    /*
     * Traffic halves and ads cost 400 a month: cash 1000 - 400 = 600, 100,
     * -150, -275, -337.5, -368.75; cumulative 600, 700, 550, 275, -62.5,
     * -431.25. Ahead from month 1, behind at the end: that is no payback,
     * and with the base case behind it is Fail (v1 called it paid back).
     * The deepest the cash goes is the end: 431.25 at risk.
     */
    name: 'ahead early, behind at the end',
    input: idea({ price: 100, monthlyVisitors: 40, visitorGrowthRate: -0.5, conversionRate: 0.25, adSpendPerMonth: 400, horizonMonths: 6 }),
    rows: { 1: { cumulativeProfit: 600, cumulativeCash: 600 }, 6: { cumulativeProfit: -431.25 } },
    base: { netResult: -431.25, paybackMonth: null, cashPaybackMonth: null, maxCashAtRisk: 431.25 },
    level: 'fail',
    reasons: ['The base case is ahead in month 1 but falls behind again and ends $431 short after 6 months.'],
    warnings: ['OPTIMISTIC_CONVERSION'],
  },
  {
    /*
     * The fading launch of issue #7: 10 000 visitors falling 50 % a month,
     * 2 % buy a $29 template: 200 sales in month 1, 400 × (1 - 0.5^24) in
     * all: gross 11 600 × (1 - 0.5^24). 20 h of upkeep at $50 = 1000 a month,
     * 24 000 over 24 months. Month 1: 5800 - 1000 = 4800 ahead; the end:
     * 11 600 - 24 000 ≈ -12 400. Fail, and it is the hours that sink it.
     */
    name: 'a launch spike that fades is Fail',
    input: idea({ price: 29, monthlyVisitors: 10_000, visitorGrowthRate: -0.5, conversionRate: 0.02, upkeepHoursPerMonth: 20, hourlyRate: 50, horizonMonths: 24 }),
    rows: { 1: { gross: 5800, cumulativeProfit: 4800 } },
    base: {
      totalGross: 11_600 * (1 - 0.5 ** 24),
      netResult: 11_600 * (1 - 0.5 ** 24) - 24_000,
      cashNetResult: 11_600 * (1 - 0.5 ** 24),
      totalTimeCost: 24_000,
      paybackMonth: null,
      cashPaybackMonth: 1,
    },
    stress: { paybackMonth: null },
    level: 'fail',
    reasons: [
      'The base case is ahead in month 1 but falls behind again and ends $12,400 short after 24 months.',
      'In money it earns $11,600, but it takes 480 hours of your time, worth $24,000 at $50.00 an hour: your hours, not the sales, are what sink it.',
    ],
    warnings: ['TIME_COST_EXCEEDS_CASH'],
    messages: {
      TIME_COST_EXCEEDS_CASH:
        'In money it earns $11,600, but your hours are worth $24,000 at $50.00 an hour: priced honestly, your time is what loses money.',
    },
  },
  {
    /*
     * Cash positive, time negative: 1000 × 1 % = 10 sales of $10 a month:
     * 1200 in money over 12 months. Support 10 × 6 min = 1 h + upkeep 10 h =
     * 11 h × $20 = 220 a month: 2640. net 1200 - 2640 = -1440.
     * Levers: conversion or traffic would need 2.5 × as many sales (each
     * leaves 10 - 2 = 8: 8 × 10 k × 12 = 2400 → k = 2.5, +150 %); price p
     * with 120 × (p - 2) = 2400 needs $22 (+120 %): price is closest.
     */
    name: 'cash positive but time negative',
    input: idea({ price: 10, monthlyVisitors: 1000, conversionRate: 0.01, supportMinutesPerCustomer: 6, upkeepHoursPerMonth: 10, hourlyRate: 20, horizonMonths: 12 }),
    base: { netResult: -1440, cashNetResult: 1200, totalTimeCost: 2640, paybackMonth: null, cashPaybackMonth: 1, effectiveHourlyRate: 1200 / 132 },
    level: 'fail',
    reasons: [
      'The base case never pays back: after 12 months it is $1,440 short.',
      'In money it earns $1,200, but it takes 132 hours of your time, worth $2,640 at $20.00 an hour: your hours, not the sales, are what sink it.',
      'The closest lever: the base case breaks even within 12 months with a price of $22.00 instead of $10.00 (+120 %).',
    ],
    warnings: ['TIME_COST_EXCEEDS_CASH'],
  },
  {
    /*
     * $10 sale, 30 min of support at $40/h = $20: unit margin -10.
     * 100 × 5 % = 5 sales: gross 50, support 2.5 h × 40 = 100, profit -50.
     * upfront 1 h × 40 = 40: cumulative -90, -140. More conversion only
     * loses more; a price of p with 10 × (p - 20) = 40 needs $24 (+140 %).
     * Rate (100 - 0) / (1 + 2 × 2.5) = 16.67.
     */
    name: 'negative unit margin with fixed costs',
    input: idea({ price: 10, monthlyVisitors: 100, conversionRate: 0.05, supportMinutesPerCustomer: 30, hourlyRate: 40, upfrontHours: 1, horizonMonths: 2 }),
    rows: { 1: { supportHours: 2.5, timeCost: 100, cashFlow: 50, profit: -50, cumulativeProfit: -90 } },
    base: { netResult: -140, paybackMonth: null, breakEvenConversionRate: null, effectiveHourlyRate: 100 / 6 },
    level: 'fail',
    reasons: [
      'The base case never pays back: after 2 months it is $140 short.',
      'In money it earns $100, but it takes 6 hours of your time, worth $240 at $40.00 an hour: your hours, not the sales, are what sink it.',
      'The closest lever: the base case breaks even within 2 months with a price of $24.00 instead of $10.00 (+140 %).',
    ],
    warnings: ['NEGATIVE_UNIT_MARGIN', 'TIME_COST_EXCEEDS_CASH'],
  },
  {
    /*
     * 20 new subscribers a month, none leave: 20, 40, 60 active, an hour of
     * support each: 20, 40, 60 h + 10 h upkeep = 30, 50, 70 → 50 h/month,
     * peak 70 h, over the default 40 h a month. The hours are unpriced ($0).
     * gross 600 + 1200 + 1800 = 3600; rate 3600 / (0 + 150) = 24.
     */
    name: 'high operating load, over capacity, unpriced time',
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
    base: { netResult: 3600, avgOperatingHoursPerMonth: 50, peakOperatingHours: 70, effectiveHourlyRate: 24, totalTimeCost: 0 },
    level: 'robust',
    warnings: ['HIGH_OPERATING_LOAD', 'OVER_CAPACITY', 'UNPRICED_TIME'],
    messages: {
      HIGH_OPERATING_LOAD:
        'Support, upkeep and service take 50 hours a month on average, more than 40 hours: this is a part-time job, not passive income.',
      OVER_CAPACITY:
        'In month 3 it needs 70 hours of your time, more than the 40 hours a month you can give it: plan help, cap the service, or expect it to slip.',
      UNPRICED_TIME:
        'Your hourly rate is $0, so the hours this idea takes cost nothing in these numbers. Your hours are a cost: price them at what you could earn elsewhere.',
    },
  },
  {
    /*
     * Only build hours, unpriced: 40 h up front and 2 h of upkeep at $0.
     * 500 × 2 % = 10 sales × $20 = 200 a month: net 2400, all cash.
     */
    name: 'an hourly rate of 0 is warned',
    input: idea({ price: 20, monthlyVisitors: 500, conversionRate: 0.02, upkeepHoursPerMonth: 2, upfrontHours: 40, horizonMonths: 12 }),
    base: { netResult: 2400, upfrontInvestment: 0, totalTimeCost: 0, effectiveHourlyRate: 2400 / 64 },
    level: 'robust',
    warnings: ['UNPRICED_TIME'],
  },
  {
    /*
     * A hybrid course plus coaching (seed 002): 2000 × 1.5 % = 30 sales of a
     * $200 course = 6000; 10 % of buyers = 3 take a $1000 coaching package
     * = 3000, 5 h each = 15 h. gross 9000, refunds 5 % 450, fees 5 % 450:
     * cash 8100 a month. Hours 15 + 8 upkeep = 23 h × $50 = 1150: profit
     * 6950. upfront 500 + 100 h × 50 = 5500: -5500 + 6950 > 0 in month 1.
     * net 12 × 6950 - 5500 = 77 900; cash 97 200 - 500 = 96 700;
     * time (100 + 276) × 50 = 18 800. Service share 36 000 / 108 000 = 1/3.
     * Peak 23 h > the 20 h the founder can give.
     */
    name: 'a hybrid course plus coaching',
    input: idea({
      price: 200,
      monthlyVisitors: 2000,
      conversionRate: 0.015,
      refundRate: 0.05,
      feeRate: 0.05,
      upkeepHoursPerMonth: 8,
      hourlyRate: 50,
      upfrontHours: 100,
      upfrontCash: 500,
      servicePackageRate: 0.1,
      servicePackagePrice: 1000,
      servicePackageHours: 5,
      availableHoursPerMonth: 20,
      horizonMonths: 12,
    }),
    rows: {
      1: {
        newCustomers: 30,
        productRevenue: 6000,
        serviceBuyers: 3,
        serviceRevenue: 3000,
        gross: 9000,
        refunds: 450,
        fees: 450,
        serviceHours: 15,
        operatingHours: 23,
        cashFlow: 8100,
        timeCost: 1150,
        profit: 6950,
        cumulativeProfit: 1450,
        cumulativeCash: 7600,
      },
    },
    base: {
      upfrontInvestment: 5500,
      totalGross: 108_000,
      totalServiceRevenue: 36_000,
      netResult: 77_900,
      cashNetResult: 96_700,
      totalTimeCost: 18_800,
      paybackMonth: 1,
      peakOperatingHours: 23,
      maxCashAtRisk: 500,
      effectiveHourlyRate: 96_700 / 376,
    },
    stress: { upfrontInvestment: 500 + 150 * 50, paybackMonth: 4 },
    level: 'robust',
    warnings: ['OVER_CAPACITY'],
    messages: {
      OVER_CAPACITY:
        'In month 1 it needs 23 hours of your time, more than the 20 hours a month you can give it: plan help, cap the service, or expect it to slip.',
    },
  },
  {
    /*
     * A $20 product whose buyers mostly buy the service: 20 sales = 400 a
     * month, 20 % of them = 4 packages × $2000 = 8000 a month, 10 h each.
     * Service share 48 000 / 50 400 = 95 %. Hours exactly 40 a month: not
     * above 40, so no HIGH_OPERATING_LOAD; within the 100 h available.
     */
    name: 'a service business with a product attached',
    input: idea({
      price: 20,
      monthlyVisitors: 1000,
      conversionRate: 0.02,
      servicePackageRate: 0.2,
      servicePackagePrice: 2000,
      servicePackageHours: 10,
      hourlyRate: 50,
      availableHoursPerMonth: 100,
      horizonMonths: 6,
    }),
    base: { totalGross: 50_400, totalServiceRevenue: 48_000, netResult: 50_400 - 12_000, avgOperatingHoursPerMonth: 40 },
    level: 'robust',
    warnings: ['SERVICE_DEPENDENT'],
    messages: {
      SERVICE_DEPENDENT:
        '95 % of the income is the service package: this is a service business with a product attached, and it grows only as fast as your hours.',
    },
  },
  {
    /* 15 % a month for 24 months: 100 × 1.15^23 ≈ 2489 visitors in month 24, over 10 × 100. */
    name: 'aggressive growth',
    input: idea({ price: 20, monthlyVisitors: 100, conversionRate: 0.02, visitorGrowthRate: 0.15, horizonMonths: 24 }),
    rows: { 24: { visitors: 100 * 1.15 ** 23 } },
    base: { totalGross: 40 * series(1.15, 24) },
    level: 'robust',
    warnings: ['AGGRESSIVE_GROWTH'],
    messages: {
      AGGRESSIVE_GROWTH:
        '15 % growth a month takes 100 visitors to 2,489 by month 24, over 10 times as many: few ideas compound like that; check the result with flat traffic.',
    },
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
    warnings: ['NEGATIVE_UNIT_MARGIN', 'TIME_COST_EXCEEDS_CASH'],
    messages: {
      NEGATIVE_UNIT_MARGIN:
        'Each subscriber costs $1.50 a month more than they bring in after refunds, fees and support time: more customers make the loss bigger, so fix the price or the costs before buying traffic.',
    },
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
    const result = underwrite(c.input, c.profile);
    expectNumbers(result.base, c.base);
    if (c.stress) expectNumbers(result.stress, c.stress);
    for (const [month, row] of Object.entries(c.rows ?? {})) {
      const actual = result.base.months[Number(month) - 1];
      for (const [key, value] of Object.entries(row)) expect(actual?.[key as keyof MonthRow], `month ${month} ${key}`).toBeCloseTo(value, 6);
    }
    expect(result.base.months).toHaveLength(c.input.horizonMonths);
    expect(result.verdict.level).toBe(c.level);
    if (c.reasons) expect(result.verdict.reasons.slice(0, c.reasons.length)).toEqual(c.reasons);
    expect(result.warnings.map((w) => w.code)).toEqual(c.warnings);
    for (const [code, message] of Object.entries(c.messages ?? {})) {
      expect(result.warnings.find((w) => w.code === code)?.message).toBe(message);
    }
  });

  it('covers every verdict level and every warning code', () => {
    expect(new Set(cases.map((c) => c.level))).toEqual(new Set(['fail', 'fragile', 'robust']));
    expect(new Set(cases.flatMap((c) => c.warnings))).toEqual(new Set(WARNING_CODES));
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
    expect(unitMargin(cases.find((c) => c.name === '100 % refunds')!.input)).toBeCloseTo(-1.5, 10);
    // The service package is not part of it: the hybrid's unit margin is the course's alone, 200 × 0.9.
    expect(unitMargin(cases.find((c) => c.name === 'a hybrid course plus coaching')!.input)).toBeCloseTo(180, 10);
  });

  it('reports the stressed assumptions on the stress scenario, each lever as the contract says', () => {
    const a = idea({
      price: 40,
      monthlyVisitors: 1000,
      visitorGrowthRate: 0.05,
      conversionRate: 0.02,
      refundRate: 0.97,
      supportMinutesPerCustomer: 10,
      churnRate: 0.99,
      upkeepHoursPerMonth: 8,
      upfrontHours: 30,
      servicePackagePrice: 500,
    });
    const { stress } = underwrite(a, { priceChange: -0.25 });
    expect(stress.assumptions).toEqual({
      ...a,
      price: 30, // 40 × 0.75; the service package's price is unchanged
      monthlyVisitors: 600,
      visitorGrowthRate: 0.05 - 0.02,
      conversionRate: 0.02 * 0.7,
      refundRate: 1, // 0.97 + 0.05, capped
      supportMinutesPerCustomer: 15,
      churnRate: 1, // 0.99 + 0.03, capped
      upkeepHoursPerMonth: 10,
      upfrontHours: 45, // a 50 % build overrun
    });
  });

  it('never pushes growth below -99 % a month, unless the base is already lower', () => {
    const growthUnder = (g: number, add: number) => applyStress(idea({ visitorGrowthRate: g }), { growthRateAdd: add }).visitorGrowthRate;
    expect(growthUnder(0, -1)).toBe(-0.99); // max(-1, min(0, -0.99))
    expect(growthUnder(0.1, -0.5)).toBeCloseTo(-0.4, 12);
    expect(growthUnder(-0.98, -0.02)).toBe(-0.99);
    expect(growthUnder(-0.995, -0.5)).toBe(-0.995); // already below the floor: stays
    expect(growthUnder(-0.995, 0)).toBe(-0.995);
  });

  it('leaves every input alone at the neutral end of each lever', () => {
    const neutral = { priceChange: 0, trafficChange: 0, growthRateAdd: 0, conversionChange: 0, refundRateAdd: 0, supportChange: 0, churnRateAdd: 0, upkeepChange: 0, buildOverrun: 0 };
    const a = ROBUST_ONE_TIME;
    const { base, stress } = underwrite(a, neutral);
    expect(stress).toEqual(base);
  });
});
