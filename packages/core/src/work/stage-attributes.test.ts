import { describe, expect, it } from 'vitest';
import { computeCustomerFigures } from '../grading/figures.js';
import { classifyStage } from '../grading/classes.js';
import { stageAttributes } from './stage-attributes.js';
import { asOf, workArchive } from './testing-fixtures/archive.js';

describe('stage attributes from receivables and service cases (as of 2026-01-10)', () => {
  it('gives the longest overdue days and an open dispute for a case open beyond the limit', () => {
    const attributes = stageAttributes(workArchive(), { asOf });
    // C-A: T1 due 2025-12-01, 40 days late. C-B: S1 open since 2025-12-20 (21 > 14 days), T4 5 days late. C-C: T6 101 days.
    expect(Object.fromEntries(attributes)).toEqual({
      'C-A': { overdueDays: 40, dispute: false },
      'C-B': { overdueDays: 5, dispute: true },
      'C-C': { overdueDays: 101, dispute: false },
    });
  });

  it('makes grading call C-B (open case) and C-C (over 90 days overdue) problem customers', () => {
    const archive = workArchive();
    const figures = computeCustomerFigures(
      archive.transactions.map((t) => ({ customerId: t.customerId, date: t.date, amount: t.amount, paid: t.paid })),
      { asOf },
    );
    const stages = classifyStage(figures, { attributes: stageAttributes(archive, { asOf }) });
    const stageOf = (id: string) => stages.classOf(figures.customerIds.indexOf(id));
    expect([stageOf('C-A'), stageOf('C-B'), stageOf('C-C')]).toEqual(['long-term', 'problem', 'problem']);
  });
});
