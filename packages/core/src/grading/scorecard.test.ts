import { describe, expect, it } from 'vitest';
import { dayNumber } from '../book/calendar.js';
import { creditRatings } from '../enums/vocabularies.js';
import { locales } from '../i18n/locale.js';
import { gradeCustomers } from './grade.js';
import { defaultPolicy, PolicyError } from './policy.js';
import { creditRatingValue } from './scorecard.js';
import { figuresOf } from './testing-fixtures/figures-of.js';

const policy = {
  method: 'scorecard' as const,
  criteria: [
    { key: 'revenue', weight: 0.4, score: { kind: 'linear' as const, min: 0, max: 1000 } },
    {
      key: 'collection-rate',
      weight: 0.2,
      score: { kind: 'steps' as const, steps: [{ atLeast: 0.9, points: 100 }, { atLeast: 0.5, points: 50 }] },
    },
    { key: 'orders', weight: 0.2, score: { kind: 'percentile' as const } },
    { key: 'attitude', weight: 0.2, score: { kind: 'manual' as const } },
  ],
};
const figures = figuresOf({
  x: { revenue: 1000, paid: 950, orders: 10 },
  y: { revenue: 500, paid: 250, orders: 4 },
  z: { revenue: 0, paid: 0, orders: 0 },
  w: { revenue: 800, paid: 480, orders: 4 },
});
const attributes = { x: { attitude: 5 }, y: { attitude: 3 }, w: { attitude: 4 } };

describe('scorecard', () => {
  const result = gradeCustomers(figures, policy, { attributes });
  const at = (id: string) => result.explain(result.indexOf(id));

  it('weighs linear, steps, percentile and manual points', () => {
    // Orders 10, 4, 0, 4: strictly below → x 3, y 1, z 0, w 1 → percentile 75, 25, 0, 25.
    // x: revenue 100, collection 0.95 → 100, orders 75, attitude 5 → 100:
    //    0.4·100 + 0.2·100 + 0.2·75 + 0.2·100 = 40 + 20 + 15 + 20 = 95 → A.
    // y: 50, 0.5 → 50, 25, 3 → 50: 20 + 10 + 5 + 10 = 45 → C.
    // w: 80, 0.6 → 50, 25, 4 → 75: 32 + 10 + 5 + 15 = 62 → B.
    // z: 0, collection missing (revenue 0) → 0, 0, attitude missing → 0: 0 → C.
    expect([...result.total]).toEqual([95, 45, 0, 62]);
    expect(result.customerIds.map((_, i) => result.gradeOf(i))).toEqual(['A', 'C', 'C', 'B']);
    expect(at('x').criteria.map((c) => c.points)).toEqual([100, 100, 75, 100]);
  });

  it('names missing figures, which score 0', () => {
    expect(at('z').missing).toEqual(['collection-rate', 'attitude']);
    expect(at('z').criteria[1]).toMatchObject({ key: 'collection-rate', value: undefined, points: 0, missing: true });
    const en = result.toRows({ locale: 'en' })[2]!.sentence;
    expect(en).toContain('Missing figures scored 0: collection rate; attitude.');
    const zh = result.toRows({ locale: 'zh-CN' })[2]!.sentence;
    expect(zh).toContain('缺失的指标按 0 分计：回款率；attitude。');
    for (const locale of locales) for (const row of result.toRows({ locale })) expect(row.sentence).not.toMatch(/\{\w+\}/);
  });

  it('uses the other built-in figures', () => {
    const D = dayNumber('2026-01-01')!;
    const one = figuresOf({ k: { revenue: 1000, cost: 700, quantity: 4, orders: 2, firstPurchaseDay: D - 730 } });
    const card = gradeCustomers(
      one,
      {
        method: 'scorecard',
        criteria: [
          { key: 'gross-margin-rate', weight: 0.25, score: { kind: 'linear', min: 0, max: 0.6 } },
          { key: 'average-unit-price', weight: 0.25, score: { kind: 'linear', min: 0, max: 500 } },
          { key: 'years-of-trade', weight: 0.25, score: { kind: 'linear', min: 0, max: 4 } },
          { key: 'credit-rating', weight: 0.25, score: { kind: 'linear', min: 1, max: 6 } },
        ],
      },
      { attributes: { k: { 'credit-rating': 'AA' } } },
    );
    // margin (1000 − 700) / 1000 = 0.3 → 50; unit price 1000 / 4 = 250 → 50;
    // years 730 / 365.25 = 1.9986 → 49.97; AA = 5 → (5 − 1) / 5 = 80. Total = (50 + 50 + 49.97 + 80) / 4 = 57.49 → C.
    const values = card.explain(0).criteria.map((c) => c.value);
    expect(values[0]).toBeCloseTo(0.3, 12);
    expect(values[1]).toBe(250);
    expect(values[2]).toBeCloseTo(730 / 365.25, 12);
    expect(values[3]).toBe(5);
    expect(card.total[0]).toBeCloseTo((50 + 50 + (100 * 730) / 365.25 / 4 + 80) / 4, 6);
    expect(card.gradeOf(0)).toBe('C');
    expect(creditRatings.map((r) => creditRatingValue(r))).toEqual([6, 5, 4, 3, 2, 1]);
  });

  it('validates weights and fills the default criteria', () => {
    expect(() => gradeCustomers(figures, { ...policy, criteria: policy.criteria.slice(1) })).toThrowError(PolicyError);
    const defaults = defaultPolicy('scorecard');
    expect(defaults.criteria.reduce((s, c) => s + c.weight, 0)).toBeCloseTo(1, 12);
    expect(defaults.thresholds).toEqual({ A: 80, B: 60 });
  });
});
