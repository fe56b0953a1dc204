import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breakEven, type Assumptions } from '@/lib/underwrite';
import { BISECTION_RELATIVE_TOLERANCE } from '@/lib/underwrite/break-even';
import { scenarioOf as runScenario } from '@/lib/underwrite/engine';
import { ASSUMPTION_RANGES } from '@/lib/underwrite/validate';
import { idea, ROBUST_ONE_TIME, scaleOf, validAssumptions } from './support';

/* The first idea of table.test.ts: netResult = 240 customer-months × unit margin - 2920. */
const a = ROBUST_ONE_TIME;

const netResultWith = (input: Assumptions, field: keyof Assumptions, value: number) => runScenario({ ...input, [field]: value });

describe('breakEven (hand-worked)', () => {
  it('solves price exactly: -2920 + 240 × (0.85 p - 3.5) = 0', () => {
    expect(breakEven(a, 'price')).toBeCloseTo((2920 / 240 + 3.5) / 0.85, 9); // 18.43
  });

  it('solves traffic exactly: -2920 + V × 2 % × 12 × 39 = 0', () => {
    expect(breakEven(a, 'monthlyVisitors')).toBeCloseTo(2920 / (0.02 * 12 * 39), 9); // 311.97
  });

  it('solves the service package take-up and price exactly', () => {
    // A $10 product that loses $2 a sale (8.5 kept - 0.5 fee - 20 min of support at $30/h): 240 sales
    // lose 480, plus fixed costs 2920: -3400. Packages at $400 (85 % kept = 340) taking 2 h ($60)
    // leave 280 each; 240 × rate × 280 = 3400 → rate = 3400 / 67 200.
    const a = { ...ROBUST_ONE_TIME, price: 10, supportMinutesPerCustomer: 20, servicePackagePrice: 400, servicePackageHours: 2 };
    expect(runScenario(a).netResult).toBeCloseTo(-2920 + 240 * (8.5 - 0.5 - 10), 6);
    expect(breakEven(a, 'servicePackageRate')).toBeCloseTo(3400 / (240 * 280), 12);
    // At 10 % take-up, 24 packages: 24 × (0.85 P - 60) = 3400 → P = (3400 / 24 + 60) / 0.85.
    expect(breakEven({ ...a, servicePackageRate: 0.1 }, 'servicePackagePrice')).toBeCloseTo((3400 / 24 + 60) / 0.85, 9);
  });

  it('agrees with breakEvenConversionRate for conversion', () => {
    expect(breakEven(a, 'conversionRate')).toBe(runScenario(a).breakEvenConversionRate);
  });

  it('solves the zero-traffic idea for visitors but not for price', () => {
    // 6 months of $20 upkeep + $500 upfront = 620 = V × 3 % × 6 × $20
    const zeroTraffic = idea({ price: 20, conversionRate: 0.03, upfrontCash: 500, upkeepHoursPerMonth: 1, hourlyRate: 20, horizonMonths: 6 });
    expect(breakEven(zeroTraffic, 'monthlyVisitors')).toBeCloseTo(620 / 3.6, 9);
    expect(breakEven(zeroTraffic, 'price')).toBeNull();
  });

  it('returns the bottom of the range when the idea already breaks even there', () => {
    expect(breakEven(idea(), 'price')).toBe(0);
    expect(breakEven(idea(), 'monthlyVisitors')).toBe(0);
  });

  it('returns null when even the schema limit is not enough', () => {
    // $100M upfront, $1 margin, 1 % of visitors, one month: 10 billion visitors needed.
    const hopeless = idea({ price: 1, conversionRate: 0.01, monthlyVisitors: 1, upfrontCash: 100_000_000, horizonMonths: 1 });
    expect(breakEven(hopeless, 'monthlyVisitors')).toBeNull();
  });

  it('finds the growth rate by bisection', () => {
    // At -100 % growth only month 1 sells: 620 - 1000 - 11 × 160 < 0; at 0 % it ends 6440 ahead.
    const growth = breakEven(a, 'visitorGrowthRate')!;
    expect(growth).toBeGreaterThan(-1);
    expect(growth).toBeLessThan(0);
    expect(netResultWith(a, 'visitorGrowthRate', growth).netResult).toBeGreaterThanOrEqual(0);
    expect(netResultWith(a, 'visitorGrowthRate', growth - 2 * BISECTION_RELATIVE_TOLERANCE * Math.abs(growth)).netResult).toBeLessThan(0);
  });
});

describe('breakEven over the valid input space', () => {
  it('lands on netResult = 0 for the linear fields', () => {
    const field = fc.constantFrom('price' as const, 'monthlyVisitors' as const, 'conversionRate' as const);
    fc.assert(
      fc.property(validAssumptions, field, (input, f) => {
        const x = breakEven(input, f);
        const { min, max } = ASSUMPTION_RANGES[f];
        if (x === null) {
          const atMax = netResultWith(input, f, max);
          expect(atMax.netResult).toBeLessThan(1e-6 * scaleOf(atMax));
        } else if (x === min) {
          const atMin = netResultWith(input, f, min);
          expect(atMin.netResult).toBeGreaterThanOrEqual(-1e-6 * scaleOf(atMin));
        } else {
          expect(x).toBeLessThanOrEqual(max);
          const atX = netResultWith(input, f, x);
          expect(Math.abs(atX.netResult)).toBeLessThanOrEqual(1e-6 * scaleOf(atX));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('brackets the growth rate to 1e-6 relative', () => {
    fc.assert(
      fc.property(validAssumptions, (input) => {
        const growth = breakEven(input, 'visitorGrowthRate');
        if (growth === null) {
          expect(netResultWith(input, 'visitorGrowthRate', 1).netResult).toBeLessThan(0);
          return;
        }
        expect(netResultWith(input, 'visitorGrowthRate', growth).netResult).toBeGreaterThanOrEqual(0);
        const below = growth - 2 * BISECTION_RELATIVE_TOLERANCE * Math.max(Math.abs(growth), BISECTION_RELATIVE_TOLERANCE);
        if (below > -1) {
          const atBelow = netResultWith(input, 'visitorGrowthRate', below);
          // Just below the answer the idea does not break even (up to rounding in the sums).
          expect(atBelow.netResult).toBeLessThan(1e-9 * scaleOf(atBelow));
        }
      }),
      { numRuns: 200 },
    );
  });
});
