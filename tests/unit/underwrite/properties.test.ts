import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { underwrite, unitMargin, type Scenario } from '@/lib/underwrite';
import { serviceMarginOf } from '@/lib/underwrite/economics';
import { scenarioOf as runScenario } from '@/lib/underwrite/engine';
import { parseAssumptions } from '@/lib/underwrite/validate';
import { idea, scaleOf, validAssumptions, validStressProfile } from './support';

/*
 * Properties over the whole valid input space (see validAssumptions). Money
 * comparisons allow rounding relative to the money flowing through the
 * scenario (scaleOf), since netResult itself can be near 0.
 */

const EPS = 1e-9;

/** Every number a scenario reports, its month rows included. */
function numbersOf(s: Scenario): number[] {
  const { assumptions: _inputs, months, ...totals } = s;
  return [...Object.values(totals).map((n) => n ?? 0), ...months.flatMap((row) => Object.values(row))];
}

/** The first month from which the running total stays >= 0 to the end, read straight off the rows. */
function inTheBlackForGoodFrom(values: number[]): number | null {
  if (!(values.at(-1)! >= 0)) return null;
  let month = values.length;
  while (month > 1 && values[month - 2]! >= 0) month--;
  return month;
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

  it('quotes no lever it cannot express: a conversion rate of 5e-324 is no basis for a percentage', () => {
    // Found by the property above: (needed - current) / current overflowed to Infinity.
    const a = idea({ price: 1_000_000, monthlyVisitors: 0.5000000000000001, conversionRate: 5e-324, upfrontCash: 4.440892098500627e-12, horizonMonths: 1 });
    expect(underwrite(a).verdict.reasons.join(' ')).not.toMatch(/NaN|Infinity|∞/);
  });

  it('stays finite under any valid stress profile, even one pushing inputs past their limits', () => {
    fc.assert(
      fc.property(validAssumptions, validStressProfile, (a, p) => {
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

  it('never lets any stress profile within the bounds beat the base case while customers and packages are worth having', () => {
    fc.assert(
      fc.property(validAssumptions, validStressProfile, (a, p) => {
        fc.pre(unitMargin(a) >= 0 && serviceMarginOf(parseAssumptions(a)) >= 0);
        const { base, stress } = underwrite(a, p);
        expect(stress.netResult).toBeLessThanOrEqual(base.netResult + EPS * scaleOf(base));
      }),
      { numRuns: 1000 },
    );
  });

  it('pays back (for good) exactly when the case ends at or above 0, in money and in money plus time', () => {
    fc.assert(
      fc.property(validAssumptions, (a) => {
        const s = runScenario(a);
        expect(s.paybackMonth !== null).toBe(s.netResult >= 0);
        expect(s.cashPaybackMonth !== null).toBe(s.cashNetResult >= 0);
        expect(s.paybackMonth).toBe(inTheBlackForGoodFrom(s.months.map((row) => row.cumulativeProfit)));
        expect(s.cashPaybackMonth).toBe(inTheBlackForGoodFrom(s.months.map((row) => row.cumulativeCash)));
      }),
      { numRuns: 500 },
    );
  });

  it('never puts less at risk than the upfront cash, and at least the deepest cash dip', () => {
    fc.assert(
      fc.property(validAssumptions, (a) => {
        const s = runScenario(a);
        expect(s.maxCashAtRisk).toBeGreaterThanOrEqual(a.upfrontCash);
        expect(s.maxCashAtRisk).toBe(Math.max(a.upfrontCash, ...s.months.map((row) => -row.cumulativeCash)));
      }),
      { numRuns: 300 },
    );
  });

  it('splits the net result into money and time: netResult = cashNetResult - totalTimeCost', () => {
    fc.assert(
      fc.property(validAssumptions, (a) => {
        const s = runScenario(a);
        expect(Math.abs(s.netResult - (s.cashNetResult - s.totalTimeCost))).toBeLessThanOrEqual(EPS * scaleOf(s));
      }),
      { numRuns: 300 },
    );
  });

  it('is affine in conversion: netResult(c) = netResult(0) + c × (netResult(1) - netResult(0))', () => {
    fc.assert(
      fc.property(validAssumptions, fc.double({ min: 0, max: 1, noNaN: true }), (a, c) => {
        const at = (rate: number) => runScenario({ ...a, conversionRate: rate });
        const [zero, one, mid] = [at(0), at(1), at(c)];
        const expected = zero.netResult + c * (one.netResult - zero.netResult);
        expect(Math.abs(mid.netResult - expected)).toBeLessThanOrEqual(1e-9 * Math.max(scaleOf(one), scaleOf(zero)));
      }),
      { numRuns: 500 },
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

  it('never lowers netResult when price or traffic rises and the unit and service margins are positive', () => {
    fc.assert(
      fc.property(validAssumptions, fc.double({ min: 0, max: 1, noNaN: true }), (a, raise) => {
        // A package that costs more hours than it brings in makes each extra visitor a loss.
        fc.pre(unitMargin(a) > 0 && serviceMarginOf(parseAssumptions(a)) >= 0);
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
