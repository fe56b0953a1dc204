import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assumptionsOf } from '@/lib/ideas/schema';
import { DEMO_IDEAS } from '@/scripts/demo/ideas';
import { InvalidAssumptionsError, underwrite, type Assumptions, type RangeField, type Ranges } from '@/lib/underwrite';
import { chanceOfPayback, simulate } from '@/lib/underwrite/simulate';
import { createRandom, normalQuantile } from '@/lib/underwrite/random';
import { distributionOf, fillDraws, RANGE_FIELDS, Z90_WIDTH } from '@/lib/underwrite/ranges';
import { ALL_TWELVE as ALL_RANGES, HYBRID_TEMPLATE } from '@/tests/support/fixtures';
import { naiveSimulate } from '@/tests/support/naive-simulate';
import { idea, ROBUST_ONE_TIME } from './support';

const TEMPLATE = idea(HYBRID_TEMPLATE);

/** Ranges of zero width at the worksheet's own values. */
const pinned = (a: Assumptions): Ranges => Object.fromEntries(RANGE_FIELDS.map((f) => [f, { low: a[f], high: a[f] }]));

describe('simulate: hand-checkable cases', () => {
  it('reproduces the deterministic base case when every range has low = high', () => {
    for (const a of [TEMPLATE, ROBUST_ONE_TIME, { ...TEMPLATE, pricingModel: 'subscription' as const, churnRate: 0.05 }]) {
      const base = underwrite(a).base;
      const result = simulate(a, pinned(a), { trials: 500 });
      const { mean, ...percentiles } = result.netResult;
      for (const value of Object.values(percentiles)) expect(value).toBe(base.netResult);
      // A sum of 500 equal numbers divided by 500 may differ in the last bit.
      expect(mean).toBeCloseTo(base.netResult, 6);
      expect(result.probabilityPayback).toBe(base.netResult >= 0 ? 1 : 0);
      expect(result.paybackMonth).toEqual({ p10: base.paybackMonth, p50: base.paybackMonth, p90: base.paybackMonth });
      expect(result.cumulativeBands).toEqual(
        base.months.map((row) => ({ month: row.month, p10: row.cumulativeProfit, p50: row.cumulativeProfit, p90: row.cumulativeProfit })),
      );
      expect(result.drivers.map((d) => d.correlation)).toEqual(RANGE_FIELDS.map(() => 0));
    }
  });

  it('gives the same result for the same seed, whatever the key order of ranges', () => {
    const reversed = Object.fromEntries(Object.entries(ALL_RANGES).reverse());
    expect(simulate(TEMPLATE, ALL_RANGES, { trials: 2000, seed: 7 })).toEqual(simulate(TEMPLATE, reversed, { trials: 2000, seed: 7 }));
    expect(simulate(TEMPLATE, ALL_RANGES, { trials: 2000, seed: 8 }).netResult).not.toEqual(simulate(TEMPLATE, ALL_RANGES, { trials: 2000, seed: 7 }).netResult);
  });

  it('defaults to 10,000 trials and seed 1', () => {
    const result = simulate(TEMPLATE, { price: ALL_RANGES.price });
    expect(result.trials).toBe(10_000);
    expect(result).toEqual(simulate(TEMPLATE, { price: ALL_RANGES.price }, { trials: 10_000, seed: 1 }));
  });

  it('agrees exactly with the naive version (an underwrite() per trial, sort for every percentile)', () => {
    for (const [a, ranges] of [
      [TEMPLATE, ALL_RANGES],
      [{ ...TEMPLATE, pricingModel: 'subscription' as const, churnRate: 0.03 }, ALL_RANGES],
      [ROBUST_ONE_TIME, { conversionRate: { low: 0.005, high: 0.03 }, upfrontHours: { low: 10, high: 60 } }],
    ] as [Assumptions, Ranges][]) {
      const fast = simulate(a, ranges, { trials: 700, seed: 3 });
      const naive = naiveSimulate(a, ranges, { trials: 700, seed: 3 });
      expect(fast.netResult).toEqual({ ...naive.netResult, mean: expect.closeTo(naive.netResult.mean, 6) });
      expect({ ...fast, netResult: null, drivers: null }).toEqual({ ...naive, netResult: null, drivers: null });
      expect(fast.drivers.map((d) => d.field)).toEqual(naive.drivers.map((d) => d.field));
      fast.drivers.forEach((d, i) => expect(d.correlation).toBeCloseTo(naive.drivers[i]!.correlation, 12));
    }
  });

  it('matches a single lognormal input\'s closed-form quantiles within sampling error', () => {
    // Net result is a rising line in price here (no per-customer costs), so its
    // percentiles are the price quantiles exp(mu + sigma × z_p) put through that line.
    const a = idea({ price: 30, monthlyVisitors: 1000, conversionRate: 0.02, upfrontCash: 5000, horizonMonths: 12 });
    const line = (price: number) => 240 * price - 5000;
    const [low, high] = [20, 45];
    const mu = (Math.log(low) + Math.log(high)) / 2;
    const sigma = (Math.log(high) - Math.log(low)) / Z90_WIDTH;
    const result = simulate(a, { price: { low, high } }, { trials: 20_000, seed: 11 });
    for (const p of [5, 10, 25, 50, 75, 90, 95] as const) {
      const quantile = Math.exp(mu + sigma * normalQuantile(p / 100));
      // The sampling error of a quantile estimate: about sqrt(p (1 - p) / N) in probability, < 1 % here.
      const lower = line(Math.exp(mu + sigma * normalQuantile(p / 100 - 0.01)));
      const upper = line(Math.exp(mu + sigma * normalQuantile(p / 100 + 0.01)));
      const got = result.netResult[`p${p}`];
      expect(got, `p${p} vs ${line(quantile)}`).toBeGreaterThan(lower);
      expect(got, `p${p} vs ${line(quantile)}`).toBeLessThan(upper);
    }
    // Everything above break-even price 5000 / 240 ≈ $20.83 pays back: P(price > 20.83).
    const z = (Math.log(5000 / 240) - mu) / sigma;
    const expected = 1 - normalCdf(z);
    expect(Math.abs(result.probabilityPayback - expected)).toBeLessThan(0.01);
    expect(result.drivers).toEqual([{ field: 'price', correlation: 1 }]);
  });

  it('puts trials that never pay back after every month: null where a percentile falls on them', () => {
    // Break-even needs price > 5000 / 240 ≈ 20.8; a range of 10–25 leaves most trials short.
    const a = idea({ price: 22, monthlyVisitors: 1000, conversionRate: 0.02, upfrontCash: 5000, horizonMonths: 12 });
    const result = simulate(a, { price: { low: 10, high: 25 } });
    expect(result.probabilityPayback).toBeGreaterThan(0.1);
    expect(result.probabilityPayback).toBeLessThan(0.5);
    expect(result.paybackMonth.p10).toBe(12);
    expect(result.paybackMonth.p50).toBeNull();
    expect(result.paybackMonth.p90).toBeNull();
  });

  it('ranks drivers by strength, signs included, and gives a constant range 0', () => {
    const result = simulate(TEMPLATE, { ...ALL_RANGES, feeRate: { low: 0.06, high: 0.06 } }, { trials: 5000 });
    const byField = Object.fromEntries(result.drivers.map((d) => [d.field, d.correlation]));
    expect(byField.feeRate).toBe(0);
    expect(byField.conversionRate).toBeGreaterThan(0.3);
    expect(byField.upkeepHoursPerMonth).toBeLessThan(0);
    const strengths = result.drivers.map((d) => Math.abs(d.correlation));
    expect(strengths).toEqual([...strengths].sort((x, y) => y - x));
  });

  it('leaves other fields\' draws alone when one range changes (stable sensitivity)', () => {
    const before = simulate(TEMPLATE, ALL_RANGES, { trials: 3000 });
    const after = simulate(TEMPLATE, { ...ALL_RANGES, refundRate: { low: 0.04, high: 0.04 } }, { trials: 3000 });
    const order = (r: typeof before) => r.drivers.filter((d) => d.field !== 'refundRate').map((d) => d.field).slice(0, 4);
    expect(order(after)).toEqual(order(before));
  });
});

describe('simulate: the draws', () => {
  const draws = (field: RangeField, low: number, high: number, n = 100_000, seed = 5) =>
    Array.from(fillDraws(distributionOf(field, { low, high }), createRandom(seed, 0), new Float64Array(n))).sort((x, y) => x - y);

  it('lognormal: the median is sqrt(low × high), and 90 % of draws fall inside [low, high] within ±1 %', () => {
    const values = draws('price', 10, 90);
    // Four standard errors of the sample median of the log: 4 × 1.2533 × sigma / sqrt(N).
    const sigma = Math.log(9) / Z90_WIDTH;
    expect(Math.abs(Math.log(values[values.length / 2]!) - Math.log(Math.sqrt(10 * 90)))).toBeLessThan((4 * 1.2533 * sigma) / Math.sqrt(values.length));
    const inside = values.filter((v) => v >= 10 && v <= 90).length / values.length;
    expect(Math.abs(inside - 0.9)).toBeLessThan(0.01);
  });

  it('normal for growth and for ranges reaching 0: mean in the middle, 90 % inside', () => {
    for (const [field, low, high] of [['visitorGrowthRate', -0.05, 0.1], ['adSpendPerMonth', 0, 400]] as const) {
      const values = draws(field, low, high);
      expect(distributionOf(field, { low, high }).kind).toBe('normal');
      // Four standard errors of a sample median: 4 × 1.2533 × sd / sqrt(N).
      const sd = (high - low) / Z90_WIDTH;
      expect(Math.abs(values[values.length / 2]! - (low + high) / 2)).toBeLessThan((4 * 1.2533 * sd) / Math.sqrt(values.length));
      // Clamping at 0 moves the lower tail onto 0, which is still inside [low, high].
      const inside = values.filter((v) => v >= low && v <= high).length / values.length;
      expect(Math.abs(inside - (low === 0 ? 0.95 : 0.9))).toBeLessThan(0.01);
    }
  });

  it('never leaves a field\'s valid range', () => {
    const field = fc.constantFrom(...RANGE_FIELDS);
    const bound = fc.double({ min: -5, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(field, bound, bound, fc.integer(), (f, x, y, seed) => {
        const [low, high] = x <= y ? [x, y] : [y, x];
        const values = fillDraws(distributionOf(f, { low, high }), createRandom(seed, 0), new Float64Array(100));
        const rate = ['conversionRate', 'refundRate', 'feeRate', 'churnRate', 'servicePackageRate'].includes(f);
        const min = f === 'visitorGrowthRate' ? -0.99 : 0;
        for (const v of low === high ? [] : values) {
          expect(v).toBeGreaterThanOrEqual(min);
          if (rate) expect(v).toBeLessThanOrEqual(1);
          expect(Number.isFinite(v)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('simulate over random ideas and ranges', () => {
  const widen = (value: number, below: number, above: number) => ({ low: value * (1 - below), high: value * (1 + above) });
  const spread = fc.double({ min: 0, max: 0.9, noNaN: true });

  it('orders its percentiles: P5 <= P10 <= ... <= P95, and each month\'s P10 <= P50 <= P90', () => {
    fc.assert(
      fc.property(spread, spread, spread, fc.integer({ min: 1, max: 300 }), (s1, s2, s3, trials) => {
        const ranges = { price: widen(29, s1, s2), conversionRate: widen(0.02, s2, s3), upkeepHoursPerMonth: widen(4, s3, s1) };
        const r = simulate(TEMPLATE, ranges, { trials });
        const n = r.netResult;
        expect([n.p5, n.p10, n.p25, n.p50, n.p75, n.p90, n.p95]).toEqual([n.p5, n.p10, n.p25, n.p50, n.p75, n.p90, n.p95].sort((x, y) => x - y));
        for (const band of r.cumulativeBands) expect(band.p10 <= band.p50 && band.p50 <= band.p90).toBe(true);
        const months = [r.paybackMonth.p10, r.paybackMonth.p50, r.paybackMonth.p90].map((m) => m ?? Infinity);
        expect(months).toEqual([...months].sort((x, y) => x - y));
        expect(r.probabilityPayback).toBeGreaterThanOrEqual(0);
        expect(r.probabilityPayback).toBeLessThanOrEqual(1);
      }),
      { numRuns: 60 },
    );
  });

  it('never lowers the chance of payback when price, traffic and conversion ranges all shift upward', () => {
    fc.assert(
      fc.property(spread, spread, fc.double({ min: 1, max: 3, noNaN: true }), fc.integer({ min: 1, max: 1000 }), (below, above, factor, seed) => {
        // No per-customer cost, so every extra customer or dollar of price helps.
        const a = idea({ price: 20, monthlyVisitors: 1000, conversionRate: 0.02, feeRate: 0.05, upfrontCash: 4000, horizonMonths: 12 });
        const scaled = (k: number): [Assumptions, Ranges] => [
          { ...a, price: a.price * k, monthlyVisitors: a.monthlyVisitors * k, conversionRate: Math.min(1, a.conversionRate * k) },
          {
            price: widen(a.price * k, below, above),
            monthlyVisitors: widen(a.monthlyVisitors * k, below, above),
            conversionRate: widen(Math.min(1, a.conversionRate * k), below, Math.min(above, 1 / (a.conversionRate * k) - 1)),
          },
        ];
        const before = simulate(...scaled(1), { trials: 400, seed });
        const after = simulate(...scaled(factor), { trials: 400, seed });
        expect(after.probabilityPayback).toBeGreaterThanOrEqual(before.probabilityPayback);
      }),
      { numRuns: 60 },
    );
  });
});

describe('simulate refuses bad input once, with a typed error', () => {
  const refused = (ranges: unknown, field: string, options = {}) =>
    expect(() => simulate(TEMPLATE, ranges, options)).toThrow(expect.objectContaining({ name: 'InvalidAssumptionsError', field }));

  it('a range on a field the contract does not list', () => refused({ hourlyRate: { low: 50, high: 70 } }, 'ranges'));
  it('low above high', () => refused({ price: { low: 40, high: 20 } }, 'ranges.price'));
  it('a worksheet value outside its range', () => refused({ price: { low: 30, high: 40 } }, 'ranges.price'));
  it('a non-number end', () => refused({ price: { low: '19', high: 39 } }, 'ranges.price'));
  it('a trial count that is not a whole number of at least 1', () => {
    refused({}, 'options.trials', { trials: 0 });
    refused({}, 'options.trials', { trials: 2.5 });
  });
  it('bad assumptions, as every engine function does', () => {
    expect(() => simulate({ ...TEMPLATE, price: -1 }, {})).toThrow(InvalidAssumptionsError);
  });
});

/** The standard normal CDF by bisection on the quantile (the tests' own closed form). */
function normalCdf(z: number): number {
  let [lo, hi] = [1e-12, 1 - 1e-12];
  for (let i = 0; i < 80; i++) {
    const mid = (lo + hi) / 2;
    if (normalQuantile(mid) < z) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

describe('chanceOfPayback', () => {
  it('equals simulate()’s probabilityPayback for the same input, seed and trials', () => {
    for (const { input } of DEMO_IDEAS) {
      for (const seed of [1, 7]) {
        const full = simulate(assumptionsOf(input), input.ranges, { trials: 3000, seed });
        expect(chanceOfPayback(assumptionsOf(input), input.ranges, { trials: 3000, seed })).toBe(full.probabilityPayback);
      }
    }
  });
});
