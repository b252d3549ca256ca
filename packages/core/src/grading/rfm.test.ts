import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber } from '../book/calendar.js';
import type { TransactionLine } from '../book/columns.js';
import { rfmSegments } from '../enums/vocabularies.js';
import { locales } from '../i18n/locale.js';
import { computeCustomerFigures } from './figures.js';
import { gradeCustomers } from './grade.js';
import { rfmSegment, toFiveBins } from './rfm.js';
import { figuresOf } from './testing-fixtures/figures-of.js';

const asOf = '2026-01-01';
const line = (customerId: string, date: string, amount: number): TransactionLine => ({ customerId, date, amount });
// Lines without order id: each is an order by itself, so orders = lines.
const book: TransactionLine[] = [
  line('r1', '2025-12-31', 100), // 1 day before asOf
  line('r1', '2025-11-01', 100),
  line('r1', '2025-10-01', 100), // r1: 3 orders, 300
  line('r2', '2025-12-22', 100), // r2: 10 days, 1 order, 100
  line('r3', '2025-12-22', 150),
  line('r3', '2025-06-01', 50), // r3: 10 days, 2 orders, 200
  line('r4', '2025-09-03', 200), // 120 days (Sep 3 → Jan 1: 30 + 31 + 30 + 29)
  line('r4', '2025-08-01', 200),
  line('r4', '2025-07-01', 200),
  line('r4', '2025-06-01', 200),
  line('r4', '2025-05-01', 200), // r4: 5 orders, 1000
  line('r5', '2025-01-06', 50), // 360 days, 1 order, 50
  line('x', '2025-03-03', -10), // only a return: inactive
];
const figures = computeCustomerFigures(book, { asOf, customerIds: ['never'] });

describe('rfm', () => {
  const result = gradeCustomers(figures, { method: 'rfm' });
  const at = (id: string) => result.explain(result.indexOf(id));

  it('scores tie-safely as 1 + floor(bins × below / n)', () => {
    // n = 5 scored. Recency days 1, 10, 10, 120, 360; below = customers with strictly more days:
    //   r1 4 → 1 + floor(20/5) = 5; r2, r3 2 → 3; r4 1 → 2; r5 0 → 1.
    // Frequency 3, 1, 2, 5, 1; below = strictly fewer: r1 3 → 4; r2 0 → 1; r3 2 → 3; r4 4 → 5; r5 0 → 1.
    // Monetary 300, 100, 200, 1000, 50: r1 3 → 4; r2 1 → 2; r3 2 → 3; r4 4 → 5; r5 0 → 1.
    expect(at('r1')).toMatchObject({ recencyDays: 1, frequency: 3, monetary: 300, r: 5, f: 4, m: 4 });
    expect(at('r2')).toMatchObject({ recencyDays: 10, frequency: 1, monetary: 100, r: 3, f: 1, m: 2 });
    expect(at('r3')).toMatchObject({ recencyDays: 10, frequency: 2, monetary: 200, r: 3, f: 3, m: 3 });
    expect(at('r4')).toMatchObject({ recencyDays: 120, frequency: 5, monetary: 1000, r: 2, f: 5, m: 5 });
    expect(at('r5')).toMatchObject({ recencyDays: 360, frequency: 1, monetary: 50, r: 1, f: 1, m: 1 });
    expect(result.scored).toBe(5);
  });

  it('segments by the table', () => {
    // r1 R5 F4 champions; r2 R3 F1 about-to-sleep; r3 R3 F3 need-attention; r4 R2 F5 cant-lose; r5 R1 F1 lost.
    const segments = Object.fromEntries(result.customerIds.map((id, i) => [id, result.gradeOf(i)]));
    expect(segments).toEqual({
      r1: 'champions',
      r2: 'about-to-sleep',
      r3: 'need-attention',
      r4: 'cant-lose',
      r5: 'lost',
      x: 'inactive',
      never: 'inactive',
    });
  });

  it('leaves customers without a counted purchase unscored and inactive', () => {
    expect(at('x')).toMatchObject({ segment: 'inactive', r: undefined, f: undefined, m: undefined, recencyDays: undefined });
    expect(result.r[result.indexOf('never')]).toBe(0);
    expect(result.recencyDays[result.indexOf('never')]).toBe(-1);
  });

  it('follows grading.md’s table cell by cell for 5 bins', () => {
    const table = [
      ['new', 'potential', 'potential', 'champions', 'champions'],
      ['promising', 'potential', 'potential', 'champions', 'champions'],
      ['about-to-sleep', 'about-to-sleep', 'need-attention', 'loyal', 'loyal'],
      ['hibernating', 'hibernating', 'at-risk', 'at-risk', 'cant-lose'],
      ['lost', 'hibernating', 'at-risk', 'at-risk', 'cant-lose'],
    ];
    for (let r = 5; r >= 1; r--) for (let f = 1; f <= 5; f++) expect(rfmSegment(r, f)).toBe(table[5 - r]![f - 1]);
  });

  it('rescales other bin counts to five', () => {
    expect([1, 2, 3].map((s) => toFiveBins(s, 3))).toEqual([1, 3, 5]);
    expect(Array.from({ length: 10 }, (_, k) => toFiveBins(k + 1, 10))).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
    // 3 bins: recency below 4, 2, 2, 1, 0 → 1 + floor(3·below/5) = 3, 2, 2, 1, 1;
    // frequency below 3, 0, 2, 4, 0 → 2, 1, 2, 3, 1.
    // r1 (R3→5, F2→3) potential; r4 (R1→1, F3→5) cant-lose; r2 (R2→3, F1→1) about-to-sleep.
    const three = gradeCustomers(figures, { method: 'rfm', bins: 3 });
    const seg = (id: string) => three.gradeOf(three.indexOf(id));
    expect([three.r[three.indexOf('r1')], three.f[three.indexOf('r1')]]).toEqual([3, 2]);
    expect(seg('r1')).toBe('potential');
    expect(seg('r4')).toBe('cant-lose');
    expect(seg('r2')).toBe('about-to-sleep');
  });

  it('explains in both locales', () => {
    for (const locale of locales) {
      for (const row of result.toRows({ locale })) expect(row.sentence.length).toBeGreaterThan(10);
    }
    expect(result.toRows({ locale: 'en' })[0]!.sentence).toContain('last purchase 1 day ago (R 5)');
    expect(result.toRows({ locale: 'zh-CN' })[0]!.sentence).toContain('最近一次购买在 1天前（R 5）');
  });

  it('handles a single customer and an empty book', () => {
    const one = gradeCustomers(figuresOf({ s: { revenue: 5, orders: 1, lastPurchaseDay: dayNumber(asOf)! - 3 } }), {
      method: 'rfm',
    });
    // n = 1, below = 0 for every metric → scores 1, 1, 1 → lost.
    expect([one.r[0], one.f[0], one.m[0], one.gradeOf(0)]).toEqual([1, 1, 1, 'lost']);
    const none = gradeCustomers(computeCustomerFigures([], { asOf }), { method: 'rfm' });
    expect(none.size).toBe(0);
  });
});

describe('RFM properties', () => {
  it('adding a customer without purchases changes nobody else’s scores', () => {
    fc.assert(
      fc.property(customers, (record) => {
        const entries = Object.entries(record);
        fc.pre(!Object.hasOwn(record, 'newcomer'));
        const before = gradeCustomers(asFigures(entries), { method: 'rfm' });
        const after = gradeCustomers(asFigures([...entries, ['newcomer', { revenue: 0, orders: 0, recency: undefined }]]), { method: 'rfm' });
        expect(after.gradeOf(after.indexOf('newcomer'))).toBe('inactive');
        for (let i = 0; i < before.size; i++) {
          const j = after.indexOf(before.customerIds[i]!);
          expect([after.r[j], after.f[j], after.m[j], after.gradeOf(j)]).toEqual([before.r[i], before.f[i], before.m[i], before.gradeOf(i)]);
        }
      }),
    );
  });

  const customers = fc.dictionary(
    fc.string({ minLength: 1, maxLength: 3 }),
    fc.record({
      revenue: fc.integer({ min: -50, max: 500 }),
      orders: fc.integer({ min: 0, max: 8 }),
      recency: fc.option(fc.integer({ min: 1, max: 365 }), { nil: undefined }),
    }),
    { minKeys: 1, maxKeys: 40 },
  );
  const asFigures = (entries: [string, { revenue: number; orders: number; recency: number | undefined }][]) =>
    figuresOf(
      Object.fromEntries(
        entries.map(([id, c]) => [
          id,
          {
            revenue: c.revenue,
            orders: c.orders,
            ...(c.recency === undefined ? {} : { lastPurchaseDay: dayNumber(asOf)! - c.recency }),
          },
        ]),
      ),
    );

  it('scores stay within 1..bins, ties share a score, and order does not matter', () => {
    fc.assert(
      fc.property(customers, fc.integer({ min: 1, max: 10 }), (record, bins) => {
        const entries = Object.entries(record);
        const result = gradeCustomers(asFigures(entries), { method: 'rfm', bins });
        const reversed = gradeCustomers(asFigures([...entries].reverse()), { method: 'rfm', bins });
        for (let i = 0; i < result.size; i++) {
          const j = reversed.indexOf(result.customerIds[i]!);
          expect([reversed.r[j], reversed.f[j], reversed.m[j], reversed.gradeOf(j)]).toEqual([
            result.r[i],
            result.f[i],
            result.m[i],
            result.gradeOf(i),
          ]);
          if (result.r[i] === 0) {
            expect(result.gradeOf(i)).toBe('inactive');
            continue;
          }
          for (const score of [result.r[i]!, result.f[i]!, result.m[i]!]) {
            expect(score).toBeGreaterThanOrEqual(1);
            expect(score).toBeLessThanOrEqual(bins);
          }
          expect(rfmSegments).toContain(result.gradeOf(i));
          for (let k = 0; k < result.size; k++) {
            if (result.r[k] === 0) continue;
            if (result.recencyDays[k] === result.recencyDays[i]) expect(result.r[k]).toBe(result.r[i]);
            if (result.frequency[k] === result.frequency[i]) expect(result.f[k]).toBe(result.f[i]);
            if (result.monetary[k] === result.monetary[i]) expect(result.m[k]).toBe(result.m[i]);
            // Better values never score lower.
            if (result.recencyDays[k]! < result.recencyDays[i]!) expect(result.r[k]).toBeGreaterThanOrEqual(result.r[i]!);
          }
        }
      }),
    );
  });
});
