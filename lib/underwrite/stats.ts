/*
 * The statistics the Monte Carlo summary needs, on typed arrays: no object
 * per value, and selection rather than a full sort where only a few
 * percentiles are wanted.
 */

/** The contract's nearest-rank index of percentile p among n sorted values: ceil(p / 100 × n) - 1. */
export function nearestRankIndex(p: number, n: number): number {
  return Math.min(n - 1, Math.max(0, Math.ceil((p / 100) * n) - 1));
}

/**
 * Rearranges values[from..to) so that values[k] holds what a sort would put
 * there, with everything before it <= and everything after it >= (Floyd and
 * Rivest's SELECT: a pivot range chosen from a sample narrows the search to
 * about n + min(k, n - k) comparisons). Returns values[k].
 */
export function selectInPlace(values: Float64Array, k: number, from = 0, to = values.length): number {
  let left = from;
  let right = to - 1;
  while (right > left) {
    if (right - left > 600) {
      // Recurse on a sample around k to find good bounds for the pivot.
      const n = right - left + 1;
      const m = k - left + 1;
      const z = Math.log(n);
      const s = 0.5 * Math.exp((2 * z) / 3);
      const sd = 0.5 * Math.sqrt((z * s * (n - s)) / n) * (m - n / 2 < 0 ? -1 : 1);
      const newLeft = Math.max(left, Math.floor(k - (m * s) / n + sd));
      const newRight = Math.min(right, Math.floor(k + ((n - m) * s) / n + sd));
      selectInPlace(values, k, newLeft, newRight + 1);
    }
    const pivot = values[k]!;
    let i = left;
    let j = right;
    swap(values, left, k);
    if (values[right]! > pivot) swap(values, left, right);
    while (i < j) {
      swap(values, i, j);
      i++;
      j--;
      while (values[i]! < pivot) i++;
      while (values[j]! > pivot) j--;
    }
    if (values[left] === pivot) swap(values, left, j);
    else {
      j++;
      swap(values, j, right);
    }
    if (j <= k) left = j + 1;
    if (k <= j) right = j - 1;
  }
  return values[k]!;
}

const BUCKETS = 1024;
const bucketStarts = new Uint32Array(BUCKETS + 1);

/**
 * The values at sorted positions `ks`, exactly, without sorting: one pass
 * for the extremes, one to put each value in one of 1024 equal-width
 * buckets, one to gather the values of the buckets that hold a wanted
 * position, then a selection among those few. Heavy tails can crowd one
 * bucket; that only makes its selection larger, never wrong. `scratch` must
 * hold values.length numbers, `buckets` too; `values` is left as it was.
 */
export function orderStatistics(values: Float64Array, ks: readonly number[], scratch: Float64Array, buckets: Uint16Array): number[] {
  const n = values.length;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (!(max > min)) return ks.map(() => min);
  const scale = BUCKETS / (max - min);
  if (!Number.isFinite(max - min) || !Number.isFinite(scale)) {
    // A spread past the largest double (±1e308 at both ends), or too small to
    // divide (5e-324), has no usable bucket width: select directly.
    scratch.set(values);
    return ks.map((k) => selectInPlace(scratch, k, 0, n));
  }
  bucketStarts.fill(0);
  for (let i = 0; i < n; i++) {
    const bucket = Math.min(BUCKETS - 1, Math.floor((values[i]! - min) * scale));
    buckets[i] = bucket;
    bucketStarts[bucket + 1]!++;
  }
  for (let b = 1; b <= BUCKETS; b++) bucketStarts[b]! += bucketStarts[b - 1]!;
  // The bucket holding sorted position k: the last one starting at or before k.
  const wanted = ks.map((k) => {
    let bucket = 0;
    while (bucketStarts[bucket + 1]! <= k) bucket++;
    return bucket;
  });
  // Gather each wanted bucket's values into its own stretch of scratch, in one pass.
  const distinct = [...new Set(wanted)];
  const offsets = new Map<number, number>();
  let used = 0;
  for (const bucket of distinct) {
    offsets.set(bucket, used);
    used += bucketStarts[bucket + 1]! - bucketStarts[bucket]!;
  }
  const fill = distinct.map((bucket) => offsets.get(bucket)!);
  for (let i = 0; i < n; i++) {
    const slot = distinct.indexOf(buckets[i]!);
    if (slot >= 0) scratch[fill[slot]!++] = values[i]!;
  }
  return ks.map((k, i) => {
    const bucket = wanted[i]!;
    const from = offsets.get(bucket)!;
    const size = bucketStarts[bucket + 1]! - bucketStarts[bucket]!;
    return selectInPlace(scratch, from + k - bucketStarts[bucket]!, from, from + size);
  });
}

function swap(values: Float64Array, i: number, j: number): void {
  const t = values[i]!;
  values[i] = values[j]!;
  values[j] = t;
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

/** Pearson's correlation; 0 when either side is constant (no variation to correlate). */
export function correlation(x: Float64Array, y: Float64Array): number {
  const n = x.length;
  let meanX = 0;
  let meanY = 0;
  for (let i = 0; i < n; i++) {
    meanX += x[i]!;
    meanY += y[i]!;
  }
  meanX /= n;
  meanY /= n;
  let covariance = 0;
  let varianceX = 0;
  let varianceY = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i]! - meanX;
    const dy = y[i]! - meanY;
    covariance += dx * dy;
    varianceX += dx * dx;
    varianceY += dy * dy;
  }
  if (varianceX === 0 || varianceY === 0) return 0;
  // Rounding can push |r| a hair past 1 for perfectly monotone data.
  return Math.max(-1, Math.min(1, covariance / Math.sqrt(varianceX * varianceY)));
}
