import { isoDate } from '../book/calendar.js';
import { compareCodePoints } from '../grading/compare.js';
import { fromFen, toFen } from '../money/fen.js';
import { exactSum } from '../money/sum.js';
import type { Customer } from '../schema/customer.js';
import type { Transaction } from '../schema/transaction.js';
import { asOfDay, byCustomer, dayOf, groupBy, knownAmount, type WorkArchive } from './archive.js';
import { defaultAgendaPolicy } from './default-policy.js';
import type { AgendaPolicy } from './policy.js';

/** Ageing buckets by days since the invoice (or order) date: 0–30, 31–60, 61–90, > 90. */
export const ageingBuckets = ['0-30', '31-60', '61-90', '90+'] as const;
/** An ageing bucket. */
export type AgeingBucket = (typeof ageingBuckets)[number];

/** One unpaid line: what is still owed on it and how old and late it is. */
export interface ReceivableLine {
  readonly transactionId: string;
  readonly customerId: string;
  readonly salespersonId: string;
  /** Invoice date, else the order date. */
  readonly invoiceDate: string;
  /** The line's due date, else invoice date plus the customer's (or the policy's) payment term. */
  readonly dueDate: string;
  /** Amount minus paid, yuan (whole fen). */
  readonly outstanding: number;
  /** Days since the invoice date. */
  readonly ageDays: number;
  /** Days past the due date (0 when not yet due). */
  readonly overdueDays: number;
  readonly bucket: AgeingBucket;
}

/** Ageing of one customer or one rep. */
export interface AgeingRow {
  /** The customer id or the salesperson id. */
  readonly key: string;
  readonly outstanding: number;
  /** What is past its due date. */
  readonly overdue: number;
  readonly buckets: Readonly<Record<AgeingBucket, number>>;
  /** The lines, oldest invoice first (drill-down). */
  readonly lines: readonly ReceivableLine[];
}

/** Receivables ageing per customer and per rep, with the totals. */
export interface ReceivablesAgeing {
  readonly asOf: string;
  readonly byCustomer: readonly AgeingRow[];
  readonly byRep: readonly AgeingRow[];
  readonly total: Omit<AgeingRow, 'key' | 'lines'>;
}

function bucketOf(ageDays: number): AgeingBucket {
  return ageDays <= 30 ? '0-30' : ageDays <= 60 ? '31-60' : ageDays <= 90 ? '61-90' : '90+';
}

/**
 * The unpaid lines of a customer as of `asOf`: lines dated before `asOf` with a positive amount
 * and a known `paid` below it (a line without `paid` is not tracked as a receivable; returns are
 * credit, not debt). Sums are exact in fen.
 *
 * @example
 * receivableLines(customer, lines, '2026-01-01')[0]?.bucket // '0-30'
 */
export function receivableLines(
  customer: Pick<Customer, 'id' | 'salespersonId' | 'credit'>,
  transactions: readonly Transaction[],
  asOf: string,
  policy: Pick<AgendaPolicy, 'defaultPaymentTermDays'> = defaultAgendaPolicy,
): ReceivableLine[] {
  const today = asOfDay(asOf);
  const term = customer.credit.paymentTermDays ?? policy.defaultPaymentTermDays;
  const lines: ReceivableLine[] = [];
  for (const line of transactions) {
    if (!knownAmount(line) || typeof line.paid !== 'number' || !Number.isFinite(line.paid) || line.amount <= 0) continue;
    const invoiceDay = dayOf(line.invoiceDate ?? line.date) ?? today;
    if (invoiceDay >= today) continue;
    const owed = toFen(line.amount) - toFen(line.paid);
    if (owed <= 0) continue;
    const dueDay = dayOf(line.dueDate) ?? invoiceDay + term;
    const ageDays = today - invoiceDay;
    lines.push({
      transactionId: line.id,
      customerId: customer.id,
      salespersonId: line.salespersonId ?? customer.salespersonId,
      invoiceDate: isoDate(invoiceDay),
      dueDate: isoDate(dueDay),
      outstanding: fromFen(owed),
      ageDays,
      overdueDays: Math.max(0, today - dueDay),
      bucket: bucketOf(ageDays),
    });
  }
  return lines.sort((a, b) => compareCodePoints(a.invoiceDate, b.invoiceDate) || compareCodePoints(a.transactionId, b.transactionId));
}

/** Outstanding, overdue and bucket sums of lines, exact in fen. */
export function ageingOf(lines: readonly ReceivableLine[]): Omit<AgeingRow, 'key' | 'lines'> {
  const sum = (keep: (line: ReceivableLine) => boolean) => fromFen(exactSum(lines.filter(keep).map((l) => toFen(l.outstanding))));
  return {
    outstanding: sum(() => true),
    overdue: sum((l) => l.overdueDays > 0),
    buckets: { '0-30': sum((l) => l.bucket === '0-30'), '31-60': sum((l) => l.bucket === '31-60'), '61-90': sum((l) => l.bucket === '61-90'), '90+': sum((l) => l.bucket === '90+') },
  };
}

function rows(lines: readonly ReceivableLine[], keyOf: (line: ReceivableLine) => string): AgeingRow[] {
  const result = [...groupBy(lines, keyOf)].map(([key, own]) => ({ key, ...ageingOf(own), lines: own }));
  // Largest outstanding first; ties by key in code-point order.
  return result.sort((a, b) => toFen(b.outstanding) - toFen(a.outstanding) || compareCodePoints(a.key, b.key));
}

/**
 * Receivables ageing (应收账款账龄): every unpaid line in the buckets 0–30, 31–60, 61–90 and > 90
 * days since its invoice date, summed per customer and per rep (the line's salesperson, else the
 * customer's owner), with what is overdue; the lines are there to drill down. Pure: `asOf` is
 * an argument.
 *
 * @example
 * const ageing = receivablesAgeing(archive, { asOf: '2026-01-01' });
 * ageing.byCustomer[0]?.buckets['90+']
 */
export function receivablesAgeing(
  archive: Pick<WorkArchive, 'customers' | 'transactions'>,
  options: { asOf: string; policy?: Pick<AgendaPolicy, 'defaultPaymentTermDays'> | undefined },
): ReceivablesAgeing {
  const linesOf = byCustomer(archive.transactions);
  const all: ReceivableLine[] = [];
  for (const customer of archive.customers) all.push(...receivableLines(customer, linesOf.get(customer.id) ?? [], options.asOf, options.policy));
  return {
    asOf: options.asOf,
    byCustomer: rows(all, (l) => l.customerId),
    byRep: rows(all, (l) => l.salespersonId),
    total: ageingOf(all),
  };
}
