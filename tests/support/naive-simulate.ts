import { underwrite, type Assumptions, type SimulationResult } from '@/lib/underwrite';
import { createRandom } from '@/lib/underwrite/random';
import { distributionOf, fillDraws, RANGE_FIELDS, type Ranges } from '@/lib/underwrite/ranges';
import { parseAssumptions } from '@/lib/underwrite/validate';

/*
 * The uncertainty contract written the obvious way: an object per trial, a
 * full underwrite() per trial (month rows and all), sort() for every
 * percentile and a comparator sort for every rank. It shares only the draws
 * with simulate() (their distributions are tested on their own), so the unit
 * tests hold the fast path to it, and the benchmark measures the speed-up.
 */

const nearestRank = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;

function ranks(values: number[]): number[] {
  const order = values.map((v, i) => [v, i] as const).sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const out = new Array<number>(values.length);
  for (let start = 0; start < order.length; ) {
    let end = start + 1;
    while (end < order.length && order[end]![0] === order[start]![0]) end++;
    for (let j = start; j < end; j++) out[order[j]![1]] = (start + 1 + end) / 2;
    start = end;
  }
  return out;
}

function pearson(x: number[], y: number[]): number {
  const mean = (v: number[]) => v.reduce((s, n) => s + n, 0) / v.length;
  const [mx, my] = [mean(x), mean(y)];
  let cov = 0;
  let vx = 0;
  let vy = 0;
  x.forEach((xi, i) => {
    cov += (xi - mx) * (y[i]! - my);
    vx += (xi - mx) ** 2;
    vy += (y[i]! - my) ** 2;
  });
  return vx === 0 || vy === 0 ? 0 : Math.max(-1, Math.min(1, cov / Math.sqrt(vx * vy)));
}

export function naiveSimulate(input: Assumptions, ranges: Ranges, { trials = 10_000, seed = 1 } = {}): SimulationResult {
  const a = parseAssumptions(input);
  const ranged = RANGE_FIELDS.filter((field) => ranges[field] !== undefined);
  const draws = new Map(
    ranged.map((field) => [field, Array.from(fillDraws(distributionOf(field, ranges[field]!), createRandom(seed, RANGE_FIELDS.indexOf(field)), new Float64Array(trials)))]),
  );
  const runs = Array.from({ length: trials }, (_, t) => {
    const trial: Assumptions = { ...a };
    for (const field of ranged) trial[field] = draws.get(field)![t]!;
    return underwrite(trial).base;
  });
  const nets = runs.map((s) => s.netResult);
  const sorted = [...nets].sort((x, y) => x - y);
  const paybacks = runs.map((s) => s.paybackMonth ?? Infinity).sort((x, y) => x - y);
  const payback = (p: number) => {
    const month = nearestRank(paybacks, p);
    return month === Infinity ? null : month;
  };
  const netRanks = ranks(nets);
  const drivers = ranged.map((field) => {
    const values = draws.get(field)!;
    const constant = ranges[field]!.low === ranges[field]!.high;
    return { field, correlation: constant ? 0 : pearson(ranks(values), netRanks) };
  });
  drivers.sort((x, y) => Math.abs(y.correlation) - Math.abs(x.correlation));
  return {
    trials,
    probabilityPayback: nets.filter((n) => n >= 0).length / trials,
    netResult: {
      p5: nearestRank(sorted, 5),
      p10: nearestRank(sorted, 10),
      p25: nearestRank(sorted, 25),
      p50: nearestRank(sorted, 50),
      p75: nearestRank(sorted, 75),
      p90: nearestRank(sorted, 90),
      p95: nearestRank(sorted, 95),
      mean: nets.reduce((s, n) => s + n, 0) / trials,
    },
    paybackMonth: { p10: payback(10), p50: payback(50), p90: payback(90) },
    cumulativeBands: Array.from({ length: a.horizonMonths }, (_, m) => {
      const month = runs.map((s) => s.months[m]!.cumulativeProfit).sort((x, y) => x - y);
      return { month: m + 1, p10: nearestRank(month, 10), p50: nearestRank(month, 50), p90: nearestRank(month, 90) };
    }),
    drivers,
  };
}
