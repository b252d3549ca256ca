import { describe, expect, it } from 'vitest';
import type { TransactionLine } from '../book/columns.js';
import { composition } from './composition.js';
import { AnalyticsError } from './errors.js';

const line = (customerId: string, date: string, amount: number, extra: Partial<TransactionLine> = {}): TransactionLine => ({
  customerId,
  date,
  amount,
  ...extra,
});

// asOf 2025-04-01 with a 90-day window counts 2025-01-01 … 2025-03-31 (31 + 28 + 31 = 90 days).
const book = [
  line('c1', '2025-01-10', 100, { productId: 'P1', category: 'X' }),
  line('c1', '2025-02-10', 200, { productId: 'P2', category: 'Y' }),
  line('c2', '2025-01-15', 50, { productId: 'P1', category: 'X' }),
  line('c3', '2025-03-01', -30, { productId: 'P2', category: 'Y' }), // a return
  line('c2', '2024-06-01', 1000, { productId: 'P1', category: 'X' }), // outside the window
];
const window = { asOf: '2025-04-01', windowDays: 90 };

describe('composition by a customer dimension', () => {
  it('splits customers and revenue by region, counting archive customers without transactions', () => {
    const result = composition(book, { ...window, by: { c1: 'North', c2: 'South', c3: 'North' }, customers: ['c5'] });
    // counted revenue: c1 100 + 200 = 300, c2 50, c3 −30 → total 320; population c1, c2, c3, c5 = 4
    // North = c1 + c3: 2 customers (0.5), 300 − 30 = 270 (270 / 320 = 0.84375)
    // South = c2: 1 customer (0.25), 50 (50 / 320 = 0.15625)
    // unassigned = c5: 1 customer (0.25), 0 revenue
    expect(result.dimension).toBe('customer');
    expect(result.totalCustomers).toBe(4);
    expect(result.totalRevenue).toBe(320);
    expect(result.rows).toEqual([
      { key: 'North', customers: 2, customerShare: 0.5, revenue: 270, revenueShare: 0.84375 },
      { key: 'South', customers: 1, customerShare: 0.25, revenue: 50, revenueShare: 0.15625 },
      { key: null, customers: 1, customerShare: 0.25, revenue: 0, revenueShare: 0 },
    ]);
  });

  it('accepts a Map or a function as the dimension', () => {
    const byMap = composition(book, { ...window, by: new Map([['c1', 'A'], ['c2', 'B'], ['c3', 'B']]) });
    const byFunction = composition(book, { ...window, by: (id) => (id === 'c1' ? 'A' : 'B') });
    // A = c1: 300 of 320; B = c2 + c3: 50 − 30 = 20 of 320
    expect(byMap.rows.map((r) => [r.key, r.revenue])).toEqual([['A', 300], ['B', 20]]);
    expect(byFunction).toEqual(byMap);
  });

  it('counts the whole book when no asOf is given', () => {
    const result = composition(book, { by: { c1: 'North', c2: 'South', c3: 'North' } });
    // South now also has c2's 1000 of 2024: 1050; North 270; total 1320
    expect(result.rows.map((r) => [r.key, r.revenue])).toEqual([['South', 1050], ['North', 270]]);
    expect(result.totalRevenue).toBe(1320);
  });

  it('breaks revenue ties by key', () => {
    const result = composition([line('a', '2025-01-01', 10), line('b', '2025-01-01', 10)], { by: { a: 'Z', b: 'M' } });
    expect(result.rows.map((r) => r.key)).toEqual(['M', 'Z']);
  });

  it('gives null shares for an empty book and a non-positive total', () => {
    expect(composition([], { by: {} })).toEqual({ dimension: 'customer', rows: [], totalCustomers: 0, totalRevenue: 0 });
    const archiveOnly = composition([], { by: { a: 'X' }, customers: ['a'] });
    expect(archiveOnly.rows).toEqual([{ key: 'X', customers: 1, customerShare: 1, revenue: 0, revenueShare: null }]);
    const returnsOnly = composition([line('a', '2025-01-01', -10)], { by: { a: 'X' } });
    expect(returnsOnly.rows[0]!.revenueShare).toBeNull();
  });
});

describe('composition by product or category', () => {
  it('groups the lines, counting each buying customer once per product', () => {
    const result = composition(book, { ...window, by: 'product' });
    // P1: c1 100 + c2 50 = 150, customers c1, c2; P2: c1 200 + c3 −30 = 170, customers c1, c3
    // distinct customers with a counted line: c1, c2, c3 = 3 → customer share 2/3 each
    expect(result.dimension).toBe('line');
    expect(result.totalCustomers).toBe(3);
    expect(result.rows).toEqual([
      { key: 'P2', customers: 2, customerShare: 2 / 3, revenue: 170, revenueShare: 170 / 320 },
      { key: 'P1', customers: 2, customerShare: 2 / 3, revenue: 150, revenueShare: 150 / 320 },
    ]);
  });

  it('puts lines without a category under null', () => {
    const result = composition([...book, line('c4', '2025-01-20', 40)], { ...window, by: 'category' });
    // Y = P2 lines = 170, X = P1 lines = 150, none = c4's 40; total 360; customers c1..c4 = 4
    expect(result.rows.map((r) => [r.key, r.revenue, r.customers])).toEqual([
      ['Y', 170, 2],
      ['X', 150, 2],
      [null, 40, 1],
    ]);
    expect(result.rows[2]!.customerShare).toBe(0.25);
  });

  it('gives one unassigned row when the book has no product column', () => {
    const result = composition([line('a', '2025-01-01', 10), line('a', '2025-01-02', 5)], { by: 'product' });
    expect(result.rows).toEqual([{ key: null, customers: 1, customerShare: 1, revenue: 15, revenueShare: 1 }]);
  });
});

describe('composition options', () => {
  it('rejects a bad date with a code and a message in both locales', () => {
    let caught: unknown;
    try {
      composition(book, { by: 'product', asOf: '2025-13-01' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AnalyticsError);
    const error = caught as AnalyticsError;
    expect(error.code).toBe('analytics.bad-date');
    expect(error.message).toContain('2025-13-01');
    expect(error.messageIn('zh-CN')).toContain('不是有效日期');
  });

  it('rejects asOf and period together, and a bad line date', () => {
    expect(() => composition(book, { by: 'product', asOf: '2025-01-01', period: { from: '2024-01-01', to: '2025-01-01' } })).toThrow(AnalyticsError);
    expect(() => composition([line('a', '2025-02-30', 1)], { by: 'product' })).toThrow(/book\[0\]\.date/);
  });
});
