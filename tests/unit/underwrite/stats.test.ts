import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orderStatistics, selectInPlace } from '@/lib/underwrite/select';
import { averageRanks, nearestRankIndex, rankCorrelation, sortOrder } from '@/lib/underwrite/stats';

// Doubles of every magnitude and sign, with many exact ties (small integers, ±0).
const value = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: -3, max: 3 }), fc.constantFrom(0, -0));
const values = fc.array(value, { minLength: 1, maxLength: 400 }).map((v) => Float64Array.from(v));

describe('the Monte Carlo statistics', () => {
  it('sortOrder sorts ascending and keeps equal values in index order', () => {
    fc.assert(
      fc.property(values, (v) => {
        const order = Array.from(sortOrder(v));
        const expected = Array.from(v.keys()).sort((i, j) => v[i]! - v[j]! || i - j);
        expect(order).toEqual(expected);
      }),
    );
  });

  it('sortOrder reads a view into a larger buffer at its own offset', () => {
    // It reads the doubles' words in place, so a subarray must not see its neighbours.
    fc.assert(
      fc.property(values, fc.nat(5), (v, pad) => {
        const backing = new Float64Array(v.length + 2 * pad).fill(-1e300);
        backing.set(v, pad);
        expect(Array.from(sortOrder(backing.subarray(pad, pad + v.length)))).toEqual(Array.from(sortOrder(Float64Array.from(v))));
      }),
    );
  });

  it('averageRanks gives ties the average of the ranks they span', () => {
    expect(Array.from(averageRanks(Float64Array.from([10, 20, 20, 5, 20, -0, 0])))).toEqual([4, 6, 6, 3, 6, 1.5, 1.5]);
  });

  it('selectInPlace finds what a sort puts at k', () => {
    fc.assert(
      fc.property(values, fc.nat(), (v, seed) => {
        const k = seed % v.length;
        // == so that -0 and 0, equal numbers, count as the same answer.
        expect(selectInPlace(v.slice(), k) === v.slice().sort()[k]).toBe(true);
      }),
    );
  });

  it('uses the nearest-rank index ceil(p / 100 × N) - 1', () => {
    expect(nearestRankIndex(50, 10)).toBe(4);
    expect(nearestRankIndex(10, 10_000)).toBe(999);
    expect(nearestRankIndex(95, 1)).toBe(0);
    expect(nearestRankIndex(5, 7)).toBe(0);
    expect(nearestRankIndex(90, 7)).toBe(6);
  });

  it('rankCorrelation is 0 for a constant side and ±1 for a perfectly monotone one', () => {
    const x = Float64Array.from([1, 2, 3, 4]);
    const spearman = (v: number[]) => rankCorrelation(Float64Array.from(v), sortOrder(Float64Array.from(v)), averageRanks(x));
    expect(spearman([5, 5, 5, 5])).toBe(0);
    expect(spearman([2, 4, 6, 8])).toBe(1);
    expect(spearman([8, 6, 4, 2])).toBe(-1);
    expect(rankCorrelation(x, sortOrder(x), Float64Array.from([2.5, 2.5, 2.5, 2.5]))).toBe(0);
  });

  it("rankCorrelation equals Pearson's correlation of the two sides' average ranks", () => {
    // The textbook definition, written out plainly, as the reference.
    const pearson = (x: Float64Array, y: Float64Array) => {
      const mean = (v: Float64Array) => v.reduce((sum, e) => sum + e, 0) / v.length;
      const [mx, my] = [mean(x), mean(y)];
      let [cov, vx, vy] = [0, 0, 0];
      x.forEach((e, i) => {
        cov += (e - mx) * (y[i]! - my);
        vx += (e - mx) ** 2;
        vy += (y[i]! - my) ** 2;
      });
      return vx === 0 || vy === 0 ? 0 : cov / Math.sqrt(vx * vy);
    };
    const pairs = fc.array(fc.tuple(value, value), { minLength: 1, maxLength: 400 });
    fc.assert(
      fc.property(pairs, (p) => {
        const x = Float64Array.from(p.map(([a]) => a));
        const y = Float64Array.from(p.map(([, b]) => b));
        const got = rankCorrelation(x, sortOrder(x), averageRanks(y));
        expect(got).toBeCloseTo(pearson(averageRanks(x), averageRanks(y)), 12);
      }),
    );
  });
});

/** orderStatistics at positions picked by `seeds` against a full sort, leaving its input as it was. */
function checkOrderStatistics(raw: number[], seeds: number[]) {
  const v = Float64Array.from(raw);
  const ks = seeds.map((s) => s % v.length).sort((x, y) => x - y);
  const sorted = v.slice().sort();
  const got = orderStatistics(v, ks, new Float64Array(v.length), new Uint16Array(v.length));
  // == so that -0 and 0, equal numbers, count as the same answer.
  got.forEach((x, i) => expect(x === sorted[ks[i]!]).toBe(true));
  expect(Array.from(v)).toEqual(raw);
}

describe('orderStatistics', () => {
  it('copes with a spread wider than the largest double, or narrower than the smallest (found by fast-check)', () => {
    const wide = Float64Array.from([2.6943844178718717e293, -1.7976931348623131e308]);
    expect(orderStatistics(wide, [0, 1], new Float64Array(2), new Uint16Array(2))).toEqual([-1.7976931348623131e308, 2.6943844178718717e293]);
    const narrow = Float64Array.from([0, -5e-324]);
    expect(orderStatistics(narrow, [0, 1], new Float64Array(2), new Uint16Array(2))).toEqual([-5e-324, 0]);
  });

  it('finds what a sort puts at each position, heavy tails and ties included', () => {
    const heavy = fc.oneof(value, fc.double({ min: 1, max: 1e12, noNaN: true }).map((x) => x ** 2));
    fc.assert(
      fc.property(fc.array(heavy, { minLength: 1, maxLength: 500 }), fc.array(fc.nat(), { minLength: 1, maxLength: 3 }), checkOrderStatistics),
      { numRuns: 1000 },
    );
  });

  it('buckets a crowded bucket again, levels deep, and still finds what a sort puts there', () => {
    // Thousands of values, most within a hair of each other and a few far out: the first bucketing puts
    // nearly all of them in one bucket, and so does the next level down (lognormal tails, 1 / x spikes).
    const crowded = fc.oneof(
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.double({ min: 1, max: 1e6, noNaN: true }).map((x) => 1 / x ** 3),
      fc.constantFrom(1e9, -1e9, 0, 1e-300),
    );
    fc.assert(
      fc.property(fc.array(crowded, { minLength: 300, maxLength: 3000 }), fc.array(fc.nat(), { minLength: 1, maxLength: 3 }), checkOrderStatistics),
      { numRuns: 200 },
    );
  });
});
