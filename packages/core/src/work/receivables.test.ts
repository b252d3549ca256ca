import { describe, expect, it } from 'vitest';
import { creditUse } from './credit.js';
import { defaultAgendaPolicy } from './default-policy.js';
import { receivablesAgeing } from './receivables.js';
import { asOf, workArchive } from './testing-fixtures/archive.js';

describe('receivables ageing (as of 2026-01-10)', () => {
  const ageing = receivablesAgeing(workArchive(), { asOf });

  it('buckets each unpaid line by days since its invoice date and sums per customer, exactly in fen', () => {
    const [a, b, c] = ageing.byCustomer;
    // C-A: T1 8000.50 − 1000 paid = 7000.50, 70 days old (61–90), due 2025-12-01: overdue;
    //      T2 3000 unpaid, 21 days old (0–30), due 2026-01-19: not yet. T0 is paid.
    expect(a).toMatchObject({ key: 'C-A', outstanding: 10_000.5, overdue: 7000.5, buckets: { '0-30': 3000, '31-60': 0, '61-90': 7000.5, '90+': 0 } });
    expect(a?.lines.map((l) => [l.transactionId, l.ageDays, l.dueDate, l.overdueDays, l.bucket])).toEqual([
      ['T1', 70, '2025-12-01', 40, '61-90'],
      ['T2', 21, '2026-01-19', 0, '0-30'],
    ]);
    // C-B: T4 100 − 50 = 50, exactly 30 days old (0–30), its own due date 2026-01-05: 5 days late.
    //      T3 has no paid (not tracked), T5 is paid in full.
    expect(b).toMatchObject({ key: 'C-B', outstanding: 50, overdue: 50, buckets: { '0-30': 50, '31-60': 0, '61-90': 0, '90+': 0 } });
    // C-C: 0.10 + 0.20 is 0.30 (not 0.30000000000000004), 131 and 92 days old.
    expect(c).toMatchObject({ key: 'C-C', outstanding: 0.3, overdue: 0.3, buckets: { '90+': 0.3 } });
    expect(ageing.byCustomer).toHaveLength(3);
  });

  it('sums per rep (the customer owner when the line has no salesperson) and in total', () => {
    expect(ageing.byRep.map((r) => [r.key, r.outstanding, r.overdue])).toEqual([
      ['R1', 10_050.5, 7050.5],
      ['R2', 0.3, 0.3],
    ]);
    expect(ageing.total).toEqual({ outstanding: 10_050.8, overdue: 7050.8, buckets: { '0-30': 3050, '31-60': 0, '61-90': 7000.5, '90+': 0.3 } });
  });

  it('puts 31 days in 31–60, 90 in 61–90 and 91 in > 90', () => {
    const archive = workArchive();
    const only = (date: string) =>
      receivablesAgeing({ customers: archive.customers, transactions: [{ ...archive.transactions[2]!, date }] }, { asOf }).byCustomer[0]?.lines[0]?.bucket;
    expect(only('2025-12-10')).toBe('31-60');
    expect(only('2025-10-12')).toBe('61-90');
    expect(only('2025-10-11')).toBe('90+');
    expect(only(asOf)).toBeUndefined();
  });
});

describe('credit use', () => {
  const policy = defaultAgendaPolicy;
  it('warns from exactly 80 % of the limit and flags above it', () => {
    expect(creditUse({ limit: 100_000 }, 79_999.99, policy).status).toBe('ok');
    expect(creditUse({ limit: 100_000 }, 80_000, policy).status).toBe('near');
    expect(creditUse({ limit: 100_000 }, 100_000, policy).status).toBe('near');
    expect(creditUse({ limit: 100_000 }, 100_000.01, policy)).toEqual({ limit: 100_000, used: 100_000.01, share: 1.0000001, status: 'exceeded' });
    expect(creditUse({}, 5, policy).status).toBe('no-limit');
    expect(creditUse({ limit: 0.3 }, 0.1 + 0.2, { creditWarnShare: 1 }).status).toBe('near');
  });
});
