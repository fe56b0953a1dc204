import { describe, expect, it } from 'vitest';
import { actualRates } from '@/lib/results/actual-rates';
import { standingOf } from '@/lib/results/plan-tracking';
import { planVsActual, type PlanMetric } from '@/lib/results/plan-vs-actual';
import { actualCell, monthLabel, soFarSentence } from '@/lib/results/plan-vs-actual-view';
import type { ActualWeek } from '@/lib/ideas/actuals-schema';
import { underwrite } from '@/lib/underwrite';
import { week } from '../../support/actual-weeks';
import { idea } from '../underwrite/support';

// Base: 3,000 visitors a month, 1.2 % conversion = 36 sales of $29; 5 % refunds; 3 % + $0.30 fees;
// 6 min support a customer + 8 h upkeep = 11.6 h a month. Stress (default levers): 1,800 visitors,
// 0.84 %, 15.12 sales, 10 % refunds, 9 min support and 10 h upkeep = 12.268 h.
const plan = idea({
  price: 29,
  monthlyVisitors: 3000,
  conversionRate: 0.012,
  refundRate: 0.05,
  feeRate: 0.03,
  feePerTransaction: 0.3,
  supportMinutesPerCustomer: 6,
  upkeepHoursPerMonth: 8,
  hourlyRate: 40,
  horizonMonths: 12,
});
const result = underwrite(plan);

const compare = (weeks: ActualWeek[], scenario = result) => planVsActual(weeks, actualRates(weeks), scenario.base, scenario.stress)!;
const metric = (weeks: ActualWeek[], name: PlanMetric) => compare(weeks).metrics.find((m) => m.metric === name)!;

const twoWeeks = [
  week('2026-09-07', { visitors: 700, sales: 5, refunds: 0, revenue: 145, hoursSpent: 3 }),
  week('2026-09-14', { visitors: 1050, sales: 9, refunds: 1, revenue: 261, hoursSpent: 2.5 }),
];

describe('plan vs actual: months', () => {
  it('has nothing to compare before a week is logged', () => {
    expect(planVsActual([], actualRates([]), result.base, result.stress)).toBeNull();
  });

  it('starts month 1 on the first logged Monday, with months of 30 or 31 days', () => {
    const view = compare(twoWeeks);
    expect(view.anchor).toBe('2026-09-07');
    expect(view.lastDay).toBe('2026-09-20');
    expect(view.monthsLogged).toBe(1);
    const visitors = view.metrics.find((m) => m.metric === 'visitors')!;
    // At least six months are shown, to see where the plan heads.
    expect(visitors.months).toHaveLength(6);
    expect(visitors.months.slice(0, 3).map((m) => [m.span.first, m.span.last, m.span.days])).toEqual([
      ['2026-09-07', '2026-10-06', 30],
      ['2026-10-07', '2026-11-06', 31],
      ['2026-11-07', '2026-12-06', 30],
    ]);
    expect(monthLabel(visitors.months[0]!.span)).toBe('Month 1 (Sep 7 – Oct 6)');
  });

  it('compares a partial month with the plan for its logged days, and draws it at its pace', () => {
    const visitors = metric(twoWeeks, 'visitors');
    expect(visitors.months[0]).toMatchObject({ base: 3000, stress: 1800, actual: 1750, covered: 14 });
    expect(visitors.months[0]!.pace).toBeCloseTo((1750 * 30) / 14, 9);
    expect(visitors.months[1]).toMatchObject({ actual: null, covered: 0, pace: null });
    expect(visitors.soFar).toEqual({ actual: 1750, base: 1400, stress: 840, days: 14 });
    expect(actualCell('visitors', visitors.months[0]!)).toBe('1,750 in 14 of 30 days (pace 3,750)');
    expect(actualCell('visitors', visitors.months[1]!)).toBe('not logged');
  });

  it('splits a week that straddles two months by its days in each', () => {
    // The week of Oct 5 has Oct 5 and 6 in month 1 and Oct 7 to 11 in month 2: 200 and 500 of its 700 visitors.
    const visitors = metric([week('2026-09-07', { visitors: 700 }), week('2026-10-05', { visitors: 700 })], 'visitors');
    expect(visitors.months[0]).toMatchObject({ covered: 9 });
    expect(visitors.months[0]!.actual).toBeCloseTo(900, 9);
    expect(visitors.months[1]).toMatchObject({ covered: 5 });
    expect(visitors.months[1]!.actual).toBeCloseTo(500, 9);
  });

  it('counts a month complete when all its days are logged', () => {
    // Five weeks from Sep 7 cover month 1 (30 days) whole and month 2's first 5 days.
    const weeks = ['2026-09-07', '2026-09-14', '2026-09-21', '2026-09-28', '2026-10-05'].map((d) => week(d, { sales: 7 }));
    const customers = metric(weeks, 'customers');
    expect(customers.months[0]!.covered).toBe(30);
    expect(customers.months[0]!.actual).toBeCloseTo(30, 9);
    expect(customers.months[0]!.pace).toBeCloseTo(30, 9);
    expect(actualCell('customers', customers.months[0]!)).toBe('30');
    expect(customers.months[1]!.covered).toBe(5);
  });

  it('takes cash flow as paid − refunded − fees, estimating from the plan only what a week does not say, and says so', () => {
    // Week 1: $145 of 5 sales, no refunds: fees 3 % × 145 + 5 payments × $0.30 = $5.85, cash $139.15.
    // Week 2: $261 of 9 sales with $29 refunded and $9.00 fees logged: cash $223.
    const weeks = [
      week('2026-09-07', { sales: 5, refunds: 0, revenue: 145 }),
      week('2026-09-14', { sales: 9, refunds: 1, revenue: 261, refundedAmount: 29, fees: 9 }),
    ];
    const view = compare(weeks);
    const cash = view.metrics.find((m) => m.metric === 'cashFlow')!;
    expect(cash.months[0]!.actual).toBeCloseTo(139.15 + 223, 9);
    expect(view.cashNotes).toEqual([
      'money refunded, where a week does not say it, is its refunds times its average sale (or your planned refund rate)',
      'fees, where a week does not say them, are your worksheet’s fee rate and fee per payment',
    ]);
    // With ad spend in the plan, a week's cash flow carries its seven days of it.
    const withAds = underwrite({ ...plan, adSpendPerMonth: 365.25 });
    const adsView = compare(weeks, withAds);
    expect(adsView.metrics.find((m) => m.metric === 'cashFlow')!.months[0]!.actual).toBeCloseTo(139.15 + 223 - 2 * 7 * 12, 9);
    expect(adsView.cashNotes.at(-1)).toBe('ad spend is not logged, so your planned $365 a month counts as spent');
  });

  it('leaves out weeks past the horizon', () => {
    const short = underwrite({ ...plan, horizonMonths: 2 });
    const view = compare([week('2026-09-07', { visitors: 10 }), week('2026-12-28', { visitors: 10 })], short);
    expect(view.weeksBeyondHorizon).toBe(1);
    expect(view.monthsLogged).toBe(1);
    expect(view.metrics[0]!.months).toHaveLength(2);
  });
});

describe('plan vs actual: where reality is tracking, in words', () => {
  it('says each of conversion, traffic, refunds and hours against the base and stress cases', () => {
    const view = compare(twoWeeks);
    expect(view.tracking.map((t) => [t.key, t.standing, t.text, t.basis])).toEqual([
      ['conversion', 'worse', 'Conversion so far 0.8\u00a0% vs 1.2\u00a0% planned: below your stress case (0.84\u00a0%).', '14 sales from 1,750 visitors, 2 weeks'],
      ['traffic', 'better', 'Traffic so far 1,750 visitors vs 1,400 visitors planned for the same days: above plan.', '14 days logged'],
      ['refunds', 'between', 'Refunds so far 7.14\u00a0% of sales vs 5\u00a0% planned: above plan, but within your stress case (10\u00a0%).', '1 refund of 14 sales, 2 weeks'],
      // 5.5 h against 11.6 h × 14/30 = 5.41 h: within 5 %.
      ['hours', 'on-plan', 'Hours so far 5.5 hours vs 5.4 hours planned for the same days: on plan.', '14 days logged'],
    ]);
  });

  it('says when a rate rests on one week only, and leaves out what was not logged', () => {
    const view = compare([week('2026-09-07', { visitors: 1000, sales: 20 })]);
    expect(view.tracking.map((t) => t.key)).toEqual(['conversion', 'traffic']);
    expect(view.tracking[0]).toMatchObject({
      standing: 'better',
      text: 'Conversion so far 2\u00a0% vs 1.2\u00a0% planned: above plan.',
      basis: '20 sales from 1,000 visitors, 1 week (one week is not yet a measurement)',
    });
  });

  it('puts a figure where less is better on the right side of the plan', () => {
    expect(standingOf(0.02, 0.05, 0.1, 'lower')).toBe('better');
    expect(standingOf(0.051, 0.05, 0.1, 'lower')).toBe('on-plan');
    expect(standingOf(0.1, 0.05, 0.1, 'lower')).toBe('between');
    expect(standingOf(0.11, 0.05, 0.1, 'lower')).toBe('worse');
    expect(standingOf(0.0084, 0.012, 0.0084, 'higher')).toBe('between');
    expect(standingOf(0.008, 0.012, 0.0084, 'higher')).toBe('worse');
    expect(standingOf(0, 0, 0, 'higher')).toBe('on-plan');
    // Hours over a stress case with more hours than the base.
    const view = compare([week('2026-09-07', { hoursSpent: 40 }), week('2026-09-14', { hoursSpent: 40 })]);
    expect(view.tracking[0]!.text).toBe('Hours so far 80 hours vs 5.4 hours planned for the same days: above your stress case (5.7 hours).');
  });

  it('does not call the stress case a bound where it plans better than the base (fewer customers, fewer hours)', () => {
    // 30 min a customer: base 36 × 0.5 + 2 = 20 h a month; stress 15.12 × 0.75 + 2.5 = 13.84 h.
    const busy = underwrite({ ...plan, supportMinutesPerCustomer: 30, upkeepHoursPerMonth: 2 });
    expect(busy.stress.months[0]!.operatingHours).toBeLessThan(busy.base.months[0]!.operatingHours);
    expect(standingOf(30, 20, 13.84, 'lower')).toBe('off-plan');
    const weeks = [week('2026-09-07', { hoursSpent: 10 }), week('2026-09-14', { hoursSpent: 10 })];
    const view = compare(weeks, busy);
    // 20 h against 20 × 14/30 = 9.3 h.
    expect(view.tracking).toEqual([{ key: 'hours', standing: 'off-plan', text: 'Hours so far 20 hours vs 9.3 hours planned for the same days: above plan.', basis: '14 days logged' }]);
  });

  it('sums up what was logged in one line', () => {
    expect(soFarSentence(actualRates([]))).toBe('No week logged yet.');
    expect(soFarSentence(actualRates(twoWeeks))).toBe('2 weeks logged, the weeks of Sep 7, 2026 to Sep 14, 2026: 1,750 visitors, 14 sales, 1 refund, $406 revenue, 5.5 hours.');
    expect(soFarSentence(actualRates([week('2026-09-07', { visitors: 1 })]))).toBe('1 week logged, the week of Sep 7, 2026: 1 visitor.');
  });
});
