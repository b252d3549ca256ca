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

/** Customers ranked by revenue: `order` (indices) and their revenues in that order. Never mutated once made. */
export interface RevenueRanking {
  readonly order: Int32Array;
  readonly sortedRevenue: Float64Array;
}

/**
 * The last ranking made of each revenue column, so that ABC and RFM grading the same figures
 * sort once, with a copy of the column it was made from: a hit is used only while the column
 * still holds exactly those values (one sequential comparison, O(n)). The ids are
 * `readonly string[]`: the same array is taken to hold the same ids.
 */
const rankings = new WeakMap<Float64Array, { customerIds: readonly string[]; values: Float64Array; ranking: RevenueRanking }>();

/**
 * `revenueOrder` plus the revenues in that order (read sequentially by the share walk). The
 * result is shared between callers ranking the same column (ABC, then RFM's monetary scores):
 * read it, never write to it.
 *
 * @example
 * rankByRevenue(['a', 'b', 'c'], Float64Array.of(5, 9, 5)) // { order: [1, 0, 2], sortedRevenue: [9, 5, 5] }
 */
export function rankByRevenue(customerIds: readonly string[], revenue: Float64Array): RevenueRanking {
  const cached = rankings.get(revenue);
  if (cached && cached.customerIds === customerIds && sameValues(cached.values, revenue)) return cached.ranking;
  const ranking = rankAnew(customerIds, revenue);
  rankings.set(revenue, { customerIds, values: revenue.slice(), ranking });
  return ranking;
}

function sameValues(a: Float64Array, b: Float64Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x !== y && (x === x || y === y)) return false; // NaN equals NaN here
  }
  return true;
}

/**
 * Whether the ids are in strictly increasing code-point order (as a book's dictionary often
 * is), remembered per array. Then the radix sort, stable over customers taken in index order,
 * already leaves equal revenues in id order and no tie needs sorting.
 */
const idsInOrder = new WeakMap<readonly string[], boolean>();
function inIdOrder(customerIds: readonly string[]): boolean {
  let known = idsInOrder.get(customerIds);
  if (known === undefined) {
    known = true;
    for (let i = 1; i < customerIds.length && known; i++) if (compareCodePoints(customerIds[i - 1]!, customerIds[i]!) >= 0) known = false;
    idsInOrder.set(customerIds, known);
  }
  return known;
}

/** Fen keys below 2^48: three 16-bit radix passes at most (fewer when the high digits agree). */
const FEN_KEY_LIMIT = 2 ** 48 - 1;
const TWO_32 = 2 ** 32;

function rankAnew(customerIds: readonly string[], revenue: Float64Array): RevenueRanking {
  let m = 0;
  // Revenues of whole fen below 2^48 (every real book's, summed exactly by
  // `computeCustomerFigures`) sort as integers: up to three radix passes over 48 bits instead
  // of four over 64-bit float keys. fen ↦ revenue is then strictly increasing (f / 100 === r for
  // each), so the order is the same.
  let wholeFen = true;
  for (let i = 0; i < revenue.length; i++) {
    const r = revenue[i]!;
    if (!(r > 0)) continue;
    m++;
    const f = Math.round(r * 100);
    if (wholeFen && (f > FEN_KEY_LIMIT || f / 100 !== r)) wholeFen = false;
  }
  const which = new Int32Array(m);
  let order: Int32Array;
  let sorted: Float64Array;
  if (wholeFen && m >= 64) {
    const lo = new Uint32Array(m);
    const hi = new Uint32Array(m);
    for (let i = 0, k = 0; i < revenue.length; i++) {
      const r = revenue[i]!;
      if (r > 0) {
        const key = FEN_KEY_LIMIT - Math.round(r * 100); // ascending key = descending revenue
        const high = Math.floor(key / TWO_32);
        hi[k] = high;
        lo[k] = key - high * TWO_32;
        which[k++] = i;
      }
    }
    order = radixSort48(lo, hi, which);
    sorted = new Float64Array(m);
    for (let k = 0; k < m; k++) sorted[k] = revenue[order[k]!]!;
  } else {
    const values = new Float64Array(m);
    for (let i = 0, k = 0; i < revenue.length; i++) {
      if (revenue[i]! > 0) {
        values[k] = -revenue[i]!; // ascending on the negation = descending revenue
        which[k++] = i;
      }
    }
    ({ order, sorted } = radixSort(values, which));
    for (let k = 0; k < m; k++) sorted[k] = -sorted[k]!;
  }
  // Both sorts are stable and `which` is in index order: with the ids in order, ties are too.
  if (inIdOrder(customerIds)) return { order, sortedRevenue: sorted };
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
  return { order, sortedRevenue: sorted };
}

/**
 * `payload` in ascending order of the 48-bit keys `hi · 2^32 + lo` (stable): LSD radix sort,
 * 16 bits a pass, a pass skipped when every key has the same digit.
 */
function radixSort48(lo: Uint32Array<ArrayBuffer>, hi: Uint32Array<ArrayBuffer>, payload: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const n = lo.length;
  let l0 = lo;
  let h0 = hi;
  let p0 = payload;
  let l1 = new Uint32Array(n);
  let h1 = new Uint32Array(n);
  let p1 = new Int32Array(n);
  const counts = new Int32Array(65536);
  for (let pass = 0; pass < 3; pass++) {
    const word = pass < 2 ? l0 : h0;
    const shift = pass === 1 ? 16 : 0;
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[(word[i]! >>> shift) & 0xffff]!++;
    if (counts[(word[0]! >>> shift) & 0xffff] === n) continue; // every key has this digit
    startsOfDigits(counts);
    for (let i = 0; i < n; i++) {
      const at = counts[(word[i]! >>> shift) & 0xffff]!++;
      l1[at] = l0[i]!;
      h1[at] = h0[i]!;
      p1[at] = p0[i]!;
    }
    [l0, l1] = [l1, l0];
    [h0, h1] = [h1, h0];
    [p0, p1] = [p1, p0];
  }
  return p0;
}

/** Digit counts to the first position of each digit (exclusive prefix sums), in place. */
function startsOfDigits(counts: Int32Array): void {
  let sum = 0;
  for (let d = 0; d < counts.length; d++) {
    const c = counts[d]!;
    counts[d] = sum;
    sum += c;
  }
}

/**
 * RFM's monetary `below` of the scored customers `active` (how many scored customers have a
 * smaller revenue), from the shared revenue ranking when every customer with revenue > 0 is
 * scored (always so for core's figures: revenue > 0 needs a purchase in the window), so ABC
 * and RFM sort the revenues once. Otherwise, or for the non-positive revenues, `belowCounts`.
 *
 * @example
 * revenueBelow(['a', 'b'], Float64Array.of(5, 9), Int32Array.of(0, 1)) // Int32Array [0, 1]
 */
export function revenueBelow(customerIds: readonly string[], revenue: Float64Array, active: Int32Array): Int32Array {
  const scored = active.length;
  let positive = 0;
  for (let k = 0; k < scored; k++) if (revenue[active[k]!]! > 0) positive++;
  const nonPositive = scored - positive;
  const { order, sortedRevenue } = rankByRevenue(customerIds, revenue);
  const m = order.length;
  const values = () => {
    const out = new Float64Array(scored);
    for (let k = 0; k < scored; k++) out[k] = revenue[active[k]!]!;
    return out;
  };
  if (positive !== m) return belowCounts(values(), false); // a positive customer is not scored
  const belowOf = new Int32Array(revenue.length);
  for (let k = 0; k < m; ) {
    const v = sortedRevenue[k]!;
    let end = k + 1;
    while (end < m && sortedRevenue[end] === v) end++;
    for (let j = k; j < end; j++) belowOf[order[j]!] = nonPositive + (m - end);
    k = end;
  }
  if (nonPositive > 0) {
    const low = new Float64Array(nonPositive);
    const lowIndex = new Int32Array(nonPositive);
    for (let k = 0, j = 0; k < scored; k++) {
      const i = active[k]!;
      if (revenue[i]! > 0) continue;
      low[j] = revenue[i]!;
      lowIndex[j++] = i;
    }
    const lowBelow = belowCounts(low, false);
    for (let j = 0; j < nonPositive; j++) belowOf[lowIndex[j]!] = lowBelow[j]!;
  }
  const out = new Int32Array(scored);
  for (let k = 0; k < scored; k++) out[k] = belowOf[active[k]!]!;
  return out;
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
    startsOfDigits(counts);
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
