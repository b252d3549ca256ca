import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TransactionLineInput } from '../book/columns.js';
import { computeCustomerFigures } from './figures.js';
import { gradeCustomers } from './grade.js';

// ABC by revenue share checked against a reference written here from grading.md alone, on
// exact integers: amounts are decimal strings read digit by digit into BigInt fen, shares are
// compared as `before · 100 < 80 · total`, ids in code-point order. Nothing of the code under
// test is used to compute the expected grades.

const ids = ['a', 'b', 'c', 'A', 'Ａ', '～', '😀', '😀a', 'é', 'z'];

/** A decimal string with 0, 1 or 2 decimals from an integer of fen (cut to that many decimals). */
const decimalText = (fenIn: number, decimals: 0 | 1 | 2): string => {
  const fen = decimals === 0 ? fenIn - (fenIn % 100) : decimals === 1 ? fenIn - (fenIn % 10) : fenIn;
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const whole = Math.floor(abs / 100);
  const cents = String(abs % 100).padStart(2, '0');
  return decimals === 0 ? `${sign}${whole}` : decimals === 1 ? `${sign}${whole}.${cents[0]}` : `${sign}${whole}.${cents}`;
};
const amountText: fc.Arbitrary<string> = fc.oneof(
  // the same few amounts again and again: ties everywhere
  { weight: 3, arbitrary: fc.constantFrom('0.10', '0.1', '0.2', '0.3', '19.99', '88.80', '5.6', '1.4', '100', '1') },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.integer({ min: -20_000, max: 200_000 }), fc.constantFrom<0 | 1 | 2>(0, 1, 2))
      .map(([fen, decimals]) => decimalText(fen, decimals)),
  },
);
const linesArbitrary: fc.Arbitrary<TransactionLineInput[]> = fc.oneof(
  fc.array(fc.record({ customerId: fc.constantFrom(...ids), date: fc.constant('2025-06-01'), amount: amountText }), { maxLength: 40 }),
  // n equal customers, n a multiple of 20: one customer has exactly 80 % ahead, one exactly 95 %
  fc
    .tuple(fc.constantFrom(20, 40, 60, 100), fc.integer({ min: 1, max: 100_000 }), fc.constantFrom<0 | 1 | 2>(0, 1, 2))
    .map(([n, fen, decimals]) =>
      Array.from({ length: n }, (_, k) => ({ customerId: `k${String(k).padStart(3, '0')}`, date: '2025-06-01', amount: decimalText(fen, decimals) })),
  ),
  // a head that is exactly 80 % (or 95 %) of the total, split over customers with equal amounts
  fc
    .tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 5_000 }), fc.constantFrom(80, 95))
    .map(([parts, unit, head]) => {
      const lines: TransactionLineInput[] = [];
      // the head: `parts` customers of head·unit each; the tail: parts customers of (100 − head)·unit each
      for (let k = 0; k < parts; k++) lines.push({ customerId: `h${k}`, date: '2025-06-01', amount: decimalText(head * unit, 2) });
      for (let k = 0; k < parts; k++) lines.push({ customerId: `t${k}`, date: '2025-06-01', amount: decimalText((100 - head) * unit, 2) });
      return lines;
    }),
);

/** Fen of a decimal string, by its digits. */
function fenOf(text: string): bigint {
  const match = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(text)!;
  const fen = BigInt(match[2]!) * 100n + BigInt((match[3] ?? '').padEnd(2, '0'));
  return match[1] === '-' ? -fen : fen;
}

/** Code-point order, written independently: compare arrays of code points. */
function byCodePoint(a: string, b: string): number {
  const x = Array.from(a, (ch) => ch.codePointAt(0)!);
  const y = Array.from(b, (ch) => ch.codePointAt(0)!);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return x.length - y.length;
}

function referenceGrades(lines: readonly TransactionLineInput[]): Record<string, string> {
  const revenue = new Map<string, bigint>();
  for (const line of lines) revenue.set(line.customerId, (revenue.get(line.customerId) ?? 0n) + fenOf(String(line.amount)));
  const grades: Record<string, string> = {};
  const ranked = [...revenue].filter(([, r]) => r > 0n);
  ranked.sort(([a, x], [b, y]) => (x === y ? byCodePoint(a, b) : x > y ? -1 : 1));
  const total = ranked.reduce((sum, [, r]) => sum + r, 0n);
  let before = 0n;
  for (const [id, r] of ranked) {
    grades[id] = before * 100n < 80n * total ? 'A' : before * 100n < 95n * total ? 'B' : 'C';
    before += r;
  }
  for (const [id, r] of revenue) if (r <= 0n) grades[id] = 'C';
  return grades;
}

function gradesOf(lines: readonly TransactionLineInput[]): Record<string, string> {
  const result = gradeCustomers(computeCustomerFigures(lines, { asOf: '2026-01-01' }), { method: 'abc-share' });
  return Object.fromEntries(result.customerIds.map((id, i) => [id, result.gradeOf(i)]));
}

describe('abc-share on decimal amounts (property)', () => {
  it('gives the grades of an exact rational computation, whatever the order of the lines', () => {
    fc.assert(
      fc.property(linesArbitrary, fc.integer(), (lines, seed) => {
        const expected = referenceGrades(lines);
        expect(gradesOf(lines)).toEqual(expected);
        // shuffled (a seeded Fisher–Yates), the same grades
        const copy = [...lines];
        let state = seed >>> 0;
        for (let i = copy.length - 1; i > 0; i--) {
          state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
          const j = state % (i + 1);
          [copy[i], copy[j]] = [copy[j]!, copy[i]!];
        }
        expect(gradesOf(copy)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
