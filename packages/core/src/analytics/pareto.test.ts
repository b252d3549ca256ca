import { describe, expect, it } from 'vitest';
import type { TransactionLine } from '../book/columns.js';
import { pareto } from './pareto.js';

const buy = (customerId: string, amount: number, date = '2025-03-01'): TransactionLine => ({ customerId, date, amount });

describe('pareto', () => {
  it('draws the curve, the top-20 % share and the Gini of a five-customer book', () => {
    // revenues 50, 30, 10, 10, 0 (c5 has a zero line); N = 5, S = 100
    const result = pareto([buy('c3', 10), buy('c1', 20), buy('c2', 30), buy('c1', 30), buy('c4', 10), buy('c5', 0)]);
    // ranked 50, 30, 10, 10, 0 → cumulative 0, 50, 80, 90, 100, 100
    expect(result.points).toEqual([
      { rank: 0, customerShare: 0, revenueShare: 0 },
      { rank: 1, customerShare: 0.2, revenueShare: 0.5 },
      { rank: 2, customerShare: 0.4, revenueShare: 0.8 },
      { rank: 3, customerShare: 0.6, revenueShare: 0.9 },
      { rank: 4, customerShare: 0.8, revenueShare: 1 },
      { rank: 5, customerShare: 1, revenueShare: 1 },
    ]);
    // top 20 % of 5 customers = exactly the first one: 50 / 100
    expect(result.topShare).toBe(0.5);
    // ascending 0, 10, 10, 30, 50: Σ i·a = 20 + 30 + 120 + 250 = 420; G = 2·420 / (5·100) − 6/5 = 0.48
    // check by mean absolute difference: Σ|xi − xj| over ordered pairs = 480; 480 / (2·25·20) = 0.48
    expect(result.gini).toBeCloseTo(0.48, 12);
    expect(result).toMatchObject({ customers: 5, positiveCustomers: 4, negativeCustomers: 0, netRevenue: 100, countedRevenue: 100 });
  });

  it('counts a customer with net returns as zero revenue', () => {
    // as above plus c6 with −20: x = 50, 30, 10, 10, 0, 0; N = 6, S = 100, net 80
    const result = pareto([buy('c1', 50), buy('c2', 30), buy('c3', 10), buy('c4', 10), buy('c5', 0), buy('c6', -20)]);
    // top 20 % of 6 = 1.2 customers: 50 + 0.2·30 = 56 → 0.56
    expect(result.topShare).toBeCloseTo(0.56, 12);
    // ascending 0, 0, 10, 10, 30, 50: Σ i·a = 30 + 40 + 150 + 300 = 520; G = 1040/600 − 7/6 = 17/30
    expect(result.gini).toBeCloseTo(17 / 30, 12);
    expect(result).toMatchObject({ customers: 6, positiveCustomers: 4, negativeCustomers: 1, netRevenue: 80, countedRevenue: 100 });
  });

  it('gives Gini 0 for equal customers and (N − 1) / N when one has everything', () => {
    const equal = pareto([buy('a', 10), buy('b', 10)]);
    expect(equal.gini).toBe(0);
    // top 20 % of 2 = 0.4 customer: 0.4·10 / 20 = 0.2
    expect(equal.topShare).toBeCloseTo(0.2, 12);
    const one = pareto([buy('a', 100)], { customers: ['b', 'c', 'd'] });
    // ascending 0, 0, 0, 100: 2·4·100 / (4·100) − 5/4 = 0.75
    expect(one.gini).toBe(0.75);
    // top 20 % of 4 = 0.8 customer: 0.8·100 / 100
    expect(one.topShare).toBeCloseTo(0.8, 12);
  });

  it('returns no curve and null figures for an empty book or one without sales', () => {
    for (const book of [[], [buy('a', 0)], [buy('a', -5)]]) {
      const result = pareto(book);
      expect(result.points).toEqual([]);
      expect(result.topShare).toBeNull();
      expect(result.gini).toBeNull();
    }
  });

  it('downsamples a big book to maxPoints evenly spaced ranks', () => {
    const lines = Array.from({ length: 1000 }, (_, i) => buy(`c${i}`, 1));
    const result = pareto(lines, { maxPoints: 11 });
    // ranks 0, 100, …, 1000; equal customers → revenue share = customer share
    expect(result.points.map((p) => p.rank)).toEqual([0, 100, 200, 300, 400, 500, 600, 700, 800, 900, 1000]);
    for (const p of result.points) expect(p.revenueShare).toBeCloseTo(p.customerShare, 12);
    expect(result.topShare).toBeCloseTo(0.2, 12);
  });

  it('honours the window and the top fraction', () => {
    const result = pareto([buy('a', 90, '2025-01-05'), buy('b', 10, '2025-01-06'), buy('b', 500, '2024-01-01')], {
      asOf: '2025-02-01',
      topFraction: 0.5,
    });
    // 2024-01-01 is outside [2024-02-02, 2025-02-01): a 90, b 10; top half = a → 0.9
    expect(result.topShare).toBeCloseTo(0.9, 12);
  });
});
