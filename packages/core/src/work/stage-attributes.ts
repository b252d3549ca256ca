import type { CustomerAttributes } from '../grading/attributes.js';
import { asOfDay, byCustomer, dayOf, type WorkArchive } from './archive.js';
import { defaultAgendaPolicy } from './default-policy.js';
import type { AgendaPolicy } from './policy.js';
import { receivableLines } from './receivables.js';

/**
 * The attributes grading's stage rule (`classifyStage`) reads, from the records around each
 * customer: `overdueDays`, the longest a receivable is past due, and `dispute`, true while a
 * service case (问题 / 投诉 / 维修) has been open longer than `serviceCaseOpenDays` — so that a
 * customer with such a case or receivables overdue beyond the stage policy's limit is a problem
 * customer (问题客户). Only customers with either figure get an entry.
 *
 * @example
 * classifyStage(figures, { attributes: stageAttributes(archive, { asOf: '2026-01-10' }) })
 */
export function stageAttributes(
  archive: Pick<WorkArchive, 'customers' | 'transactions' | 'serviceCases'>,
  options: { asOf: string; policy?: Pick<AgendaPolicy, 'defaultPaymentTermDays' | 'serviceCaseOpenDays'> | undefined },
): Map<string, CustomerAttributes> {
  const policy = options.policy ?? defaultAgendaPolicy;
  const today = asOfDay(options.asOf);
  const lines = byCustomer(archive.transactions);
  const cases = byCustomer(archive.serviceCases);
  const out = new Map<string, CustomerAttributes>();
  for (const customer of archive.customers) {
    const overdueDays = Math.max(0, ...receivableLines(customer, lines.get(customer.id) ?? [], options.asOf, policy).map((l) => l.overdueDays));
    const dispute = (cases.get(customer.id) ?? []).some(
      (c) => (c.status === 'open' || c.status === 'in-progress') && today - (dayOf(c.openedOn) ?? today) > policy.serviceCaseOpenDays,
    );
    if (overdueDays > 0 || dispute) out.set(customer.id, { overdueDays, dispute });
  }
  return out;
}
