/*
 * The statistics the Monte Carlo summary needs, on typed arrays: no object
 * per value. Selection of a few percentiles lives in select.ts.
 */

/** The contract's nearest-rank index of percentile p among n sorted values: ceil(p / 100 × n) - 1. */
export function nearestRankIndex(p: number, n: number): number {
  return Math.min(n - 1, Math.max(0, Math.ceil((p / 100) * n) - 1));
}

const DIGIT_BITS = 11;
const DIGITS = 1 << DIGIT_BITS;
const DIGIT_MASK = DIGITS - 1;
// One histogram per pass, all three filled in the pass that makes the keys.
const histograms = new Uint32Array(DIGITS * 3);

/**
 * The indices of `values` in ascending order of value, several times faster
 * than sorting indices with a comparator: an LSD radix sort (3 passes of 11
 * bits, a pass skipped when every value has the same digit) on each double's
 * high 32 bits (sign, exponent and 20 bits of mantissa), then an insertion
 * sort by full value within each run that shares those bits (rare, short).
 */
export function sortOrder(values: Float64Array): Uint32Array {
  const n = values.length;
  const keys = new Uint32Array(n);
  // The doubles' 32-bit halves, read in place (little-endian: the high word is the odd one).
  const words = new Uint32Array(values.buffer, values.byteOffset, n * 2);
  const counts = histograms.fill(0);
  for (let i = 0; i < n; i++) {
    let high = words[2 * i + 1]!;
    // -0 and 0 are equal numbers and must tie, so both become 0.
    if (high === 0x80000000 && words[2 * i] === 0) high = 0;
    // Flip the bits so that unsigned order is numeric order: all bits of a
    // negative number, only the sign bit of a positive one.
    const key = high >>> 31 === 1 ? ~high >>> 0 : (high | 0x80000000) >>> 0;
    keys[i] = key;
    counts[key & DIGIT_MASK]!++;
    counts[DIGITS + ((key >>> DIGIT_BITS) & DIGIT_MASK)]!++;
    counts[2 * DIGITS + (key >>> (2 * DIGIT_BITS))]!++;
  }
  let order = new Uint32Array(n);
  let next = new Uint32Array(n);
  let sorted = false; // whether `order` holds a pass's result yet (else it is the identity)
  for (let pass = 0; pass < 3; pass++) {
    const base = pass * DIGITS;
    const shift = pass * DIGIT_BITS;
    // Counts become each digit's first position; a digit every value has means nothing to do.
    let same = false;
    for (let d = 0, position = 0; d < DIGITS; d++) {
      const count = counts[base + d]!;
      if (count === n) {
        same = true;
        break;
      }
      counts[base + d] = position;
      position += count;
    }
    if (same) continue;
    if (sorted) {
      for (let j = 0; j < n; j++) {
        const index = order[j]!;
        next[counts[base + ((keys[index]! >>> shift) & DIGIT_MASK)]!++] = index;
      }
    } else {
      for (let i = 0; i < n; i++) next[counts[base + ((keys[i]! >>> shift) & DIGIT_MASK)]!++] = i;
    }
    [order, next] = [next, order];
    sorted = true;
  }
  if (!sorted) for (let i = 0; i < n; i++) order[i] = i;
  for (let start = 0; start < n; ) {
    let end = start + 1;
    while (end < n && keys[order[end]!] === keys[order[start]!]) end++;
    for (let j = start + 1; j < end; j++) {
      const index = order[j]!;
      let k = j - 1;
      // Strictly greater only, so equal values keep their index order.
      while (k >= start && values[order[k]!]! > values[index]!) {
        order[k + 1] = order[k]!;
        k--;
      }
      order[k + 1] = index;
    }
    start = end;
  }
  return order;
}

/** 1-based ranks, ties given the average of the ranks they span (as Spearman's correlation needs). */
export function averageRanks(values: Float64Array, order: Uint32Array = sortOrder(values)): Float64Array {
  const n = values.length;
  const ranks = new Float64Array(n);
  let start = 0;
  while (start < n) {
    let end = start + 1;
    while (end < n && values[order[end]!] === values[order[start]!]) end++;
    // Positions start+1 .. end share the average of those ranks.
    const rank = (start + 1 + end) / 2;
    for (let j = start; j < end; j++) ranks[order[j]!] = rank;
    start = end;
  }
  return ranks;
}

/**
 * Spearman's correlation of `values` (sorted by `order`) with `ranks`, the
 * average ranks of another variable, without building values' own ranks:
 * one pass in sorted order, each run of equal values taking the average of
 * the ranks it spans. Average ranks always sum to n(n + 1) / 2, so both
 * means are (n + 1) / 2. 0 when either side is constant.
 */
export function rankCorrelation(values: Float64Array, order: Uint32Array, ranks: Float64Array): number {
  const n = values.length;
  const mean = (n + 1) / 2;
  let covariance = 0;
  let varianceX = 0;
  let varianceY = 0;
  for (let start = 0; start < n; ) {
    const value = values[order[start]!]!;
    let end = start;
    let sumY = 0;
    do {
      const dy = ranks[order[end]!]! - mean;
      sumY += dy;
      varianceY += dy * dy;
      end++;
    } while (end < n && values[order[end]!] === value);
    // Positions start+1 .. end share the average of those ranks.
    const dx = (start + 1 + end) / 2 - mean;
    covariance += dx * sumY;
    varianceX += dx * dx * (end - start);
    start = end;
  }
  if (varianceX === 0 || varianceY === 0) return 0;
  // Rounding can push |r| a hair past 1 for perfectly monotone data.
  return Math.max(-1, Math.min(1, covariance / Math.sqrt(varianceX * varianceY)));
}
