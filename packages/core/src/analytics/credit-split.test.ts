import { describe, expect, it } from 'vitest';
import type { TransactionLine } from '../book/columns.js';
import { creditSplitLabel, splitFen, validateCreditSplitPolicy } from './credit-split.js';
import { AnalyticsError } from './errors.js';
import { salesForceEfficiency } from './sales-force.js';

describe('splitFen (largest remainder, ties to the earlier party)', () => {
  it('splits whole fen so that the parts sum to the whole, worked by hand', () => {
    // 101 × 60 % = 60.6, × 40 % = 40.4: 60 + 40 = 100, the one fen left to the larger fraction .6.
    expect(splitFen(101n, [60, 40])).toEqual([61n, 40n]);
    // 33333 × 70 % = 23333.1, × 30 % = 9999.9: the fen left goes to the .9.
    expect(splitFen(33_333n, [70, 30])).toEqual([23_333n, 10_000n]);
    // 1 fen halved: a tie, the earlier party (the company) gets it.
    expect(splitFen(1n, [50, 50])).toEqual([1n, 0n]);
    // A return splits as its magnitude: a sale and its return cancel in every part.
    expect(splitFen(-101n, [60, 40])).toEqual([-61n, -40n]);
    expect(splitFen(1n, [34, 33, 33])).toEqual([1n, 0n, 0n]);
    expect(splitFen(0n, [60, 40])).toEqual([0n, 0n]);
  });

  it('stays exact beyond 2^53 fen', () => {
    const whole = 2n ** 70n + 1n;
    const [a, b] = splitFen(whole, [70, 30]);
    expect(a! + b!).toBe(whole);
    // 2^70 + 1 ends in 25 (mod 100): × 70 % and × 30 % both drop .5; the tie's fen goes to the first party.
    expect(b).toBe((whole * 30n) / 100n);
    expect(a).toBe(whole - b!);
  });
});

describe('validateCreditSplitPolicy', () => {
  it('refuses parts that do not sum to 100, naming the rule in en and zh-CN', () => {
    const bad = () => validateCreditSplitPolicy({ handover: [60, 40], engineering: [70, 40], unclear: [50, 50] });
    expect(bad).toThrow(AnalyticsError);
    try {
      bad();
    } catch (error) {
      expect((error as AnalyticsError).localized('en')).toContain('“engineering”');
      expect((error as AnalyticsError).localized('zh-CN')).toContain('业绩分配“engineering”');
    }
    expect(() => validateCreditSplitPolicy({ handover: [60.5, 39.5], engineering: [70, 30], unclear: [50, 50] })).toThrow(/handover/);
  });

  it('labels the rules and parties in en and zh-CN', () => {
    expect(creditSplitLabel('zh-CN', 'handover', 0)).toBe('移交方');
    expect(creditSplitLabel('en', 'engineering', 0)).toBe('engineering department');
  });
});

describe('salesForceEfficiency with credit splits (seed 003: 60/40, 70/30, 50/50)', () => {
  const line = (customerId: string, date: string, amount: number, cost: number): TransactionLine => ({ customerId, date, amount, cost, paid: amount });
  const book = [
    line('h1', '2025-01-05', 1000.01, 600), // handed over by wang to li
    line('e1', '2025-01-06', 333.33, 100), // engineering deal: eng department and zhao
    line('u1', '2025-01-07', 0.01, 0), // region unclear: company and zhao
    line('p1', '2025-01-08', 50, 20), // li's own customer, not shared
  ];
  const { rows } = salesForceEfficiency(book, {
    period: { from: '2025-01-01', to: '2025-02-01' },
    repOf: { h1: 'li', e1: 'zhao', u1: 'zhao', p1: 'li' },
    creditSplits: {
      h1: { rule: 'handover', parties: ['wang', 'li'] },
      e1: { rule: 'engineering', parties: ['eng', 'zhao'] },
      u1: { rule: 'unclear', parties: ['company', 'zhao'] },
    },
  });
  const by = Object.fromEntries(rows.map((r) => [r.rep, r]));

  it('splits sales and cost by the rules, each in whole fen, summing to the book', () => {
    // h1 100001 fen → 60001 / 40000; e1 33333 → 23333 / 10000; u1 1 → 1 / 0 (tie to the company).
    expect(by.wang!.sales).toBe(600.01);
    expect(by.li!.sales).toBe(450); // 400.00 + p1's 50
    expect(by.eng!.sales).toBe(233.33);
    expect(by.zhao!.sales).toBe(100);
    expect(by.company!.sales).toBe(0.01);
    // cost 600 → 360 / 240; 100 → 70 / 30
    expect(by.wang!.grossMargin).toBe(240.01);
    expect(by.li!.grossMargin).toBe(190);
    expect(by.eng!.grossMargin).toBe(163.33);
    expect(by.zhao!.grossMargin).toBe(70);
    expect(by.wang!.cashCollectionRate).toBe(1);
  });

  it('leaves counts with the customer’s rep', () => {
    expect(by.li!.buyingCustomers).toBe(2);
    expect(by.zhao!.buyingCustomers).toBe(2);
    expect(by.wang!.buyingCustomers).toBe(0);
    expect(by.wang!.orders).toBe(0);
  });

  it('takes the policy as data, and refuses an assignment with an unknown rule', () => {
    const evenly = salesForceEfficiency(book, {
      period: { from: '2025-01-01', to: '2025-02-01' },
      repOf: { h1: 'li' },
      creditSplits: { h1: { rule: 'handover', parties: ['wang', 'li'] } },
      creditSplitPolicy: { handover: [50, 50], engineering: [70, 30], unclear: [50, 50] },
    });
    // 100001 fen halved: 50000.5 each, the tie's fen to the handing-over side.
    expect(evenly.rows.find((r) => r.rep === 'wang')!.sales).toBe(500.01);
    expect(() =>
      salesForceEfficiency(book, { period: { from: '2025-01-01', to: '2025-02-01' }, repOf: {}, creditSplits: { h1: { rule: 'bonus' as 'handover', parties: ['wang', 'li'] } } }),
    ).toThrow(/h1/);
  });
});
