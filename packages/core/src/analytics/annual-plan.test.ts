import { describe, expect, it } from 'vitest';
import type { TransactionLine } from '../book/columns.js';
import { annualPlan } from './annual-plan.js';

const sale = (date: string, amount: number, cost?: number): TransactionLine => ({ customerId: 'c1', date, amount, cost });
// first quarter 2025: 31 + 28 + 31 = 90 days
const period = { from: '2025-01-01', to: '2025-04-01' };
const book = [
  sale('2025-01-05', 100, 60),
  sale('2025-01-31', 200, 100),
  sale('2025-03-01', 300, 200),
  sale('2025-04-01', 500, 100), // after the period
  sale('2024-12-31', 50, 10), // before it
];

describe('annualPlan', () => {
  it('compares actuals with targets by hand', () => {
    const result = annualPlan(book, { period, targets: { sales: 900, grossMargin: 300, expenseToSales: 0.1 }, expenses: 90, marketSales: 6000 });
    // sales 600, cost 360, margin 240; achievement 600 / 900; variance −300; margin 240 / 300 = 0.8
    // expenses 90 / 600 = 0.15 (target 0.1); market share 600 / 6000 = 0.1
    expect(result).toMatchObject({
      sales: 600,
      salesTarget: 900,
      salesVariance: -300,
      grossMargin: 240,
      grossMarginTarget: 300,
      grossMarginAchievement: 0.8,
      expenses: 90,
      expenseToSales: 0.15,
      expenseToSalesTarget: 0.1,
      marketSales: 6000,
      marketShare: 0.1,
    });
    expect(result.salesAchievement).toBeCloseTo(2 / 3, 12);
    // cumulative target pro rata: 900 · 31/90 = 310, 900 · 59/90 = 590, 900 · 90/90 = 900
    expect(result.months).toEqual([
      { month: '2025-01', sales: 300, cumulativeSales: 300, cumulativeTarget: 310 },
      { month: '2025-02', sales: 0, cumulativeSales: 300, cumulativeTarget: 590 },
      { month: '2025-03', sales: 300, cumulativeSales: 600, cumulativeTarget: 900 },
    ]);
  });

  it('leaves ratios null without targets, expenses or sales', () => {
    const result = annualPlan([], { period: { from: '2025-01-15', to: '2025-02-10' } });
    expect(result).toMatchObject({
      sales: 0,
      salesAchievement: null,
      salesVariance: null,
      grossMargin: 0,
      grossMarginAchievement: null,
      expenseToSales: null,
      marketShare: null,
    });
    // a period cut inside months still gets one point per calendar month touched
    expect(result.months.map((m) => [m.month, m.cumulativeTarget])).toEqual([['2025-01', null], ['2025-02', null]]);
  });

  it('rejects a period that ends before it starts', () => {
    expect(() => annualPlan(book, { period: { from: '2025-04-01', to: '2025-01-01' } })).toThrow(/period/);
  });
});
