import { describe, expect, it } from 'vitest';
import { actualRates, measuredValue, MIN_MEASURED_WEEKS, WEEKS_PER_MONTH } from '@/lib/results/actual-rates';
import { week } from '../../support/actual-weeks';

describe('actualRates', () => {
  it('gives nothing measured before any week is logged', () => {
    const rates = actualRates([]);
    expect(rates.weeks).toBe(0);
    expect(rates.firstWeek).toBeNull();
    expect(rates.totals.visitors).toEqual({ total: 0, weeks: 0 });
    expect(rates.conversion).toEqual({ value: null, weeks: 0, numerator: 0, denominator: 0, measured: false });
    expect(measuredValue(rates.conversion)).toBeNull();
  });

  it('derives conversion, refund rate, hours and revenue per sale from two weeks, by hand', () => {
    // 14 sales of 1,750 visitors = 0.8 %; 1 refund of 14 sales; 10.5 h over 14 customers = 0.75 h each.
    const weeks = [
      week('2026-09-14', { visitors: 1000, sales: 8, refunds: 1, revenue: 232, refundedAmount: 29, fees: 9.2, hoursSpent: 6 }),
      week('2026-09-07', { visitors: 750, sales: 6, refunds: 0, revenue: 174, refundedAmount: 0, fees: 6.9, hoursSpent: 4.5 }),
    ];
    const rates = actualRates(weeks);
    expect(rates.weeks).toBe(2);
    expect([rates.firstWeek, rates.lastWeek]).toEqual(['2026-09-07', '2026-09-14']);
    expect(rates.totals.sales).toEqual({ total: 14, weeks: 2 });
    expect(rates.conversion).toEqual({ value: 14 / 1750, weeks: 2, numerator: 14, denominator: 1750, measured: true });
    expect(rates.refundRate.value).toBeCloseTo(1 / 14, 12);
    expect(rates.refundedShare.value).toBeCloseTo(29 / 406, 12);
    expect(rates.hoursPerCustomer.value).toBeCloseTo(0.75, 12);
    expect(rates.revenuePerSale.value).toBeCloseTo(29, 12);
    // 10.5 h over 2 weeks: 5.25 h a week, about 22.8 h a month.
    expect(rates.hoursPerMonth).toMatchObject({ numerator: 10.5, denominator: 2, weeks: 2, measured: true });
    expect(rates.hoursPerMonth.value).toBeCloseTo(5.25 * WEEKS_PER_MONTH, 12);
    expect(rates.visitorsPerMonth.value).toBeCloseTo(875 * WEEKS_PER_MONTH, 9);
    expect(measuredValue(rates.conversion)).toBe(0.008);
  });

  it(`offers a rate as measured only from ${MIN_MEASURED_WEEKS} weeks that logged both of its figures`, () => {
    const one = actualRates([week('2026-09-07', { visitors: 500, sales: 5 })]);
    expect(one.conversion).toMatchObject({ value: 0.01, weeks: 1, measured: false });
    expect(measuredValue(one.conversion)).toBeNull();

    // Three weeks, but only one with both visitors and sales: visitors from an analytics import alone are not 0 sales.
    const mixed = actualRates([
      week('2026-09-07', { visitors: 500, sales: 5 }),
      week('2026-09-14', { visitors: 700 }),
      week('2026-09-21', { sales: 9, hoursSpent: 3 }),
    ]);
    expect(mixed.totals.visitors).toEqual({ total: 1200, weeks: 2 });
    expect(mixed.totals.sales).toEqual({ total: 14, weeks: 2 });
    expect(mixed.conversion).toMatchObject({ value: 0.01, weeks: 1, numerator: 5, denominator: 500, measured: false });
    expect(mixed.hoursPerCustomer).toMatchObject({ value: 3 / 9, weeks: 1, measured: false });
  });

  it('counts logged zeros as figures, and has no rate over zero', () => {
    const rates = actualRates([week('2026-09-07', { visitors: 0, sales: 0, refunds: 0, hoursSpent: 0 }), week('2026-09-14', { visitors: 300, sales: 0, refunds: 0, hoursSpent: 2 })]);
    // 0 sales of 300 visitors over two weeks is a measured 0 % conversion, which is worth knowing.
    expect(rates.conversion).toEqual({ value: 0, weeks: 2, numerator: 0, denominator: 300, measured: true });
    // No sales: no refund rate and no hours per customer, however many weeks.
    expect(rates.refundRate).toMatchObject({ value: null, weeks: 2, measured: false });
    expect(rates.hoursPerCustomer).toMatchObject({ value: null, weeks: 2, measured: false });
    expect(rates.hoursPerMonth.value).toBeCloseTo(1 * WEEKS_PER_MONTH, 12);
  });

  it('does not depend on the order of the weeks', () => {
    const weeks = [week('2026-09-07', { visitors: 10, sales: 1 }), week('2026-09-21', { visitors: 30, sales: 2 }), week('2026-09-14', { visitors: 20, sales: 0 })];
    expect(actualRates(weeks)).toEqual(actualRates([...weeks].reverse()));
  });
});
