import { computeCustomerFigures, explainGrade, gradeAbc, parseGradingPolicy } from '@dossier/core';
import type { AbcPolicy } from '@dossier/core';
import type { AbcExplanation, Locale } from '@dossier/core';
import { generateTransactionColumns, Random } from '@dossier/core/sample';
import { describe, expect, it } from 'vitest';
import { abcSentences, amountText, shareText } from './abc-sentence.js';

const locales: Locale[] = ['en', 'zh-CN'];

describe('number texts without Intl', () => {
  it('write amounts as Intl writes them, by hand-picked values', () => {
    expect(amountText(1234567.8)).toBe('1,234,567.8');
    expect(amountText(-1234.05)).toBe('-1,234.05');
    expect(amountText(999)).toBe('999');
    expect(amountText(0)).toBe('0');
    expect(amountText(-0)).toBeUndefined();
    expect(amountText(0.125)).toBeUndefined();
  });

  it('write shares as Intl writes percentages, by hand-picked values', () => {
    expect(shareText(0.683761, 1)).toBe('68.4%');
    expect(shareText(0.8, 1)).toBe('80%');
    expect(shareText(0.79996, 2)).toBe('80%');
    expect(shareText(0.79996, 3)).toBe('79.996%');
    // Intl rounds the shortest decimal (1.005 → 1.01), not the double's exact value (1.00499…).
    expect(shareText(0.01005, 2)).toBe('1.01%');
    expect(shareText(1, 1)).toBe('100%');
    expect(shareText(0.99999, 2)).toBe('100%');
    expect(shareText(0, 1)).toBe('0%');
  });

  it('agree with Intl on 20,000 random amounts and shares in en and zh-CN', () => {
    const random = new Random(7);
    for (const locale of locales) {
      const amount = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
      const percent = [0, 1, 2, 3, 4, 5].map((d) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: d }));
      for (let k = 0; k < 10_000; k++) {
        const fen = Math.floor((random.next() - 0.3) * 10 ** Math.floor(random.next() * 14));
        const value = fen / 100;
        if (!Object.is(value, -0)) expect(amountText(value), String(value)).toBe(amount.format(value));
        const digits = k % 6;
        // Shares of every kind: long binary fractions, short decimals, ties at the rounding place.
        const share = k % 3 === 0 ? random.next() : k % 3 === 1 ? Math.floor(random.next() * 100_000) / 100_000 : (Math.floor(random.next() * 2000) + 0.5) / 10 ** (digits + 3);
        const text = shareText(share, digits);
        if (text !== undefined) expect(text, `${share} ${digits}`).toBe(percent[digits]!.format(share));
      }
    }
  });
});

describe('abcSentences', () => {
  it('writes the sentence explainGrade writes for every customer of a sample book, in en and zh-CN', () => {
    const book = generateTransactionColumns({ seed: 11, customers: 3000, transactions: 30_000, asOf: '2026-01-01' });
    const figures = computeCustomerFigures(book, { asOf: '2026-01-01', windowDays: 365 });
    for (const policy of [parseGradingPolicy({ method: 'abc-share' }), parseGradingPolicy({ method: 'abc-share', cutoffs: [0.7996, 0.95], vipFraction: 0.05 })] as AbcPolicy[]) {
      const result = gradeAbc(figures, policy);
      for (const locale of locales) {
        const sentence = abcSentences(locale);
        let ranked = 0;
        for (let i = 0; i < result.size; i++) {
          const explanation = result.explain(i);
          if (explanation.rank !== undefined) ranked++;
          expect(sentence(explanation)).toBe(explainGrade(explanation, locale));
        }
        expect(ranked).toBeGreaterThan(1000);
      }
    }
  });

  it('leaves explanations with adjustments, overrides or another method to explainGrade', () => {
    const base: AbcExplanation = {
      method: 'abc-share',
      customerId: 'K1',
      grade: 'B',
      computedGrade: 'A',
      rule: 'share',
      revenue: 100,
      rank: 1,
      ranked: 2,
      shareBefore: 0,
      shareAfter: 0.5,
      thresholds: [0.8, 0.95],
      vip: true,
      vipCount: 1,
      adjustments: [{ rule: 0, from: 'A', to: 'B', reason: '逾期' }],
    };
    const others: AbcExplanation[] = [
      base,
      { ...base, adjustments: [], override: { computedGrade: 'A', grade: 'C', reason: 'r', by: 'u1' } },
      { ...base, adjustments: [], method: 'abc-count', rule: 'count', thresholds: [1, 2] },
      { ...base, adjustments: [], revenue: 1e21 },
    ];
    for (const locale of locales) for (const e of others) expect(abcSentences(locale)(e)).toBe(explainGrade(e, locale));
  });
});
