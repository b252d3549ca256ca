import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { abcGrades } from '../enums/vocabularies.js';
import { locales } from '../i18n/locale.js';
import { gradeAbc } from './abc.js';
import { compareCodePoints } from './compare.js';
import { computeCustomerFigures } from './figures.js';
import { gradeCustomers } from './grade.js';
import { defaultPolicy, parseGradingPolicy, PolicyError } from './policy.js';
import type { AbcPolicy } from './policy.js';
import { figuresOf } from './testing-fixtures/figures-of.js';

// Revenues: a 500, b 300, c 100, d 100, e 0, f −50. Ranked (revenue > 0): a, b, c, d; total 1000.
// c and d tie at 100: c comes first (code-point order).
const figures = figuresOf({
  d: { revenue: 100 },
  a: { revenue: 500 },
  f: { revenue: -50 },
  c: { revenue: 100 },
  e: { revenue: 0 },
  b: { revenue: 300 },
});
const grades = (result: { customerIds: readonly string[]; gradeOf(i: number): string }) =>
  Object.fromEntries(result.customerIds.map((id, i) => [id, result.gradeOf(i)]));

describe('abc-share', () => {
  const result = gradeCustomers(figures, { method: 'abc-share' });

  it('grades by the share of the customers ahead (cut-offs 0.80 / 0.95)', () => {
    // a: before 0 → A (after 0.5); b: before 0.5 → A (after 0.8): b crosses 80 % and is still A;
    // c: before 0.8, not < 0.8 → B (after 0.9); d: before 0.9 → B (after 1.0); e, f: revenue <= 0 → C.
    expect(grades(result)).toEqual({ a: 'A', b: 'A', c: 'B', d: 'B', e: 'C', f: 'C' });
    const at = (id: string) => result.explain(result.indexOf(id));
    expect(at('a')).toMatchObject({ rank: 1, shareBefore: 0, shareAfter: 0.5, rule: 'share', ranked: 4 });
    expect(at('b')).toMatchObject({ rank: 2, shareBefore: 0.5, shareAfter: 0.8 });
    expect(at('c')).toMatchObject({ rank: 3, shareBefore: 0.8, shareAfter: 0.9 });
    expect(at('d')).toMatchObject({ rank: 4, shareBefore: 0.9, shareAfter: 1 });
    expect(at('e')).toMatchObject({ rank: undefined, shareBefore: undefined, rule: 'non-positive-revenue', grade: 'C' });
    expect(at('f').revenue).toBe(-50);
    expect(result.rank[result.indexOf('e')]).toBe(0);
    expect(Number.isNaN(result.shareBefore[result.indexOf('f')])).toBe(true);
  });

  it('flags the top ceil(1 %) as VIP', () => {
    // n = 4 ranked customers: ceil(0.04) = 1 VIP, the first in the order: a.
    expect([...result.vip]).toEqual(result.customerIds.map((id) => (id === 'a' ? 1 : 0)));
    expect(result.explain(result.indexOf('a'))).toMatchObject({ vip: true, vipCount: 1 });
  });

  it('explains in a sentence, with Intl-formatted amounts, in every locale', () => {
    const big = gradeCustomers(figuresOf({ x: { revenue: 1234567.5 } }), { method: 'abc-share' });
    const en = big.toRows({ locale: 'en' })[0]!.sentence;
    const zh = big.toRows({ locale: 'zh-CN' })[0]!.sentence;
    expect(en).toContain('1,234,567.5');
    expect(en).toContain('rank 1 of 1');
    expect(zh).toContain('1,234,567.5');
    expect(zh).toContain('排名第 1/1');
    for (const locale of locales) {
      for (const row of result.toRows({ locale })) expect(row.sentence).toMatch(new RegExp(`^${row.customerId}`));
    }
  });

  it('uses custom cut-offs', () => {
    // Cut-offs 0.5 / 0.85: a before 0 → A; b before 0.5 → B; c before 0.8 → B; d before 0.9 → C.
    const custom = gradeCustomers(figures, { method: 'abc-share', cutoffs: [0.5, 0.85] });
    expect(grades(custom)).toMatchObject({ a: 'A', b: 'B', c: 'B', d: 'C' });
  });
});

describe('abc-amount', () => {
  it('grades by revenue against a and b', () => {
    // a 500 >= 300 → A; b 300 >= 300 → A; c, d 100 >= 100 → B; e 0, f −50 → C.
    const result = gradeCustomers(figures, { method: 'abc-amount', thresholds: { a: 300, b: 100 } });
    expect(grades(result)).toEqual({ a: 'A', b: 'A', c: 'B', d: 'B', e: 'C', f: 'C' });
    expect(result.explain(0)).toMatchObject({ rule: 'amount', thresholds: [300, 100] });
  });

  it('defaults to 5 M / 1 M', () => {
    const result = gradeCustomers(figuresOf({ x: { revenue: 5_000_000 }, y: { revenue: 4_999_999 }, z: { revenue: 999_999 } }), {
      method: 'abc-amount',
    });
    expect(grades(result)).toEqual({ x: 'A', y: 'B', z: 'C' });
  });
});

describe('abc-count', () => {
  it('takes the first ceil(10 %) as A and up to ceil(30 %) as B', () => {
    // n = 4: A = first ceil(0.4) = 1 (a); B up to rank ceil(1.2) = 2 (b); c, d → C.
    const result = gradeCustomers(figures, { method: 'abc-count' });
    expect(grades(result)).toEqual({ a: 'A', b: 'B', c: 'C', d: 'C', e: 'C', f: 'C' });
    expect(result.explain(result.indexOf('b')).thresholds).toEqual([1, 2]);
  });

  it('does not round 0.3 × 10 up to 4', () => {
    // 10 customers: A = ceil(1) = 1, B up to ceil(3) = 3.
    const ten = figuresOf(Object.fromEntries(Array.from({ length: 10 }, (_, k) => [`k${k}`, { revenue: 100 - k }])));
    const result = gradeCustomers(ten, { method: 'abc-count' });
    expect([...result.grade].map((g) => abcGrades[g])).toEqual(['A', 'B', 'B', 'C', 'C', 'C', 'C', 'C', 'C', 'C']);
  });
});

describe('adjustments', () => {
  it('applies the rules in order and lists each in the explanation', () => {
    const policy = parseGradingPolicy({
      method: 'abc-share',
      adjustments: [
        { when: { grade: 'C', attribute: 'potential', equals: 'high' }, to: 'B', reason: 'high potential' },
        { when: { attribute: 'status', equals: 'closing-down' }, to: 'C' },
        { when: { grade: ['A', 'B'], figure: 'revenue', below: 150 }, to: 'C', reason: 'small' },
      ],
    }) as AbcPolicy;
    const attributes = new Map([
      ['e', { potential: 'high' }],
      ['a', { status: 'closing-down', potential: 'high' }],
    ]);
    const result = gradeAbc(figures, policy, { attributes });
    // a: computed A → rule 2 (closing-down) → C; rule 1 did not apply (a was A then).
    // e: computed C → rule 1 → B; then rule 3: revenue 0 < 150 and grade B → C.
    // c, d: computed B, revenue 100 < 150 → rule 3 → C.
    expect(grades(result)).toEqual({ a: 'C', b: 'A', c: 'C', d: 'C', e: 'C', f: 'C' });
    expect(result.explain(result.indexOf('a')).adjustments).toEqual([{ rule: 1, from: 'A', to: 'C' }]);
    expect(result.explain(result.indexOf('e')).adjustments).toEqual([
      { rule: 0, from: 'C', to: 'B', reason: 'high potential' },
      { rule: 2, from: 'B', to: 'C', reason: 'small' },
    ]);
    expect(result.explain(result.indexOf('a')).computedGrade).toBe('A');
    expect(result.computedGrade[result.indexOf('a')]).toBe(0);
    const sentence = result.toRows({ locale: 'en' }).find((r) => r.customerId === 'e')!.sentence;
    expect(sentence).toContain('Rule 1 changed C to B (high potential)');
    expect(sentence).toContain('Rule 3 changed B to C (small)');
    const zh = result.toRows({ locale: 'zh-CN' }).find((r) => r.customerId === 'a')!.sentence;
    expect(zh).toContain('规则 2 将 A 类调整为 C 类');
    expect(zh).toContain('调整后等级：C 类');
  });

  it('rejects a rule without a comparison', () => {
    expect(() => parseGradingPolicy({ method: 'abc-share', adjustments: [{ when: { attribute: 'x' }, to: 'B' }] })).toThrowError(
      PolicyError,
    );
  });
});

describe('edge cases', () => {
  it('an empty book gives an empty result', () => {
    const result = gradeCustomers(computeCustomerFigures([], { asOf: '2026-01-01' }), { method: 'abc-share' });
    expect(result.size).toBe(0);
    expect(result.ranked).toBe(0);
    expect(result.toRows()).toEqual([]);
  });

  it('a single customer is A with share 0 → 1 and VIP', () => {
    const result = gradeCustomers(figuresOf({ only: { revenue: 10 } }), { method: 'abc-share' });
    expect(result.explain(0)).toMatchObject({ grade: 'A', shareBefore: 0, shareAfter: 1, vip: true, rank: 1 });
  });

  it('only returns and zero revenue: everyone C, nobody ranked', () => {
    const result = gradeCustomers(figuresOf({ x: { revenue: 0 }, y: { revenue: -5 } }), { method: 'abc-count' });
    expect(grades(result)).toEqual({ x: 'C', y: 'C' });
    expect(result.ranked).toBe(0);
    expect([...result.vip]).toEqual([0, 0]);
  });

  it('breaks ties by code point, not UTF-16 unit', () => {
    // U+FF5E < U+1F600 as code points, although '\uFF5E' > '\uD83D' as UTF-16 units.
    expect(compareCodePoints('\uFF5E', '😀')).toBe(-1);
    expect(compareCodePoints('😀', '\uFF5E')).toBe(1);
    expect(compareCodePoints('ab', 'a')).toBe(1);
    const result = gradeCustomers(figuresOf({ '😀': { revenue: 5 }, '\uFF5E': { revenue: 5 } }), { method: 'abc-share' });
    expect(result.rank[result.indexOf('\uFF5E')]).toBe(1);
    expect(result.rank[result.indexOf('😀')]).toBe(2);
  });

  it('defaults and policies are plain JSON', () => {
    const policy = defaultPolicy('abc-share');
    expect(JSON.parse(JSON.stringify(policy))).toEqual(policy);
    expect(policy).toEqual({ method: 'abc-share', version: 1, cutoffs: [0.8, 0.95], vipFraction: 0.01, adjustments: [] });
  });
});

// ---- properties ----

const revenues = fc.dictionary(
  fc.string({ minLength: 1, maxLength: 3 }),
  fc.oneof(fc.integer({ min: -100, max: 1000 }), fc.constant(0), fc.constant(100)),
  { minKeys: 1, maxKeys: 30 },
);
const methods = ['abc-share', 'abc-amount', 'abc-count'] as const;
const policyOf = (method: (typeof methods)[number]) =>
  method === 'abc-amount' ? { method, thresholds: { a: 500, b: 100 } } : { method };
const asFigures = (entries: [string, number][]) => figuresOf(Object.fromEntries(entries.map(([id, revenue]) => [id, { revenue }])));
const gradeMap = (entries: [string, number][], method: (typeof methods)[number]) => {
  const result = gradeCustomers(asFigures(entries), policyOf(method));
  return new Map(result.customerIds.map((id, i) => [id, result.gradeOf(i)]));
};

describe('ABC properties', () => {
  it('grades do not depend on input order', () => {
    fc.assert(
      fc.property(revenues, fc.constantFrom(...methods), (record, method) => {
        const entries = Object.entries(record);
        expect(gradeMap([...entries].reverse(), method)).toEqual(gradeMap(entries, method));
      }),
    );
  });

  it('shares sum to 1 and are monotone in revenue', () => {
    fc.assert(
      fc.property(revenues, (record) => {
        const result = gradeCustomers(asFigures(Object.entries(record)), { method: 'abc-share' });
        if (result.ranked === 0) return;
        let sum = 0;
        const byRank: number[] = [];
        for (let i = 0; i < result.size; i++) {
          if (result.rank[i] === 0) continue;
          sum += result.shareAfter[i]! - result.shareBefore[i]!;
          byRank[result.rank[i]! - 1] = i;
        }
        expect(sum).toBeCloseTo(1, 9);
        expect(result.shareAfter[byRank[byRank.length - 1]!]).toBe(1);
        for (let k = 1; k < byRank.length; k++) {
          const [prev, next] = [byRank[k - 1]!, byRank[k]!];
          // Higher revenue ranks first; its own share is at least as large.
          expect(result.revenue[prev]).toBeGreaterThanOrEqual(result.revenue[next]!);
          expect(result.shareAfter[prev]! - result.shareBefore[prev]!).toBeGreaterThanOrEqual(
            result.shareAfter[next]! - result.shareBefore[next]! - 1e-12,
          );
          expect(result.shareBefore[next]).toBe(result.shareAfter[prev]);
        }
      }),
    );
  });

  it('adding a zero-revenue customer changes nobody else’s grade', () => {
    fc.assert(
      fc.property(revenues, fc.string({ minLength: 4, maxLength: 6 }), fc.constantFrom(...methods), (record, id, method) => {
        const entries = Object.entries(record);
        fc.pre(!Object.hasOwn(record, id));
        const before = gradeMap(entries, method);
        const after = gradeMap([...entries, [id, 0]], method);
        expect(after.get(id)).toBe('C');
        after.delete(id);
        expect(after).toEqual(before);
      }),
    );
  });

  it('more revenue never lowers a customer’s ABC grade', () => {
    fc.assert(
      fc.property(revenues, fc.nat(), fc.integer({ min: 1, max: 2000 }), fc.constantFrom(...methods), (record, pick, extra, method) => {
        const entries = Object.entries(record);
        const [id, revenue] = entries[pick % entries.length]!;
        const before = gradeMap(entries, method).get(id)!;
        const raised = entries.map(([k, v]): [string, number] => [k, k === id ? revenue + extra : v]);
        const after = gradeMap(raised, method).get(id)!;
        // Grades are letters: 'A' < 'B' < 'C', so "not lower" is after <= before.
        expect(after <= before).toBe(true);
      }),
    );
  });
});
