import { describe, expect, it } from 'vitest';
import { dayNumber } from '../book/calendar.js';
import { frequencyClasses, loyaltyClasses, relationshipStages, valueClasses } from '../enums/vocabularies.js';
import { locales } from '../i18n/locale.js';
import { classifyFrequency, classifyLoyalty, classifyStage, classifyValue, UNKNOWN_CLASS } from './classes.js';
import { explainClass } from './explain.js';
import { gradeCustomers } from './grade.js';
import { figuresOf } from './testing-fixtures/figures-of.js';

const D = dayNumber('2026-01-01')!;
const classes = <V extends string>(c: { customerIds: readonly string[]; classOf(i: number): V | undefined }) =>
  Object.fromEntries(c.customerIds.map((id, i) => [id, c.classOf(i)]));

describe('classifyFrequency', () => {
  const figures = figuresOf({ h: { orders: 13 }, k: { orders: 12 }, l: { orders: 1 }, z: { orders: 0 } });

  it('is high from windowDays / 30 orders, low from 1, else zero', () => {
    // 365 / 30 = 12.17: 13 → high, 12 → low, 1 → low, 0 → zero.
    const result = classifyFrequency(figures);
    expect(classes(result)).toEqual({ h: 'high', k: 'low', l: 'low', z: 'zero' });
    expect(result.explain(0).threshold).toBeCloseTo(12.1667, 3);
    expect(frequencyClasses).toEqual(result.values);
  });

  it('takes a configured threshold', () => {
    expect(classes(classifyFrequency(figures, { highFrequencyOrders: 12 }))).toMatchObject({ k: 'high' });
  });
});

describe('classifyValue', () => {
  // ABC by amount a 300 / b 100: a 500 A, b 300 A, c 100 B, d 100 B, f 12 C, e 0 C.
  // RFM (n = 4 scored: a, b, c, d; e and f have no purchase day):
  //   recency a 100, b 200, c 300, d 1 → below (more days) a 2, b 1, c 0, d 3 → R 3, 2, 1, 4;
  //   orders a 5, b 4, c 3, d 1 → below 3, 2, 1, 0 → F 4, 3, 2, 1. d: R4 F1 → promising.
  const figures = figuresOf({
    a: { revenue: 500, orders: 5, lastPurchaseDay: D - 100 },
    b: { revenue: 300, orders: 4, lastPurchaseDay: D - 200 },
    c: { revenue: 100, orders: 3, lastPurchaseDay: D - 300 },
    d: { revenue: 100, orders: 1, lastPurchaseDay: D - 1 },
    e: { revenue: 0 },
    f: { revenue: 12, orders: 1 },
  });
  // Previous window, customers in another order (matched by id).
  const previous = figuresOf({ f: { revenue: 10 }, e: { revenue: 0 }, d: { revenue: 90 }, c: { revenue: 80 }, b: { revenue: 100 }, a: { revenue: 100 } });
  const abc = gradeCustomers(figures, { method: 'abc-amount', thresholds: { a: 300, b: 100 } });
  const rfm = gradeCustomers(figures, { method: 'rfm' });

  it('core = A; potential = growth >= 20 % or a promising RFM segment; else general', () => {
    // a, b: A → core. c: 100 / 80 − 1 = 25 % → potential (growth). d: 100 / 90 − 1 = 11 %, but
    // promising → potential. f: 12 / 10 − 1 = 20 % exactly (0.19999999999999996 in floats) → potential.
    // e: previous 0 → no growth figure, inactive → general.
    const result = classifyValue(abc, { previous, rfm });
    expect(rfm.gradeOf(rfm.indexOf('d'))).toBe('promising');
    expect(classes(result)).toEqual({ a: 'core', b: 'core', c: 'potential', d: 'potential', e: 'general', f: 'potential' });
    expect(result.explain(abc.indexOf('c'))).toMatchObject({ reason: 'growth', previousRevenue: 80, growth: 0.25 });
    expect(result.explain(abc.indexOf('d'))).toMatchObject({ reason: 'rfm-segment', segment: 'promising' });
    expect(result.explain(abc.indexOf('e'))).toMatchObject({ reason: 'general', growth: undefined });
    expect(valueClasses).toEqual(result.values);
  });

  it('works without the previous window or RFM', () => {
    expect(classes(classifyValue(abc))).toEqual({ a: 'core', b: 'core', c: 'general', d: 'general', e: 'general', f: 'general' });
  });
});

describe('classifyStage', () => {
  const figures = figuresOf({
    p: {},
    n: { orders: 2, firstPurchaseDay: D - 100, lastPurchaseDay: D - 10 },
    n180: { orders: 2, firstPurchaseDay: D - 180, lastPurchaseDay: D - 1 },
    l181: { orders: 2, firstPurchaseDay: D - 181, lastPurchaseDay: D - 1 },
    f: { orders: 0, firstPurchaseDay: D - 800, lastPurchaseDay: D - 366 },
    f365: { orders: 0, firstPurchaseDay: D - 800, lastPurchaseDay: D - 365 },
    pr: { orders: 1, firstPurchaseDay: D - 800, lastPurchaseDay: D - 5 },
    pr90: { orders: 1, firstPurchaseDay: D - 800, lastPurchaseDay: D - 5 },
    dsp: { orders: 1, firstPurchaseDay: D - 800, lastPurchaseDay: D - 5 },
    stp: { orders: 1, firstPurchaseDay: D - 800, lastPurchaseDay: D - 5 },
    hand: {},
  });
  const attributes = {
    pr: { overdueDays: 91 },
    pr90: { overdueDays: 90 },
    dsp: { dispute: true },
    stp: { stoppedReason: 'moved abroad' },
    hand: { relationshipStage: 'long-term', stageReason: 'met at the fair' },
  };
  const result = classifyStage(figures, { attributes });

  it('derives the stage by grading.md’s rules, hand-set wins', () => {
    // n: first purchase 100 days ago → new; n180: 180 days is still within the last 180 → new;
    // l181 → long-term; f: last purchase 366 days ago (> 365) → former; f365: exactly 365 → long-term;
    // pr: overdue 91 > 90 → problem; pr90: 90 is not more than 90 → long-term; dsp: dispute → problem;
    // stp: stopped by hand → former; hand: no transaction but set by hand → long-term.
    expect(classes(result)).toEqual({
      p: 'prospect',
      n: 'new',
      n180: 'new',
      l181: 'long-term',
      f: 'former',
      f365: 'long-term',
      pr: 'problem',
      pr90: 'long-term',
      dsp: 'problem',
      stp: 'former',
      hand: 'long-term',
    });
    expect(result.explain(figures.customerIds.indexOf('hand'))).toMatchObject({ reason: 'hand-set', note: 'met at the fair' });
    expect(result.explain(figures.customerIds.indexOf('stp'))).toMatchObject({ reason: 'stopped-by-hand', note: 'moved abroad' });
    expect(result.explain(figures.customerIds.indexOf('f'))).toMatchObject({ reason: 'no-recent-purchase', daysSinceLastPurchase: 366 });
    expect(relationshipStages).toEqual(result.values);
  });

  it('explains every stage in both locales', () => {
    for (const locale of locales) {
      for (let i = 0; i < figures.customerIds.length; i++) {
        const sentence = explainClass(result.explain(i), locale);
        expect(sentence).not.toMatch(/\{\w+\}/);
        expect(sentence.startsWith(figures.customerIds[i]!)).toBe(true);
      }
    }
    expect(explainClass(result.explain(figures.customerIds.indexOf('hand')), 'en')).toContain('set by hand (met at the fair)');
    expect(explainClass(result.explain(figures.customerIds.indexOf('pr')), 'zh-CN')).toContain('逾期 91 天');
  });
});

describe('classifyLoyalty', () => {
  it('reads the hand-entered loyalty, unknown otherwise', () => {
    const result = classifyLoyalty(['a', 'b', 'c', 'd'], { a: { loyalty: 'loyal' }, b: { loyalty: 'switcher' }, c: { loyalty: 'bogus' } });
    expect(classes(result)).toEqual({ a: 'loyal', b: 'switcher', c: undefined, d: undefined });
    expect(result.code[3]).toBe(UNKNOWN_CLASS);
    for (const value of loyaltyClasses) {
      const one = classifyLoyalty(['x'], new Map([['x', { loyalty: value }]]));
      for (const locale of locales) expect(explainClass(one.explain(0), locale)).not.toMatch(/\{\w+\}/);
    }
    expect(explainClass(result.explain(3), 'zh-CN')).toBe('d：尚未录入忠诚度。');
  });
});
