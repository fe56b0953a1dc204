/*
 * A small seeded PRNG for the Monte Carlo: the same seed gives the same
 * draws on the server, in the browser's worker and in tests. sfc32 (Chris
 * Doty-Humphrey's "small fast chaotic" generator) passes PractRand and
 * BigCrush, needs only 32-bit integer arithmetic, and is seeded here through
 * splitmix32 so that nearby seeds (1, 2, 3) give unrelated streams.
 */

export interface Random {
  /** A uniform draw in (0, 1): never exactly 0 or 1, so inverse CDFs stay finite. */
  uniform(): number;
  /** A standard normal draw (mean 0, sd 1), by the inverse CDF of one uniform draw. */
  normal(): number;
  /** Fills `out` with standard normal draws: the same values as calling normal() out.length times. */
  fillNormal(out: Float64Array): Float64Array;
}

function splitmix32(state: number): () => number {
  return () => {
    state = (state + 0x9e3779b9) | 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/*
 * Peter Acklam's rational approximation of the standard normal quantile
 * (relative error below 1.2e-9): a rational polynomial in the central 95 %,
 * a log and a square root only in the tails. One uniform draw per normal,
 * and far cheaper than Box–Muller's log, sqrt, sin and cos.
 */
// Acklam's coefficients as plain constants: the hot loop reads no arrays.
const A0 = -3.969683028665376e1, A1 = 2.209460984245205e2, A2 = -2.759285104469687e2, A3 = 1.38357751867269e2, A4 = -3.066479806614716e1, A5 = 2.506628277459239;
const B0 = -5.447609879822406e1, B1 = 1.615858368580409e2, B2 = -1.556989798598866e2, B3 = 6.680131188771972e1, B4 = -1.328068155288572e1;
const C0 = -7.784894002430293e-3, C1 = -3.223964580411365e-1, C2 = -2.400758277161838, C3 = -2.549732539343734, C4 = 4.374664141464968, C5 = 2.938163982698783;
const D0 = 7.784695709041462e-3, D1 = 3.224671290700398e-1, D2 = 2.445134137142996, D3 = 3.754408661907416;
const P_LOW = 0.02425;
const P_HIGH = 1 - P_LOW;

export function normalQuantile(p: number): number {
  if (p < P_LOW || p > P_HIGH) {
    const q = Math.sqrt(-2 * Math.log(p < P_LOW ? p : 1 - p));
    const x = (((((C0 * q + C1) * q + C2) * q + C3) * q + C4) * q + C5) / ((((D0 * q + D1) * q + D2) * q + D3) * q + 1);
    return p < P_LOW ? x : -x;
  }
  const q = p - 0.5;
  const r = q * q;
  return ((((((A0 * r + A1) * r + A2) * r + A3) * r + A4) * r + A5) * q) / (((((B0 * r + B1) * r + B2) * r + B3) * r + B4) * r + 1);
}

/**
 * A generator for one seed and one stream. Each ranged field draws from its
 * own stream, so changing one field's range leaves every other field's draws
 * as they were: the drivers and percentiles move only for the change made.
 */
export function createRandom(seed: number, stream = 0): Random {
  const init = splitmix32((seed | 0) ^ Math.imul(stream + 1, 0x27d4eb2d));
  let a = init();
  let b = init();
  let c = init();
  let d = init();
  function next(): number {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  }
  // Discard the first outputs, as sfc32's author recommends.
  for (let i = 0; i < 12; i++) next();

  const uniform = () => (next() + 0.5) / 4294967296;
  // next() written out, with the state in locals, so the loop over thousands of draws stays in registers.
  const fillNormal = (out: Float64Array) => {
    let sa = a, sb = b, sc = c, sd = d;
    for (let i = 0; i < out.length; i++) {
      const t = (((sa + sb) | 0) + sd) | 0;
      sd = (sd + 1) | 0;
      sa = sb ^ (sb >>> 9);
      sb = (sc + (sc << 3)) | 0;
      sc = (sc << 21) | (sc >>> 11);
      sc = (sc + t) | 0;
      out[i] = normalQuantile(((t >>> 0) + 0.5) / 4294967296);
    }
    a = sa;
    b = sb;
    c = sc;
    d = sd;
    return out;
  };
  return { uniform, normal: () => normalQuantile(uniform()), fillNormal };
}
