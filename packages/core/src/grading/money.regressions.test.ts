import { describe, expect, it } from 'vitest';
import type { TransactionLineInput } from '../book/columns.js';
import { toTransactionColumns } from '../book/columns.js';
import { BookError } from '../book/errors.js';
import { composition } from '../analytics/composition.js';
import { effortByGrade } from '../analytics/effort.js';
import { pareto } from '../analytics/pareto.js';
import { productAnalysis } from '../analytics/products.js';
import { customerProfitability } from '../analytics/profitability.js';
import { salesForceEfficiency } from '../analytics/sales-force.js';
import { classifyStage } from './classes.js';
import { explainClass, explainGrade } from './explain.js';
import { computeCustomerFigures } from './figures.js';
import { gradeCustomers } from './grade.js';
import { computePoints } from './points.js';

// Issue 15's eight causes, each with the issue's own example. Expected values are worked out
// by hand from grading.md; every test fails on the code before the fix.

const asOf = '2026-01-01';
const day = '2025-06-01';
const sale = (customerId: string, amount: number | string, extra: Partial<TransactionLineInput> = {}): TransactionLineInput => ({
  customerId,
  date: day,
  amount,
  ...extra,
});
const abc = (lines: readonly TransactionLineInput[], method: 'abc-share' | 'abc-count' = 'abc-share') => {
  const result = gradeCustomers(computeCustomerFigures(lines, { asOf }), { method });
  return Object.fromEntries(result.customerIds.map((id, i) => [id, result.gradeOf(i)]));
};
const id = (k: number) => `c${String(k).padStart(4, '0')}`;

describe('1. exact cut-offs are decided on integers, not by binary rounding', () => {
  it('5.6 and 1.4: the second customer has exactly 80 % ahead of it, so it is B', () => {
    const figures = computeCustomerFigures([sale('a', 5.6), sale('b', 1.4)], { asOf });
    const result = gradeCustomers(figures, { method: 'abc-share' });
    expect(result.gradeOf(result.indexOf('b'))).toBe('B');
    expect(result.explain(result.indexOf('b')).shareBefore).toBe(0.8);
  });

  it.each([
    [20, '0.10'],
    [100, '19.99'],
    [1000, '88.80'],
  ])('%i customers of %s each: the customer at exactly 80 percent is B, at exactly 95 percent is C', (n, amount) => {
    const grades = abc(Array.from({ length: n }, (_, k) => sale(id(k), amount)));
    // Customer k (ids in code-point order) has k/n of revenue ahead: A while k/n < 0.8, B while < 0.95.
    for (let k = 0; k < n; k++) {
      const expected = k * 100 < 80 * n ? 'A' : k * 100 < 95 * n ? 'B' : 'C';
      expect(grades[id(k)], `${id(k)} of ${n}`).toBe(expected);
    }
  });
});

describe('1b. beyond 2^53 fen the comparison is still exact (BigInt)', () => {
  it('80, 10 and 10 trillion yuan: the second has exactly 80 % ahead, B', () => {
    // 8e15 + 1e15 + 1e15 fen = 1e16 fen > 2^53: the book total needs BigInt
    const result = gradeCustomers(computeCustomerFigures([sale('a', 8e13), sale('b', 1e13), sale('c', 1e13)], { asOf }), { method: 'abc-share' });
    expect(result.customerIds.map((_, i) => result.gradeOf(i))).toEqual(['A', 'B', 'B']);
  });

  it('one fen more in the book puts the second just below 80 %: A (a double says 0.8)', () => {
    // before = 8e15 / (1e16 + 1) < 0.8, although the nearest double of the quotient is 0.8
    const result = gradeCustomers(computeCustomerFigures([sale('a', 8e13), sale('b', 2e13), sale('c', 0.01)], { asOf }), { method: 'abc-share' });
    expect(8e15 / (1e16 + 1)).toBe(0.8);
    expect(result.customerIds.map((_, i) => result.gradeOf(i))).toEqual(['A', 'A', 'C']);
  });
});

describe('2. equal amounts are ties, broken by customer id', () => {
  // a: 0.3, b: 0.1 + 0.2 — the same decimal revenue (in binary 0.3 and 0.30000000000000004, which
  // put the later id b first).
  const lines = [sale('b', 0.1), sale('a', 0.3), sale('b', 0.2)];
  const figures = computeCustomerFigures(lines, { asOf });

  it('revenue is the same number', () => {
    expect(figures.revenue[figures.customerIds.indexOf('a')]).toBe(figures.revenue[figures.customerIds.indexOf('b')]);
  });

  it('ABC ranks by id: a first, VIP, abc-count A', () => {
    const result = gradeCustomers(figures, { method: 'abc-share' });
    expect(result.explain(result.indexOf('a'))).toMatchObject({ rank: 1, vip: true });
    expect(result.explain(result.indexOf('b'))).toMatchObject({ rank: 2, vip: false });
    expect(abc(lines, 'abc-count')).toEqual({ a: 'A', b: 'C' }); // n = 2: ceil(0.1·2) = 1 A, ceil(0.3·2) = 1, no B
  });

  it('RFM gives both the same monetary score; the scorecard the same percentile', () => {
    const rfm = gradeCustomers(figures, { method: 'rfm' });
    expect(rfm.m[rfm.indexOf('a')]).toBe(rfm.m[rfm.indexOf('b')]);
    const card = gradeCustomers(figures, {
      method: 'scorecard',
      criteria: [{ key: 'revenue', weight: 1, score: { kind: 'percentile' } }],
    });
    expect(card.total[card.indexOf('a')]).toBe(0);
    expect(card.total[card.indexOf('b')]).toBe(0);
  });
});

describe('3. prospect = no transaction ever; a return counts', () => {
  it('a customer whose only line is a return two years back is former, not prospect', () => {
    const figures = computeCustomerFigures([sale('r', -50, { date: '2024-01-10' })], { asOf, customerIds: ['p'] });
    const stages = classifyStage(figures);
    expect(stages.classOf(figures.customerIds.indexOf('r'))).toBe('former');
    const why = stages.explain(figures.customerIds.indexOf('r'));
    expect(why.reason).toBe('no-purchase');
    expect(explainClass(why, 'en')).toBe('r: stage "Former": transactions, but never a purchase (returns only).');
    expect(explainClass(why, 'zh-CN')).toContain('有交易但从未购买（仅有退货）');
    expect(stages.classOf(figures.customerIds.indexOf('p'))).toBe('prospect');
  });
});

describe('4. points are floored, never rounded across a tier bound', () => {
  it('1000 yuan at 0.9999999995 points per yuan is 999.9999995 points: 999, tier D', () => {
    const points = computePoints([sale('m', 1000)], { asOf, policy: { pointsPerUnit: 0.9999999995 } });
    expect(points.points[0]).toBe(999);
    expect(points.tierOf(0)).toBe('D');
  });

  it('category rates are exact too: 0.1 + 0.2 points make 0, 0.5 + 0.5 make 1', () => {
    const lines = [sale('m', 0.1, { category: 'x' }), sale('m', 0.2, { category: 'y' }), sale('n', 0.5, { category: 'x' }), sale('n', 0.5)];
    const points = computePoints(lines, { asOf, policy: { pointsPerUnit: 1, categoryRates: { x: 1, y: 1 } } });
    expect(Array.from(points.points)).toEqual([0, 1]);
  });
});

describe('5. ties are ordered by code point everywhere', () => {
  it('profitability puts ～ (U+FF5E) before 😀 (U+1F600), although UTF-16 says otherwise', () => {
    const lines = [sale('😀', 100, { cost: 60 }), sale('～', 100, { cost: 60 })];
    expect(customerProfitability(lines).rows.map((r) => r.customerId)).toEqual(['～', '😀']);
  });
});

describe('6. sales-force orders are counted per customer', () => {
  it('SO-1 of c1 and SO-1 of c2 are two orders, 10 per order', () => {
    const lines = [sale('c1', 10, { orderId: 'SO-1' }), sale('c2', 10, { orderId: 'SO-1' }), sale('c1', 0.5, { orderId: 'SO-1' })];
    const { rows } = salesForceEfficiency(lines, { period: { from: '2025-01-01', to: '2026-01-01' }, repOf: { c1: 'wang', c2: 'wang' } });
    expect(rows[0]).toMatchObject({ rep: 'wang', orders: 2, sales: 20.5, averageSalesPerOrder: 10.25 });
  });
});

describe('7. analytics sums do not depend on line order', () => {
  const orders = [
    [0, 1, 2, 3],
    [0, 2, 1, 3],
    [1, 3, 0, 2],
    [3, 2, 1, 0],
  ];
  const base = [sale('a', 1e16, { cost: 0, productId: 'p' }), sale('a', 1, { cost: 0, productId: 'p' }), sale('a', -1e16, { cost: 0, productId: 'p' }), sale('a', 1, { cost: 0, productId: 'p' })];

  it('1e16, 1, −1e16, 1 sum to 2 in every order, in every analysis', () => {
    for (const order of orders) {
      const lines = order.map((k) => base[k]!);
      expect(pareto(lines).netRevenue).toBe(2);
      expect(composition(lines, { by: { a: 'A' } }).totalRevenue).toBe(2);
      expect(productAnalysis(lines).totalSales).toBe(2);
      expect(customerProfitability(lines).total.revenue).toBe(2);
      expect(salesForceEfficiency(lines, { period: { from: '2025-01-01', to: '2026-01-01' }, repOf: { a: 'r' } }).rows[0]!.sales).toBe(2);
      expect(effortByGrade(lines, { interactions: [], gradeOf: { a: 'A' } }).totalRevenue).toBe(2);
      expect(computeCustomerFigures(lines, { asOf }).revenue[0]).toBe(2);
      // cost and paid take the same exact path
      const money = order.map((k) => sale('a', 1, { cost: [1e16, 0.01, -1e16, 0.01][k]!, paid: [1e16, 0.01, -1e16, 0.01][k]! }));
      const figures = computeCustomerFigures(money, { asOf });
      expect([figures.cost[0], figures.paid[0]]).toEqual([0.02, 0.02]);
    }
  });

  it('positive customers are counted the same in every order', () => {
    // Each of six customers has 1e16, 0.01, −1e16: 0.01 each, all positive.
    const lines = ['a', 'b', 'c', 'd', 'e', 'f'].flatMap((c) => [sale(c, 1e16), sale(c, 0.01), sale(c, -1e16)]);
    expect(pareto(lines).positiveCustomers).toBe(6);
    expect(pareto([...lines].reverse()).positiveCustomers).toBe(6);
  });
});

describe('8. explanations show enough digits to agree with their rule', () => {
  it('a share ahead of 0.7996 is written 79.96 %, beside "below 80 %"', () => {
    const figures = computeCustomerFigures([sale('a', 7996), sale('b', 2004)], { asOf });
    const result = gradeCustomers(figures, { method: 'abc-share' });
    const b = result.explain(result.indexOf('b'));
    expect(b.grade).toBe('A');
    const en = explainGrade(b, 'en');
    expect(en).toContain('hold 79.96% of revenue');
    expect(en).toContain('below 80%');
    expect(en).not.toContain('hold 80%');
    expect(explainGrade(b, 'zh-CN')).toContain('79.96%');
  });

  it('a scorecard total of 79.996 is written 79.996 beside the threshold 80, not 80', () => {
    // revenue 799.96 on a linear 0–1000 scale is 79.996 points: B (A needs 80)
    const figures = computeCustomerFigures([sale('a', 799.96)], { asOf });
    const card = gradeCustomers(figures, { method: 'scorecard', criteria: [{ key: 'revenue', weight: 1, score: { kind: 'linear', min: 0, max: 1000 } }] });
    expect(card.gradeOf(0)).toBe('B');
    const sentence = explainGrade(card.explain(0), 'en');
    expect(sentence).toContain('79.996');
    expect(sentence).toContain('score 79.996 of 100 (A from 80, B from 60). revenue 799.96 → 79.996 points');
  });

  it('a share of exactly 80 % is written 80 %', () => {
    const result = gradeCustomers(computeCustomerFigures([sale('a', 5.6), sale('b', 1.4)], { asOf }), { method: 'abc-share' });
    expect(explainGrade(result.explain(result.indexOf('b')), 'en')).toContain('hold 80% of revenue');
  });
});

describe('amounts enter the book exactly or not at all', () => {
  it('decimal strings are read digit by digit', () => {
    const columns = toTransactionColumns([sale('a', '19.99'), sale('a', '¥1,200.50')]);
    expect(Array.from(columns.amount)).toEqual([19.99, 1200.5]);
  });

  it('more than two decimals are refused with the line and the field, in en and zh-CN', () => {
    let error: unknown;
    try {
      toTransactionColumns([sale('a', 1), sale('a', 2, { cost: 0.125 })]);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(BookError);
    expect((error as BookError).params).toMatchObject({ line: 2, field: 'cost', problem: 'too-many-decimals' });
    expect((error as BookError).message).toBe('Transaction 2, cost: “0.125” has more than two decimals; amounts are whole fen (0.01), such as 1234.50.');
    expect((error as BookError).messageIn('zh-CN')).toContain('第 2 笔交易，cost：“0.125”超过两位小数');
    expect(() => toTransactionColumns([sale('a', '1,23')])).toThrow(/can be read two ways/);
  });
});
