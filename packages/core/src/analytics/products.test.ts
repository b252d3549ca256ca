import { describe, expect, it } from 'vitest';
import type { TransactionLine } from '../book/columns.js';
import { productAnalysis } from './products.js';

const sale = (productId: string | undefined, amount: number, cost: number | undefined, extra: Partial<TransactionLine> = {}): TransactionLine => ({
  customerId: 'c1',
  date: '2025-05-01',
  amount,
  cost,
  productId,
  ...extra,
});

const book = [
  sale('P1', 100, 60, { category: 'tools', quantity: 1 }),
  sale('P1', 200, 120, { category: 'tools', quantity: 2 }),
  sale('P2', 100, 90, { category: 'tools' }),
  sale('P3', 50, 20, { category: 'parts' }),
  sale('P3', -50, -20, { category: 'parts' }), // returned: net sales 0
  sale(undefined, 50, 25, { category: 'parts' }),
];

describe('productAnalysis', () => {
  it('computes margin rate, turnover, cross and contribution ratios by hand', () => {
    const result = productAnalysis(book, { averageInventory: { P1: 90, P2: 45, P3: 10 } });
    // totals: sales 300 + 100 + 0 + 50 = 450; cost 180 + 90 + 0 + 25 = 295; margin rate 155 / 450
    expect(result.totalSales).toBe(450);
    expect(result.totalCost).toBe(295);
    expect(result.grossMarginRate).toBeCloseTo(155 / 450, 12);
    const [p1, p2, none, p3] = result.rows;
    // P1: sales 300, cost 180, margin 120, rate 0.4; turnover 180 / 90 = 2; cross 0.8;
    //     share 300 / 450 = 2/3; contribution 0.8 · 2/3 = 0.5333…
    expect(p1).toMatchObject({ key: 'P1', lines: 2, sales: 300, cost: 180, quantity: 3, grossMargin: 120, averageInventory: 90 });
    expect(p1!.grossMarginRate).toBeCloseTo(0.4, 12);
    expect(p1!.turnover).toBe(2);
    expect(p1!.crossRatio).toBeCloseTo(0.8, 12);
    expect(p1!.salesShare).toBeCloseTo(2 / 3, 12);
    expect(p1!.contributionRatio).toBeCloseTo(1.6 / 3, 12);
    // P2: margin 10, rate 0.1; turnover 90 / 45 = 2; cross 0.2; share 2/9; contribution 0.4 / 9
    expect(p2!.grossMarginRate).toBeCloseTo(0.1, 12);
    expect(p2!.turnover).toBe(2);
    expect(p2!.crossRatio).toBeCloseTo(0.2, 12);
    expect(p2!.contributionRatio).toBeCloseTo(0.4 / 9, 12);
    // no product: rate 25 / 50 = 0.5, no inventory → turnover and ratios null
    expect(none).toMatchObject({ key: null, sales: 50, grossMarginRate: 0.5, averageInventory: null, turnover: null, crossRatio: null, contributionRatio: null });
    // P3: net sales 0 → rate null; turnover 0 / 10 = 0; cross null (rate unknown); share 0
    expect(p3).toMatchObject({ key: 'P3', sales: 0, cost: 0, grossMarginRate: null, turnover: 0, crossRatio: null, salesShare: 0, contributionRatio: null });
  });

  it('groups by category', () => {
    const result = productAnalysis(book, { by: 'category', averageInventory: new Map([['tools', 135]]) });
    // tools = P1 + P2: sales 400, cost 270, rate 130 / 400 = 0.325, turnover 270 / 135 = 2, cross 0.65
    // parts = P3 + none: sales 50, cost 25
    expect(result.rows.map((r) => [r.key, r.sales, r.cost])).toEqual([['tools', 400, 270], ['parts', 50, 25]]);
    expect(result.rows[0]!.crossRatio).toBeCloseTo(0.65, 12);
    // share 400 / 450 → contribution 0.65 · 8/9
    expect(result.rows[0]!.contributionRatio).toBeCloseTo((0.65 * 8) / 9, 12);
  });

  it('refuses to guess a margin when a line has no cost', () => {
    const result = productAnalysis([sale('P1', 100, 60), sale('P1', 100, undefined)], { averageInventory: { P1: 10 } });
    expect(result.rows[0]).toMatchObject({ sales: 200, cost: null, grossMargin: null, grossMarginRate: null, turnover: null, crossRatio: null });
    expect(result.totalCost).toBeNull();
    expect(result.grossMarginRate).toBeNull();
  });

  it('gives null turnover for a zero or negative inventory, and nothing for an empty book', () => {
    const result = productAnalysis([sale('P1', 100, 60)], { averageInventory: { P1: 0 } });
    expect(result.rows[0]!.turnover).toBeNull();
    expect(productAnalysis([])).toEqual({ by: 'product', rows: [], totalSales: 0, totalCost: 0, grossMarginRate: null });
  });
});
