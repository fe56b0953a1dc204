import { describe, expect, it } from 'vitest';
import { cumulativeSeries, monthlySeries, monthTicks, paybackMark, paybackNote } from '@/lib/results/chart-series';
import { underwrite } from '@/lib/underwrite';
import { idea } from '../underwrite/support';

/** Rounds every number in a structure to the cent, so float noise does not hide the hand-worked values. */
function cents<T>(value: T): T {
  return JSON.parse(JSON.stringify(value), (_key, v: unknown) => (typeof v === 'number' ? Math.round(v * 100) / 100 : v)) as T;
}

/*
 * 100 visitors × 10 % = 10 sales of $10 a month, nothing else but $150 upfront:
 * base profit $100 a month, cumulative -150, -50, 50, 150 (pays back in month 2).
 * Default stress with flat growth (no build hours to overrun): 60 visitors × 7 % =
 * 4.2 sales, 5 % refunded: 42 - 2.10 = $39.90 a month, cumulative -150, -110.10,
 * -70.20, -30.30 (never pays back).
 */
const { base, stress } = underwrite(
  idea({ price: 10, monthlyVisitors: 100, conversionRate: 0.1, upfrontCash: 150, horizonMonths: 3 }),
  { growthRateAdd: 0 },
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
  it('marks the first month from which it stays at or above zero, with its label', () => {
    expect(paybackMark('Base', base)).toEqual({ month: 2, cumulativeProfit: 50, label: 'Base in the black for good: month 2' });
    expect(paybackNote(base)).toBe('in the black for good from month 2');
  });

  it('marks nothing, and says so, when a case ends in the red', () => {
    expect(paybackMark('Stress', stress)).toBeNull();
    expect(paybackNote(stress)).toBe('still in the red after 3 months');
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
