import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agreeingDigits } from './explain.js';

/** The rule written out plainly: every value rounded at every number of decimals. */
function everyValueRounded(values: readonly number[], thresholds: readonly number[], minimum: number): number {
  const shown = (v: number, d: number) => Number(v.toFixed(Math.min(100, d)));
  for (let d = minimum; d < 20; d++) {
    if (thresholds.every((c) => shown(c, d) === c && values.every((v) => (v < c ? shown(v, d) < c : shown(v, d) >= c)))) return d;
  }
  return 20;
}

describe('agreeingDigits', () => {
  it('rounds only the values near a threshold and gives what rounding every value gives', () => {
    // Values at, just below and just above the cut-offs (one ulp, 10^-k away), and anywhere.
    const cutoffs = fc.constantFrom([0.8, 0.95], [80, 60], [0.5], [1234.5, 99.99]);
    const near = (c: number) =>
      fc.oneof(
        fc.integer({ min: 1, max: 18 }).chain((k) => fc.constantFrom(c - 10 ** -k, c + 10 ** -k, c - 5 * 10 ** -k, c + 5 * 10 ** -k)),
        fc.constantFrom(c, c - Number.EPSILON * Math.max(1, c), c + Number.EPSILON * Math.max(1, c)),
        fc.double({ min: c - 1, max: c + 1, noNaN: true }),
      );
    fc.assert(
      fc.property(
        cutoffs.chain((cs) => fc.tuple(fc.constant(cs), fc.array(fc.oneof(...cs.map(near), fc.double({ min: -1e6, max: 1e6, noNaN: true })), { maxLength: 30 }))),
        fc.integer({ min: 0, max: 8 }),
        ([cs, values], minimum) => {
          expect(agreeingDigits(values, cs, minimum)).toBe(everyValueRounded(values, cs, minimum));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('keeps the hand-worked cases', () => {
    // 79.996 is below 80: at 2 decimals it shows 80.00 (not below); at 3, 79.996.
    expect(agreeingDigits([79.996], [80, 60], 2)).toBe(3);
    // 0.7999996 beside 0.8: 6 decimals show 0.8; 7 show 0.7999996.
    expect(agreeingDigits([0.5, 0.7999996, 0.9], [0.8, 0.95], 6)).toBe(7);
    expect(agreeingDigits([0.5, 0.9], [0.8, 0.95], 6)).toBe(6);
  });
});
