import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIMITS, sensitivity, type Assumptions } from '@/lib/underwrite';
import { scenarioOf as runScenario } from '@/lib/underwrite/engine';
import { isValidAssumptions } from '@/lib/underwrite/validate';
import { idea, ROBUST_ONE_TIME, validAssumptions } from './support';

/*
 * The first idea of table.test.ts: 20 sales a month for 12 months, so 240
 * customer-months; unit margin 50 × (1 - r - f) - 0.5 - support/60 × 30;
 * fixed costs 1000 + 12 × (100 + upkeep × 30) = 2920; netResult 6440.
 */
const a = ROBUST_ONE_TIME;

describe('sensitivity', () => {
  it('moves each input alone by ±20 % (hand-worked, ties in field order)', () => {
    const result = sensitivity(a);
    expect(result.baseline).toBeCloseTo(6440, 6);
    expect(result.delta).toBe(0.2);
    const round = (n: number, digits = 0) => Number(n.toFixed(digits));
    const rows = result.rows.map((r) => [
      r.field,
      round(r.low.value, 10),
      round(r.high.value, 10),
      round(r.low.netResult),
      round(r.high.netResult),
      round(r.swing),
    ]);
    expect(rows).toEqual([
      // price 40 / 60: -2920 + 240 × (0.85 p - 3.5) = 4400 / 8480
      ['price', 40, 60, 4400, 8480, 4080],
      // 800 / 1200 visitors: 192 / 288 customer-months × 39 - 2920
      ['monthlyVisitors', 800, 1200, 4568, 8312, 3744],
      // conversion 1.6 % / 2.4 %: the same customer-months, so a tie broken by field order
      ['conversionRate', 0.016, 0.024, 4568, 8312, 3744],
      // refunds 8 % / 12 %: unit margin 40 / 38 → 6680 / 6200
      ['refundRate', 0.08, 0.12, 6680, 6200, 480],
      // ads 80 / 120: fixed costs -240 / +240
      ['adSpendPerMonth', 80, 120, 6680, 6200, 480],
      // support 4.8 / 7.2 min: 2.4 / 3.6 of time → margin 39.6 / 38.4 → ±144
      ['supportMinutesPerCustomer', 4.8, 7.2, 6584, 6296, 288],
      // upkeep 1.6 / 2.4 h: 12 × 0.4 h × 30 = ∓144
      ['upkeepHoursPerMonth', 1.6, 2.4, 6584, 6296, 288],
      // fees 4 % / 6 %: margin 39.5 / 38.5 → ±120
      ['feeRate', 0.04, 0.06, 6560, 6320, 240],
      // build 16 / 24 h: 4 h × 30 = ∓120, a tie with fees broken by field order
      ['upfrontHours', 16, 24, 6560, 6320, 240],
      // growth 0 × anything is still 0
      ['visitorGrowthRate', 0, 0, 6440, 6440, 0],
    ]);
    expect(result.rows[0]?.label).toBe('Price');
  });

  it('includes churn for subscriptions only', () => {
    expect(sensitivity(a).rows.map((r) => r.field)).not.toContain('churnRate');
    expect(sensitivity({ ...a, pricingModel: 'subscription', churnRate: 0.1 }).rows.map((r) => r.field)).toContain('churnRate');
  });

  it('includes the service package only when one is sold', () => {
    const fields = (x: Assumptions) => sensitivity(x).rows.map((r) => r.field);
    expect(fields(a)).not.toContain('servicePackagePrice');
    // 2 packages a month (10 % of 20 sales) at $500, 4 h each at $30: margin 500 × 0.85 - 120 = 305 a package.
    const hybrid = { ...a, servicePackageRate: 0.1, servicePackagePrice: 500, servicePackageHours: 4 };
    const byField = Object.fromEntries(sensitivity(hybrid).rows.map((r) => [r.field, r]));
    expect(Object.keys(byField)).toEqual(expect.arrayContaining(['servicePackageRate', 'servicePackagePrice', 'servicePackageHours']));
    // 24 packages over 12 months: ±20 % of the rate is ±4.8 packages × 305 = ±1464.
    expect(byField.servicePackageRate?.swing).toBeCloseTo(2 * 4.8 * 305, 6);
    // ±$100 on 24 packages, 85 % kept: ±2040.
    expect(byField.servicePackagePrice?.swing).toBeCloseTo(2 * 24 * 100 * 0.85, 6);
    // ±0.8 h on 24 packages at $30: ±576.
    expect(byField.servicePackageHours?.swing).toBeCloseTo(2 * 24 * 0.8 * 30, 6);
  });

  it('keeps every value within its valid range', () => {
    const edge = idea({ price: LIMITS.price, conversionRate: 0.9, visitorGrowthRate: -0.9, refundRate: 1, monthlyVisitors: 100 });
    const byField = Object.fromEntries(sensitivity(edge).rows.map((r) => [r.field, r]));
    expect(byField.price?.high.value).toBe(LIMITS.price);
    expect(byField.conversionRate?.high.value).toBe(1);
    expect(byField.refundRate?.high.value).toBe(1);
    // -0.9 × 1.2 = -1.08 is no growth rate; the nearest valid one is just above -1.
    expect(byField.visitorGrowthRate?.high.value).toBeGreaterThan(-1);
    expect(byField.visitorGrowthRate?.high.value).toBeCloseTo(-1, 12);
  });

  it('uses the scenario itself for each point, within valid ranges, sorted by swing', () => {
    fc.assert(
      fc.property(validAssumptions, fc.double({ min: 0, max: 1, noNaN: true }), (input, delta) => {
        const { rows, baseline } = sensitivity(input, { delta });
        expect(baseline).toBe(runScenario(input).netResult);
        for (const [i, row] of rows.entries()) {
          for (const point of [row.low, row.high]) {
            const varied: Assumptions = { ...input, [row.field]: point.value };
            expect(isValidAssumptions(varied)).toBe(true);
            expect(point.netResult).toBe(runScenario(varied).netResult);
          }
          const next = rows[i + 1];
          if (next) expect(Math.round(row.swing * 100)).toBeGreaterThanOrEqual(Math.round(next.swing * 100));
        }
      }),
      { numRuns: 100 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(validAssumptions, (input) => {
        expect(sensitivity(input)).toEqual(sensitivity(structuredClone(input)));
      }),
      { numRuns: 50 },
    );
  });

  it('refuses a delta outside 0..1', () => {
    expect(() => sensitivity(a, { delta: -0.1 })).toThrow(RangeError);
    expect(() => sensitivity(a, { delta: 1.5 })).toThrow(RangeError);
    expect(() => sensitivity(a, { delta: NaN })).toThrow(RangeError);
  });
});
