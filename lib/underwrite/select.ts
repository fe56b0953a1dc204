/*
 * Percentiles without sorting: selection of a few sorted positions on typed
 * arrays, for the Monte Carlo's bands and anywhere else only a handful of
 * percentiles of many values is wanted.
 */

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
// Which stretch of scratch a bucket's values go to (-1: a bucket no wanted position falls in).
const slotOf = new Int8Array(BUCKETS).fill(-1);
// A bucket this full is cheaper to bucket again than to select in; a few levels bound the work on adversarial data.
const CROWDED = 256;
const MAX_DEPTH = 3;

/**
 * The values at sorted positions `ks`, exactly, without sorting: one pass
 * for the extremes, one to put each value in one of 1024 equal-width
 * buckets, one to gather the values of the buckets that hold a wanted
 * position, then a selection among those few. Heavy tails can crowd one
 * bucket; such a bucket is bucketed again over its own spread (a few
 * levels at most, then selected directly), never wrong, only slower.
 * `scratch` must hold values.length numbers, `buckets` too; `values` is
 * left as it was. At most 127 positions at a time.
 */
export function orderStatistics(values: Float64Array, ks: readonly number[], scratch: Float64Array, buckets: Uint16Array, depth = 0): number[] {
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
    // (v - min) × scale lies in [0, BUCKETS]; `| 0` floors it, and only max itself can land on BUCKETS.
    const bucket = ((values[i]! - min) * scale) | 0;
    const b = bucket < BUCKETS ? bucket : BUCKETS - 1;
    buckets[i] = b;
    bucketStarts[b + 1]!++;
  }
  for (let b = 1; b <= BUCKETS; b++) bucketStarts[b]! += bucketStarts[b - 1]!;
  // The bucket holding sorted position k: the last one starting at or before k.
  const wanted = ks.map((k) => {
    let bucket = 0;
    while (bucketStarts[bucket + 1]! <= k) bucket++;
    return bucket;
  });
  // Gather each wanted bucket's values into its own stretch of scratch, in one pass.
  const stretches = [...new Set(wanted)].map((bucket, slot) => {
    slotOf[bucket] = slot;
    return { bucket, start: bucketStarts[bucket]!, size: bucketStarts[bucket + 1]! - bucketStarts[bucket]!, from: 0 };
  });
  const fill = new Int32Array(stretches.length);
  let used = 0;
  for (const [slot, stretch] of stretches.entries()) {
    stretch.from = fill[slot] = used;
    used += stretch.size;
  }
  for (let i = 0; i < n; i++) {
    const slot = slotOf[buckets[i]!]!;
    if (slot >= 0) scratch[fill[slot]!++] = values[i]!;
  }
  for (const { bucket } of stretches) slotOf[bucket] = -1;
  const results = new Array<number>(ks.length);
  for (const { bucket, start, size, from } of stretches) {
    const mine = ks.flatMap((k, i) => (wanted[i] === bucket ? [i] : []));
    if (size > CROWDED && depth < MAX_DEPTH) {
      // A heavy tail left most values in this bucket: bucket them again over their own, narrower spread.
      const found = orderStatistics(scratch.slice(from, from + size), mine.map((i) => ks[i]! - start), new Float64Array(size), new Uint16Array(size), depth + 1);
      mine.forEach((i, j) => (results[i] = found[j]!));
    } else {
      for (const i of mine) results[i] = selectInPlace(scratch, from + ks[i]! - start, from, from + size);
    }
  }
  return results;
}

function swap(values: Float64Array, i: number, j: number): void {
  const t = values[i]!;
  values[i] = values[j]!;
  values[j] = t;
}
