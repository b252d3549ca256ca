import { describe, expect, it } from 'vitest';
import { competitorReport } from './competitors.js';

describe('competitorReport', () => {
  it('groups notes by competitor and counts each customer once under its grade', () => {
    // 竞品甲 at C1 (A, two notes: 2 and 4), C2 (B, 3) and C4 (ungraded) → 3 customers, mean (2 + 4 + 3) / 3 = 3.
    // 'ＡＣＭＥ ' (full width) and 'acme' are one competitor at C1 and C3 (C) → 2 customers, no score.
    const report = competitorReport(
      [
        { customerId: 'C1', competitor: '竞品甲', satisfaction: 2, productsInUse: ['X200'] },
        { customerId: 'C1', competitor: '竞品甲', satisfaction: 4, productsInUse: ['X200', 'Y1'] },
        { customerId: 'C2', competitor: ' 竞品甲', satisfaction: 3, productsInUse: ['Y1', 'X200'] },
        { customerId: 'C4', competitor: '竞品甲' },
        { customerId: 'C1', competitor: 'ＡＣＭＥ ' },
        { customerId: 'C3', competitor: 'acme', productsInUse: ['Z9'] },
        { customerId: 'C5', competitor: '  ' },
      ],
      { C1: 'A', C2: 'B', C3: 'C' },
    );
    expect(report.customers).toBe(4);
    expect(report.rows).toEqual([
      { competitor: '竞品甲', customers: 3, byGrade: { A: 1, B: 1, C: 0, none: 1 }, averageSatisfaction: 3, products: ['X200', 'Y1'], customerIds: ['C1', 'C2', 'C4'] },
      { competitor: 'ACME', customers: 2, byGrade: { A: 1, B: 0, C: 1, none: 0 }, averageSatisfaction: null, products: ['Z9'], customerIds: ['C1', 'C3'] },
    ]);
  });

  it('is empty without notes', () => {
    expect(competitorReport([])).toEqual({ customers: 0, rows: [] });
  });
});
