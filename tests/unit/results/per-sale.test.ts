import { describe, expect, it } from 'vitest';
import { perUnit } from '@/lib/results/labels';
import { DEMO_IDEAS } from '@/scripts/demo/ideas';
import { assumptionsOf } from '@/lib/ideas/schema';
import { perSaleSeries, perSaleSteps, unitEconomics } from '@/lib/results/per-sale';
import { DEFAULT_STRESS, LIMITS, underwrite, unitMargin } from '@/lib/underwrite';
import { idea } from '../underwrite/support';

/** Rounds every number in a structure to the cent, so float noise does not hide the hand-worked values. */
function cents<T>(value: T): T {
  return JSON.parse(JSON.stringify(value), (_key, v: unknown) => (typeof v === 'number' ? Math.round(v * 100) / 100 : v)) as T;
}

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
    expect(perUnit('one_time')).toBe('per sale');
    expect(perUnit('subscription')).toBe('per paying customer per month');
  });
});

describe('the engine’s own unit economics', () => {
  it('ends every waterfall on the engine’s unitMargin, the steps adding up to it', () => {
    for (const demo of DEMO_IDEAS) {
      const { base, stress } = underwrite(assumptionsOf(demo.input));
      for (const a of [base.assumptions, stress.assumptions]) {
        const e = unitEconomics(a);
        expect(e.left).toBeCloseTo(unitMargin(a), 9);
        expect(e.price - e.refunds - e.fees - e.support).toBeCloseTo(e.left, 9);
        expect(perSaleSteps(a).find((s) => s.key === 'left')?.amount).toBe(e.left);
      }
    }
  });

  it('takes apart a stress case pushed past the worksheet’s limits, which unitMargin itself refuses', () => {
    // 500 support minutes +50 % = 750 and 700 upkeep hours +25 % = 875, past the 600 and 744 a founder may type.
    const a = idea({ price: 500, monthlyVisitors: 100, conversionRate: 0.1, refundRate: 0.1, supportMinutesPerCustomer: 500, upkeepHoursPerMonth: 700, hourlyRate: 30 });
    const { stress } = underwrite(a, DEFAULT_STRESS);
    expect(stress.assumptions.supportMinutesPerCustomer).toBeGreaterThan(LIMITS.supportMinutesPerCustomer);
    expect(stress.assumptions.upkeepHoursPerMonth).toBeGreaterThan(LIMITS.upkeepHoursPerMonth);
    expect(() => unitMargin(stress.assumptions)).toThrow();
    // Base: $500 - 10 % refunds ($50) - 500 min at $30/h ($250) = $200.
    // Stress: $500 - 15 % refunds ($75) - 750 min at $30/h ($375) = $50.
    expect(cents(unitEconomics(stress.assumptions))).toEqual({ price: 500, refunds: 75, fees: 0, support: 375, left: 50 });
    const rows = cents(perSaleSeries(a, stress.assumptions));
    expect(rows.find((r) => r.key === 'left')).toMatchObject({ base: { amount: 200 }, stress: { amount: 50 } });
  });
});
