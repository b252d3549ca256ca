import { ceilFraction, decimalFraction } from '../money/fen.js';
import { compareCodePoints } from './compare.js';

/**
 * The customers with revenue > 0, in grading.md's order: revenue descending, ties by
 * customer id in code-point order. Returns indices into `customerIds`.
 *
 * O(m) radix sort of the revenues (no comparator), then only groups of equal revenue are
 * sorted by id.
 *
 * @example
 * revenueOrder(['a', 'b', 'c'], Float64Array.of(5, 9, 0)) // Int32Array [1, 0]
 */
export function revenueOrder(customerIds: readonly string[], revenue: Float64Array): Int32Array {
  return rankByRevenue(customerIds, revenue).order;
}

/**
 * `revenueOrder` plus the revenues in that order (read sequentially by the share walk).
 *
 * @example
 * rankByRevenue(['a', 'b', 'c'], Float64Array.of(5, 9, 5)) // { order: [1, 0, 2], sortedRevenue: [9, 5, 5] }
 */
export function rankByRevenue(
  customerIds: readonly string[],
  revenue: Float64Array,
): { order: Int32Array; sortedRevenue: Float64Array } {
  let m = 0;
  for (let i = 0; i < revenue.length; i++) if (revenue[i]! > 0) m++;
  const values = new Float64Array(m);
  const which = new Int32Array(m);
  for (let i = 0, k = 0; i < revenue.length; i++) {
    if (revenue[i]! > 0) {
      values[k] = -revenue[i]!; // ascending on the negation = descending revenue
      which[k++] = i;
    }
  }
  const { order, sorted } = radixSort(values, which);
  const byId = (a: number, b: number) => compareCodePoints(customerIds[a]!, customerIds[b]!);
  for (let k = 0; k < m; ) {
    let end = k + 1;
    const v = sorted[k]!;
    while (end < m && sorted[end] === v) end++;
    if (end - k === 2) {
      const [a, b] = [order[k]!, order[k + 1]!];
      if (byId(a, b) > 0) [order[k], order[k + 1]] = [b, a];
    } else if (end - k > 2) {
      order.subarray(k, end).sort(byId);
    }
    k = end;
  }
  for (let k = 0; k < m; k++) sorted[k] = -sorted[k]!;
  return { order, sortedRevenue: sorted };
}

const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;

/**
 * The permutation that sorts `values` ascending (stable; NaN not allowed): an LSD radix sort
 * on the IEEE-754 bits in four 16-bit passes, O(n) and without a comparator. Falls back to
 * a comparator sort on big-endian machines.
 *
 * @example
 * sortOrder(Float64Array.of(2, -1, 2, 0)) // Int32Array [1, 3, 0, 2]
 */
export function sortOrder(values: Float64Array): Int32Array {
  return radixSort(values).order;
}

/**
 * Radix sort carrying a payload: `order` is the payload (default: the positions) in ascending
 * order of `values`, `sorted` the values in that order.
 */
function radixSort(values: Float64Array, payload?: Int32Array): { order: Int32Array; sorted: Float64Array } {
  const n = values.length;
  let index = payload ? payload.slice() : new Int32Array(n);
  if (!payload) for (let i = 0; i < n; i++) index[i] = i;
  if (!LITTLE_ENDIAN || n < 64) {
    const positions = new Int32Array(n);
    for (let i = 0; i < n; i++) positions[i] = i;
    positions.sort((a, b) => (values[a]! < values[b]! ? -1 : values[a]! > values[b]! ? 1 : a - b));
    const order = new Int32Array(n);
    const sorted = new Float64Array(n);
    for (let k = 0; k < n; k++) {
      order[k] = index[positions[k]!]!;
      sorted[k] = values[positions[k]!]!;
    }
    return { order, sorted };
  }
  // Interleaved (lo, hi) words of the keys, transformed so that they sort as unsigned
  // integers: negative numbers flip every bit, the others only the sign bit.
  const bits = new Uint32Array(values.buffer, values.byteOffset, n * 2);
  let keys = new Uint32Array(n * 2);
  for (let i = 0; i < n; i++) {
    const h = bits[i * 2 + 1]!;
    const negative = h >>> 31 === 1;
    keys[i * 2] = negative ? ~bits[i * 2]! >>> 0 : bits[i * 2]!;
    keys[i * 2 + 1] = negative ? ~h >>> 0 : (h | 0x80000000) >>> 0;
  }
  let nextIndex = new Int32Array(n);
  let nextKeys = new Uint32Array(n * 2);
  const counts = new Int32Array(65536);
  for (let pass = 0; pass < 4; pass++) {
    const word = pass < 2 ? 0 : 1;
    const shift = pass % 2 === 0 ? 0 : 16;
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[(keys[i * 2 + word]! >>> shift) & 0xffff]!++;
    if (counts[(keys[word]! >>> shift) & 0xffff] === n) continue; // every key has this digit
    let sum = 0;
    for (let d = 0; d < 65536; d++) {
      const c = counts[d]!;
      counts[d] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const at = counts[(keys[i * 2 + word]! >>> shift) & 0xffff]!++;
      nextIndex[at] = index[i]!;
      nextKeys[at * 2] = keys[i * 2]!;
      nextKeys[at * 2 + 1] = keys[i * 2 + 1]!;
    }
    [index, nextIndex] = [nextIndex, index];
    [keys, nextKeys] = [nextKeys, keys];
  }
  // Undo the transform: the sorted keys back to numbers.
  const sortedBits = nextKeys; // free now: reuse it rather than allocate another n × 8 bytes
  for (let i = 0; i < n; i++) {
    const h = keys[i * 2 + 1]!;
    const negative = h >>> 31 === 0;
    sortedBits[i * 2] = negative ? ~keys[i * 2]! >>> 0 : keys[i * 2]!;
    sortedBits[i * 2 + 1] = negative ? ~h >>> 0 : (h & 0x7fffffff) >>> 0;
  }
  return { order: index, sorted: new Float64Array(sortedBits.buffer) };
}

/**
 * For every value, how many values are strictly smaller (`lowerIsBetter` false) or strictly
 * larger (true): the `below` of grading.md's tie-safe scores. Small integer ranges (days,
 * order counts) are counted with a histogram in O(n); anything else uses one native sort and
 * a binary search per value.
 *
 * @example
 * belowCounts(Float64Array.of(3, 1, 3), false) // Int32Array [1, 0, 1]
 */
export function belowCounts(values: Float64Array, lowerIsBetter: boolean): Int32Array {
  const n = values.length;
  const out = new Int32Array(n);
  if (n === 0) return out;
  let min = Infinity;
  let max = -Infinity;
  let integers = true;
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    if (v < min) min = v;
    if (v > max) max = v;
    if (integers && !Number.isInteger(v)) integers = false;
  }
  if (integers && max - min <= 4 * n + 1024) {
    const size = max - min + 1;
    const histogram = new Int32Array(size + 1);
    for (let i = 0; i < n; i++) histogram[values[i]! - min + 1]!++;
    // histogram[k] becomes the number of values < min + k.
    for (let k = 1; k <= size; k++) histogram[k]! += histogram[k - 1]!;
    for (let i = 0; i < n; i++) {
      const k = values[i]! - min;
      out[i] = lowerIsBetter ? n - histogram[k + 1]! : histogram[k]!;
    }
    return out;
  }
  const { order, sorted } = radixSort(values);
  for (let k = 0; k < n; ) {
    const v = sorted[k]!;
    let end = k + 1;
    while (end < n && sorted[end] === v) end++;
    // k values are smaller than this group, n − end are larger.
    for (let j = k; j < end; j++) out[order[j]!] = lowerIsBetter ? n - end : k;
    k = end;
  }
  return out;
}

/**
 * `ceil(fraction × n)` of the fraction as written in decimal (`0.3` is 3/10), computed exactly:
 * 0.3 × 10 is 3, not 4, and 0.1 × 25 is 3.
 *
 * @example
 * ceilShare(0.1, 25) // 3
 */
export function ceilShare(fraction: number, n: number): number {
  return ceilFraction(decimalFraction(fraction), n);
}
