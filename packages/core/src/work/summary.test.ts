import { describe, expect, it } from 'vitest';
import { customerSummary } from './summary.js';
import { asOf, workArchive } from './testing-fixtures/archive.js';

describe('customer summary (C-A as of 2026-01-10)', () => {
  const summary = customerSummary(workArchive(), 'C-A', { asOf })!;

  it('gives revenue this year and last with the change, and the last purchase', () => {
    // This period [2025-01-10, 2026-01-10): T1 8000.50 + T2 3000 = 11 000.50; the one before: T0 5000.25.
    expect(summary.revenue.current).toBe(11_000.5);
    expect(summary.revenue.previous).toBe(5000.25);
    // 1 100 050 / 500 025 − 1 = 600 025 / 500 025.
    expect(summary.revenue.change).toBeCloseTo(600_025 / 500_025, 12);
    expect(summary.lastPurchase).toBe('2025-12-20');
  });

  it('lists products bought this period by revenue', () => {
    expect(summary.products.map((p) => [p.productId, p.name, p.revenue, p.quantity, p.lastDate])).toEqual([
      ['G1', '机床', 8000.5, 2, '2025-11-01'],
      ['G2', '刀具', 3000, 1, '2025-12-20'],
    ]);
  });

  it('gives open opportunities by expected close with their budgets summed to the fen', () => {
    expect(summary.opportunities.open.map((o) => o.id)).toEqual(['O2', 'O1']);
    expect(summary.opportunities.amount).toBe(70_000.1);
  });

  it('gives receivables, credit use and the cadence against policy', () => {
    expect(summary.receivables).toMatchObject({ outstanding: 10_000.5, overdue: 7000.5 });
    expect(summary.credit).toEqual({ limit: 10_000, used: 10_000.5, share: 1.00005, status: 'exceeded' });
    expect(summary.cadence).toEqual({ cadenceDays: 14, lastFollowUp: '2025-12-20', nextDue: '2026-01-03', daysUntilDue: -7 });
    expect(summary.contracts.map((c) => c.id)).toEqual(['H2', 'H1']);
  });

  it('puts open tasks by due date and open service cases first', () => {
    const b = customerSummary(workArchive(), 'C-B', { asOf })!;
    expect(b.openTasks.map((t) => t.id)).toEqual(['K1']);
    expect(b.serviceCases.map((c) => c.id)).toEqual(['S1', 'S2']);
    expect(b.revenue.change).toBeUndefined();
    expect(customerSummary(workArchive(), 'nobody', { asOf })).toBeUndefined();
  });

  it('leaves lines without a readable amount out of every figure', () => {
    const archive = workArchive();
    const hidden = archive.transactions.map(({ amount: _amount, ...rest }) => rest as unknown as (typeof archive.transactions)[number]);
    const summary = customerSummary({ ...archive, transactions: hidden }, 'C-A', { asOf })!;
    expect(summary.revenue).toEqual({ current: 0, previous: 0, change: undefined });
    expect(summary.receivables.outstanding).toBe(0);
    expect(summary.products).toEqual([]);
  });

  it('counts the cadence of a never-contacted customer whose creation time is hidden from asOf', () => {
    const archive = workArchive();
    const hidden = { ...archive.customers[2]!, createdAt: new Date(Number.NaN) };
    // C-C is grade C (90 days) and has no interaction.
    expect(customerSummary({ ...archive, customers: [hidden] }, 'C-C', { asOf })!.cadence).toEqual({ cadenceDays: 90, lastFollowUp: undefined, nextDue: '2026-04-10', daysUntilDue: 90 });
  });
});
