import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runScenario, underwrite, unitMargin, type Scenario } from '@/lib/underwrite';
import { idea, scaleOf, validAssumptions } from './support';

/*
 * Properties over the whole valid input space (see validAssumptions). Money
 * comparisons allow rounding relative to the money flowing through the
 * scenario (scaleOf), since netResult itself can be near 0.
 */

const EPS = 1e-9;

function numbersOf(s: Scenario): number[] {
  return [
    s.upfrontInvestment,
    s.totalGross,
    s.totalCashFlow,
    s.totalProfit,
    s.netResult,
    s.avgOperatingHoursPerMonth,
    s.effectiveHourlyRate ?? 0,
    s.breakEvenConversionRate ?? 0,
    ...s.months.flatMap((row) => Object.values(row)),
  ];
}

describe('underwrite over the valid input space', () => {
  it('produces only finite numbers and readable text', () => {
    fc.assert(
      fc.property(validAssumptions, (a) => {
        const { base, stress, verdict, warnings } = underwrite(a);
        expect([...numbersOf(base), ...numbersOf(stress)].filter((n) => !Number.isFinite(n))).toEqual([]);
        expect([...verdict.reasons, ...warnings.map((w) => w.message)].join('\n')).not.toMatch(/NaN|Infinity|∞/);
      }),
      { numRuns: 300 },
    );
  });

  it('stays finite under any valid stress profile, even one pushing inputs past their limits', () => {
    const change = fc.double({ min: -1, max: 5, noNaN: true });
    const add = fc.double({ min: -1, max: 1, noNaN: true });
    const profile = fc.record({ trafficChange: change, conversionChange: change, refundRateAdd: add, supportChange: change, churnRateAdd: add, upkeepChange: change });
    fc.assert(
      fc.property(validAssumptions, profile, (a, p) => {
        expect(numbersOf(underwrite(a, p).stress).filter((n) => !Number.isFinite(n))).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('ends the last month at -upfrontInvestment + totalProfit', () => {
    fc.assert(
      fc.property(validAssumptions, (a) => {
        const s = runScenario(a);
        const last = s.months.at(-1)!;
        expect(s.netResult).toBe(last.cumulativeProfit);
        expect(Math.abs(last.cumulativeProfit - (-s.upfrontInvestment + s.totalProfit))).toBeLessThanOrEqual(EPS * scaleOf(s));
      }),
      { numRuns: 300 },
    );
  });

  it('never lets the default stress case beat the base case while customers are worth having', () => {
    fc.assert(
      fc.property(validAssumptions, (a) => {
        fc.pre(unitMargin(a) >= 0);
        const { base, stress } = underwrite(a);
        expect(stress.netResult).toBeLessThanOrEqual(base.netResult + EPS * scaleOf(base));
      }),
      { numRuns: 300 },
    );
  });

  it('lets the stress case lose less when every customer loses money (why the property above needs its precondition)', () => {
    // A $12 fixed fee on a $10 sale: each of the 20 sales a month loses $2 (-480 over
    // 24 months); stress makes it 8.4 sales losing $2.50 each (-504 × 10 / 24 = -252).
    const a = idea({ price: 10, monthlyVisitors: 1000, conversionRate: 0.02, feePerTransaction: 12 });
    const { base, stress } = underwrite(a);
    expect(unitMargin(a)).toBeLessThan(0);
    expect(stress.netResult).toBeGreaterThan(base.netResult);
  });

  it('breaks even at breakEvenConversionRate: netResult there is 0 within 1e-6 of scale', () => {
    fc.assert(
      fc.property(validAssumptions, (a) => {
        const s = runScenario(a);
        const rate = s.breakEvenConversionRate;
        if (rate === null) {
          // No rate up to 100 % helps.
          const atFull = runScenario({ ...a, conversionRate: 1 });
          expect(atFull.netResult).toBeLessThan(1e-6 * scaleOf(atFull));
        } else if (rate === 0) {
          const atZero = runScenario({ ...a, conversionRate: 0 });
          expect(atZero.netResult).toBeGreaterThanOrEqual(-1e-6 * scaleOf(atZero));
        } else {
          expect(rate).toBeGreaterThan(0);
          expect(rate).toBeLessThanOrEqual(1);
          const atRate = runScenario({ ...a, conversionRate: rate });
          expect(Math.abs(atRate.netResult)).toBeLessThanOrEqual(1e-6 * scaleOf(atRate));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never lowers netResult when price or traffic rises and the unit margin is positive', () => {
    fc.assert(
      fc.property(validAssumptions, fc.double({ min: 0, max: 1, noNaN: true }), (a, raise) => {
        fc.pre(unitMargin(a) > 0);
        const before = runScenario(a);
        const tolerance = EPS * scaleOf(before);
        const higherPrice = runScenario({ ...a, price: Math.min(1_000_000, a.price * (1 + raise)) });
        const moreTraffic = runScenario({ ...a, monthlyVisitors: Math.min(100_000_000, a.monthlyVisitors * (1 + raise)) });
        expect(higherPrice.netResult).toBeGreaterThanOrEqual(before.netResult - tolerance);
        expect(moreTraffic.netResult).toBeGreaterThanOrEqual(before.netResult - tolerance);
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(validAssumptions, (a) => {
        expect(underwrite(a)).toEqual(underwrite(structuredClone(a)));
      }),
      { numRuns: 50 },
    );
  });
});
