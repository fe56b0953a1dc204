import { describe, expect, it } from 'vitest';
import {
  cumulativeSeries,
  formatInput,
  formatMoneyTick,
  formatMonth,
  monthlySeries,
  monthTicks,
  paybackMark,
  paybackNote,
  perSaleSeries,
  perSaleSteps,
  perSaleUnit,
  tornadoAxis,
  tornadoRows,
} from '@/components/charts/data';
import { sensitivity, underwrite, type SensitivityResult } from '@/lib/underwrite';
import { idea } from '../underwrite/support';

/** Rounds every number in a structure to the cent, so float noise does not hide the hand-worked values. */
function cents<T>(value: T): T {
  return JSON.parse(JSON.stringify(value), (_key, v: unknown) => (typeof v === 'number' ? Math.round(v * 100) / 100 : v)) as T;
}

/*
 * 100 visitors × 10 % = 10 sales of $10 a month, nothing else but $150 upfront:
 * base profit $100 a month, cumulative -150, -50, 50, 150 (pays back in month 2).
 * Default stress: 60 visitors × 7 % = 4.2 sales, 5 % refunded: 42 - 2.10 = $39.90
 * a month, cumulative -150, -110.10, -70.20, -30.30 (never pays back).
 */
const { base, stress } = underwrite(
  idea({ price: 10, monthlyVisitors: 100, conversionRate: 0.1, upfrontCash: 150, horizonMonths: 3 }),
);

describe('month series', () => {
  it('pairs each month of base and stress profit', () => {
    expect(cents(monthlySeries(base, stress))).toEqual([
      { month: 1, base: 100, stress: 39.9 },
      { month: 2, base: 100, stress: 39.9 },
      { month: 3, base: 100, stress: 39.9 },
    ]);
  });

  it('starts the cumulative lines at month 0 at minus the upfront investment', () => {
    expect(cents(cumulativeSeries(base, stress))).toEqual([
      { month: 0, base: -150, stress: -150 },
      { month: 1, base: -50, stress: -110.1 },
      { month: 2, base: 50, stress: -70.2 },
      { month: 3, base: 150, stress: -30.3 },
    ]);
  });

  it('refuses scenarios whose horizons differ instead of dropping months', () => {
    const shorter = { ...stress, months: stress.months.slice(0, 2) };
    expect(() => monthlySeries(base, shorter)).toThrow(/different horizons \(3 and 2 months\)/);
  });
});

describe('payback', () => {
  it('marks the first month at or above zero, with its label', () => {
    expect(paybackMark('Base', base)).toEqual({ month: 2, cumulativeProfit: 50, label: 'Base pays back: month 2' });
    expect(paybackNote(base)).toBe('pays back in month 2');
  });

  it('marks nothing, and says so, when a case never pays back', () => {
    expect(paybackMark('Stress', stress)).toBeNull();
    expect(paybackNote(stress)).toBe('never pays back within 3 months');
  });
});

describe('perSaleSteps', () => {
  // $40: refunds 5 % = $2, fees 10 % + $0.30 = $4.30, support 6 min at $50/h = $5, left $28.70.
  const a = idea({ price: 40, refundRate: 0.05, feeRate: 0.1, feePerTransaction: 0.3, supportMinutesPerCustomer: 6, hourlyRate: 50 });

  it('walks from the price down to what is left, each cost hanging from the previous total', () => {
    expect(cents(perSaleSteps(a).map(({ key, amount, range }) => ({ key, amount, range })))).toEqual([
      { key: 'price', amount: 40, range: [0, 40] },
      { key: 'refunds', amount: -2, range: [38, 40] },
      { key: 'fees', amount: -4.3, range: [33.7, 38] },
      { key: 'support', amount: -5, range: [28.7, 33.7] },
      { key: 'left', amount: 28.7, range: [0, 28.7] },
    ]);
  });

  it('says how each amount comes about, with the scenario’s inputs', () => {
    expect(perSaleSteps(a).map((s) => s.basis)).toEqual([
      'what the customer pays',
      '5 % of the price',
      '10 % of the price + $0.30',
      '6 min at $50.00 an hour',
      'price − refunds − fees − support time',
    ]);
  });

  it('draws a sale that loses money below zero', () => {
    // $10: refunds $5, fees $1 + $1 = $2, support 30 min at $20/h = $10, left -$7.
    const losing = idea({ price: 10, refundRate: 0.5, feeRate: 0.1, feePerTransaction: 1, supportMinutesPerCustomer: 30, hourlyRate: 20 });
    const steps = cents(perSaleSteps(losing));
    expect(steps.find((s) => s.key === 'support')?.range).toEqual([-7, 3]);
    expect(steps.find((s) => s.key === 'left')).toMatchObject({ amount: -7, range: [-7, 0] });
  });

  it('puts base and stress side by side per step (stress: 10 % refunds, 9 support minutes)', () => {
    const result = underwrite({ ...a, monthlyVisitors: 100, conversionRate: 0.1 });
    const rows = cents(perSaleSeries(result.base.assumptions, result.stress.assumptions));
    expect(rows.map((r) => [r.key, r.base.amount, r.stress.amount])).toEqual([
      ['price', 40, 40],
      ['refunds', -2, -4],
      ['fees', -4.3, -4.3],
      ['support', -5, -7.5],
      ['left', 28.7, 24.2],
    ]);
    expect(rows[4]).toMatchObject({ baseRange: [0, 28.7], stressRange: [0, 24.2] });
  });

  it('names the unit by pricing model', () => {
    expect(perSaleUnit('one_time')).toBe('per sale');
    expect(perSaleUnit('subscription')).toBe('per paying customer per month');
  });
});

describe('tornado', () => {
  const result: SensitivityResult = {
    delta: 0.2,
    baseline: 1000,
    rows: [
      { field: 'price', label: 'Price', low: { value: 8, netResult: 600 }, high: { value: 12, netResult: 1400 }, swing: 800 },
      { field: 'refundRate', label: 'Refund rate', low: { value: 0.04, netResult: 1100 }, high: { value: 0.06, netResult: 900 }, swing: 200 },
    ],
  };

  it('spans each bar from the lower to the higher net result and notes which end of the input gave the lower one', () => {
    expect(tornadoRows(result).map(({ field, range, lowerResultFrom, inputChange }) => ({ field, range, lowerResultFrom, inputChange }))).toEqual([
      { field: 'price', range: [600, 1400], lowerResultFrom: 'low', inputChange: 'Price $8.00 → $12.00' },
      { field: 'refundRate', range: [900, 1100], lowerResultFrom: 'high', inputChange: 'Refund rate 4 % → 6 %' },
    ]);
  });

  it('keeps the baseline inside a bar whose ends are both on one side of it', () => {
    const clamped: SensitivityResult = {
      ...result,
      rows: [{ field: 'feeRate', label: 'Fee rate', low: { value: 0, netResult: 1000 }, high: { value: 0, netResult: 1000 }, swing: 0 }],
    };
    expect(tornadoRows(clamped)[0]?.range).toEqual([1000, 1000]);
  });

  it('pads the value axis by 5 % and puts round ticks inside it', () => {
    // 600..1,400 padded by 40; a span of 880 in at most 4 parts: steps of 250.
    expect(tornadoAxis(result)).toEqual({ domain: [560, 1440], ticks: [750, 1000, 1250] });
    // -3,700..12,300 padded by 800: -4,500..13,100, a raw step of 4,400 rounds to 5,000.
    const wide = { ...result, baseline: 4000, rows: [{ ...result.rows[0]!, low: { value: 8, netResult: -3700 }, high: { value: 12, netResult: 12_300 } }] };
    expect(tornadoAxis(wide)).toEqual({ domain: [-4500, 13_100], ticks: [0, 5000, 10_000] });
  });

  it('centres the baseline when no input moves the result', () => {
    // ±10 % of $1,000, ticks every 50.
    expect(tornadoAxis({ ...result, rows: [] })).toEqual({ domain: [900, 1100], ticks: [900, 950, 1000, 1050, 1100] });
    expect(tornadoAxis({ ...result, baseline: 0, rows: [] })).toEqual({ domain: [-1, 1], ticks: [-1, -0.5, 0, 0.5, 1] });
  });

  it('reads the input values of a real sensitivity() run ($50 price, 2 % conversion)', () => {
    const rows = tornadoRows(sensitivity(idea({ price: 50, monthlyVisitors: 1000, conversionRate: 0.02, horizonMonths: 12 })));
    expect(rows.find((r) => r.field === 'price')?.inputChange).toBe('Price $40.00 → $60.00');
    expect(rows.find((r) => r.field === 'conversionRate')?.inputChange).toBe('Conversion rate 1.6 % → 2.4 %');
  });
});

describe('formatting', () => {
  it('formats each input in its own unit', () => {
    expect(formatInput('price', 23.2)).toBe('$23.20');
    expect(formatInput('adSpendPerMonth', 480)).toBe('$480');
    expect(formatInput('monthlyVisitors', 1234.5)).toBe('1,235');
    expect(formatInput('conversionRate', 0.0096)).toBe('0.96 %');
    expect(formatInput('visitorGrowthRate', -0.024)).toBe('-2.4 %');
    expect(formatInput('supportMinutesPerCustomer', 7.5)).toBe('7.5 min');
    expect(formatInput('upkeepHoursPerMonth', 2.4)).toBe('2.4 hours');
  });

  it('abbreviates money on axes', () => {
    expect(formatMoneyTick(1234)).toBe('$1.2K');
    expect(formatMoneyTick(-35_000)).toBe('-$35K');
    expect(formatMoneyTick(1_500_000)).toBe('$1.5M');
    expect(formatMoneyTick(12.5)).toBe('$12.5');
    expect(formatMoneyTick(0)).toBe('$0');
    expect(formatMoneyTick(-0)).toBe('$0');
  });

  it('names months', () => {
    expect(formatMonth(6)).toBe('Month 6');
  });
});

describe('monthTicks', () => {
  it('puts ticks on round steps, ending at the horizon', () => {
    expect(monthTicks(24, 0)).toEqual([0, 6, 12, 18, 24]);
    expect(monthTicks(24, 1)).toEqual([1, 6, 12, 18, 24]);
    expect(monthTicks(12, 0)).toEqual([0, 3, 6, 9, 12]);
    expect(monthTicks(36, 0)).toEqual([0, 12, 24, 36]);
    expect(monthTicks(120, 0)).toEqual([0, 24, 48, 72, 96, 120]);
    expect(monthTicks(5, 1)).toEqual([1, 2, 3, 4, 5]);
  });

  it('drops a round tick that would crowd the first or the last', () => {
    expect(monthTicks(7, 0)).toEqual([0, 2, 4, 7]);
    expect(monthTicks(7, 1)).toEqual([1, 4, 7]);
    expect(monthTicks(13, 1)).toEqual([1, 3, 6, 9, 13]);
  });

  it('handles a one-month horizon', () => {
    expect(monthTicks(1, 0)).toEqual([0, 1]);
    expect(monthTicks(1, 1)).toEqual([1]);
  });
});
