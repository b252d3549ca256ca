import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareCodePoints } from './compare.js';
import { belowCounts, ceilShare, revenueBelow, revenueOrder, sortOrder } from './ranking.js';

describe('ranking helpers', () => {
  it('sortOrder sorts like a comparator sort, stably, including negatives and -0', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.double({ noNaN: true }), fc.integer({ min: -3, max: 3 }), fc.constant(-0)), { minLength: 64, maxLength: 300 }), (list) => {
        const values = Float64Array.from(list);
        const expected = [...values.keys()].sort((a, b) => (values[a]! < values[b]! ? -1 : values[a]! > values[b]! ? 1 : 0));
        const got = [...sortOrder(values)];
        // Same value sequence (ties may be reordered only among equal values; stable here).
        // -0 and 0 are equal values (the radix sort puts -0 first): compare them as 0.
        expect(got.map((i) => values[i]! + 0)).toEqual(expected.map((i) => values[i]! + 0));
        expect(new Set(got).size).toBe(values.length);
      }),
    );
  });

  it('revenueOrder is revenue descending then id code-point ascending, for small and large inputs', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string({ maxLength: 3 }), fc.integer({ min: -2, max: 6 })), { minLength: 70, maxLength: 200 }), (pairs) => {
        const unique = [...new Map(pairs).entries()];
        const ids = unique.map(([id]) => id);
        const revenue = Float64Array.from(unique, ([, r]) => r);
        const expected = ids
          .map((id, i) => ({ id, r: revenue[i]!, i }))
          .filter((x) => x.r > 0)
          .sort((a, b) => b.r - a.r || compareCodePoints(a.id, b.id))
          .map((x) => x.i);
        expect([...revenueOrder(ids, revenue)]).toEqual(expected);
      }),
    );
  });

  // Whole fen up to 2^48 take the integer radix path; other doubles (a third of a yuan, huge
  // sums) the float path. A ranking is remembered per revenue column: writing to the column
  // afterwards must still give the new column's order.
  const money = fc.oneof(
    fc.integer({ min: -300, max: 300 }).map((f) => f / 100),
    fc.integer({ min: 1, max: 2 ** 47 }).map((f) => f / 100),
    fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e17 }),
  );
  const expectedOrder = (ids: readonly string[], revenue: Float64Array) =>
    ids
      .map((id, i) => ({ id, r: revenue[i]!, i }))
      .filter((x) => x.r > 0)
      .sort((a, b) => b.r - a.r || compareCodePoints(a.id, b.id))
      .map((x) => x.i);

  it('revenueOrder is right for whole fen and any double, and after the column was written to', () => {
    fc.assert(
      fc.property(fc.array(money, { minLength: 64, maxLength: 200 }), fc.array(fc.tuple(fc.nat(199), money)), (values, writes) => {
        // Ids out of order (ties sorted by id) and in code-point order (ties left in index order).
        for (const ids of [values.map((_, i) => `c${i % 7}-${i}`), values.map((_, i) => `c${String(i).padStart(3, '0')}`)]) {
          const revenue = Float64Array.from(values, (v, i) => (i % 3 === 0 ? Math.abs(values[0]!) : v)); // ties
          expect([...revenueOrder(ids, revenue)]).toEqual(expectedOrder(ids, revenue));
          for (const [at, value] of writes) if (at < revenue.length) revenue[at] = value;
          expect([...revenueOrder(ids, revenue)]).toEqual(expectedOrder(ids, revenue));
        }
      }),
    );
    // Two customers swap revenues: same values in the column, a different order.
    const ids = Array.from({ length: 70 }, (_, i) => `c${i}`);
    const revenue = Float64Array.from(ids, (_, i) => i + 1);
    expect(revenueOrder(ids, revenue)[0]).toBe(69);
    [revenue[0], revenue[69]] = [revenue[69]!, revenue[0]!];
    expect(revenueOrder(ids, revenue)[0]).toBe(0);
  });

  it('revenueBelow counts the scored customers with a smaller revenue, as belowCounts does', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(money, fc.boolean()), { minLength: 1, maxLength: 200 }), (rows) => {
        const ids = rows.map((_, i) => `c${i}`);
        const revenue = Float64Array.from(rows, ([r]) => r);
        // Scored: every positive revenue (core's figures) or, in a second case, only those marked.
        for (const scoredOnly of [false, true]) {
          const active = Int32Array.from(rows.flatMap(([r, marked], i) => ((scoredOnly ? marked : r > 0 || marked) ? [i] : [])));
          const values = Array.from(active, (i) => revenue[i]!);
          const expected = values.map((v) => values.filter((w) => w < v).length);
          expect([...revenueBelow(ids, revenue, active)]).toEqual(expected);
        }
      }),
    );
  });

  it('belowCounts counts strictly smaller or larger values by histogram and by sort', () => {
    // 3, 1, 3: smaller → 1, 0, 1; larger → 0, 2, 0.
    expect([...belowCounts(Float64Array.of(3, 1, 3), false)]).toEqual([1, 0, 1]);
    expect([...belowCounts(Float64Array.of(3, 1, 3), true)]).toEqual([0, 2, 0]);
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer({ min: -5, max: 5 }), fc.double({ noNaN: true, min: -1e6, max: 1e6 })), { minLength: 70, maxLength: 150 }), fc.boolean(), (list, larger) => {
        const values = Float64Array.from(list);
        const expected = list.map((v) => list.filter((w) => (larger ? w > v : w < v)).length);
        expect([...belowCounts(values, larger)]).toEqual(expected);
      }),
    );
    // Integers only, in a small range: the histogram path (what recency days and order counts take).
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -40, max: 400 }), { minLength: 1, maxLength: 150 }), fc.boolean(), (list, larger) => {
        const expected = list.map((v) => list.filter((w) => (larger ? w > v : w < v)).length);
        expect([...belowCounts(Float64Array.from(list), larger)]).toEqual(expected);
      }),
    );
  });

  it('ceilShare avoids float round-up', () => {
    // 0.3 × 10 = 3 exactly in intent; 0.1 × 25 = 2.5 → 3.
    expect(ceilShare(0.3, 10)).toBe(3);
    expect(ceilShare(0.1, 25)).toBe(3);
    expect(ceilShare(0.01, 0)).toBe(0);
  });
});
