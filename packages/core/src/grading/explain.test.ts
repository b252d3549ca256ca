import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gradingMethods } from '../enums/vocabularies.js';
import { locales } from '../i18n/locale.js';
import { explainGrade, formatAmount, formatShare } from './explain.js';
import { computeCustomerFigures } from './figures.js';
import { gradeCustomers } from './grade.js';
import { messages } from './messages.js';
import { classMessages } from './class-messages.js';
import { gradingErrorMessages } from './error-messages.js';
import { gradeMessages } from './grade-messages.js';
import { classifyFrequency, classifyStage, classifyValue } from './classes.js';
import { computePoints } from './points.js';
import { createGradingRun, migrationMatrix } from './runs.js';

describe('explanations', () => {
  it('the catalogue has every key in both locales', () => {
    expect(Object.keys(messages['zh-CN']).sort()).toEqual(Object.keys(messages.en).sort());
    for (const locale of locales) for (const text of Object.values(messages[locale])) expect(text.length).toBeGreaterThan(0);
  });

  it('the catalogue is its three parts (9 errors, 29 grade sentences, 19 class sentences) with nothing lost or shared', () => {
    const parts = [gradingErrorMessages, gradeMessages, classMessages];
    expect(parts.map((part) => Object.keys(part.en).length)).toEqual([9, 29, 19]);
    for (const locale of locales) {
      expect(Object.keys(messages[locale])).toHaveLength(57);
      for (const part of parts) for (const [key, text] of Object.entries(part[locale])) expect(messages[locale][key as keyof (typeof messages)['en']]).toBe(text);
    }
    expect(messages['zh-CN']['class.loyaltyUnknown']).toBe('{customer}：尚未录入忠诚度。');
    expect(messages.en['error.invalid-window']).toBe('The window "{value}" must be a whole number of days greater than 0.');
  });

  it('formats amounts and shares with Intl in the locale', () => {
    expect(formatAmount(1234567.891, 'en')).toBe(new Intl.NumberFormat('en', { maximumFractionDigits: 2 }).format(1234567.891));
    expect(formatAmount(1234567.891, 'en')).toBe('1,234,567.89');
    expect(formatShare(0.805, 'zh-CN')).toBe('80.5%');
  });

  it('every grade of every method has a sentence in both locales (property)', () => {
    const line = fc.record({
      customerId: fc.constantFrom('甲', 'b', 'c', 'd', 'e'),
      date: fc.integer({ min: 0, max: 400 }).map((k) => new Date(Date.UTC(2025, 0, 1) + k * 864e5).toISOString().slice(0, 10)),
      amount: fc.integer({ min: -1000, max: 100000 }).map((c) => c / 100),
      orderId: fc.option(fc.constantFrom('o1', 'o2', 'o3'), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(line, { maxLength: 25 }), fc.constantFrom(...gradingMethods), (lines, method) => {
        const figures = computeCustomerFigures(lines, { asOf: '2026-01-01', customerIds: ['never'] });
        const result = gradeCustomers(figures, { method });
        for (const locale of locales) {
          for (let i = 0; i < result.size; i++) {
            const sentence = explainGrade(result.explain(i), locale);
            expect(sentence.startsWith(result.customerIds[i]!)).toBe(true);
            expect(sentence).not.toMatch(/\{\w+\}|undefined|NaN/);
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('an empty book', () => {
  it('gives empty results for every method and class, without errors', () => {
    const figures = computeCustomerFigures([], { asOf: '2026-01-01' });
    for (const method of gradingMethods) {
      const result = gradeCustomers(figures, { method });
      expect(result.size).toBe(0);
      expect(result.grade.length).toBe(0);
      expect(result.toRows()).toEqual([]);
    }
    const abc = gradeCustomers(figures, { method: 'abc-share' });
    expect(classifyValue(abc).code.length).toBe(0);
    expect(classifyFrequency(figures).code.length).toBe(0);
    expect(classifyStage(figures).code.length).toBe(0);
    expect(computePoints([], { asOf: '2026-01-01' }).points.length).toBe(0);
    const run = createGradingRun(abc, figures, { id: 'empty', ranBy: 'me' });
    expect(migrationMatrix(run, run).movers).toEqual([]);
  });
});
