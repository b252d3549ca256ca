import { compareCodePoints } from './compare.js';

/**
 * The customers with revenue > 0, in grading.md's order: revenue descending, ties by
 * customer id in code-point order. Returns indices into `customerIds`. O(m log m) with one
 * typed-array sort; ids are compared only on equal revenue.
 *
 * @example
 * revenueOrder(['a', 'b', 'c'], Float64Array.of(5, 9, 0)) // Int32Array [1, 0]
 */
export function revenueOrder(customerIds: readonly string[], revenue: Float64Array): Int32Array {
  let m = 0;
  for (let i = 0; i < revenue.length; i++) if (revenue[i]! > 0) m++;
  const order = new Int32Array(m);
  let k = 0;
  for (let i = 0; i < revenue.length; i++) if (revenue[i]! > 0) order[k++] = i;
  order.sort((a, b) => {
    const ra = revenue[a]!;
    const rb = revenue[b]!;
    if (ra !== rb) return ra > rb ? -1 : 1;
    return compareCodePoints(customerIds[a]!, customerIds[b]!);
  });
  return order;
}

/**
 * `ceil(fraction × n)` that does not round 0.3 × 10 up to 4 because of binary floating point.
 *
 * @example
 * ceilShare(0.1, 25) // 3
 */
export function ceilShare(fraction: number, n: number): number {
  return Math.min(n, Math.max(0, Math.ceil(fraction * n - 1e-9)));
}
