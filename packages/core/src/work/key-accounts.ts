import { compareCodePoints } from '../grading/compare.js';
import { fromFen, toFen } from '../money/fen.js';
import { exactSum } from '../money/sum.js';
import type { Customer } from '../schema/customer.js';
import { asOfDay, beijingDay, byCustomer, dayOf, knownAmount, type WorkArchive } from './archive.js';
import { defaultAgendaPolicy } from './default-policy.js';
import type { AgendaPolicy, KeyAccountPolicy } from './policy.js';
import { receivableLines } from './receivables.js';

/** The criteria of a key account (重点客户), in the order of the seeds. */
export const keyAccountCriteria = ['large-purchases', 'concentrated-purchases', 'price-insensitive', 'good-standing', 'long-partnership', 'loyal'] as const;
/** One criterion. */
export type KeyAccountCriterion = (typeof keyAccountCriteria)[number];

/** One criterion of one customer: met or not, with the figure and the threshold it was held to. */
export interface KeyAccountReason {
  readonly criterion: KeyAccountCriterion;
  readonly met: boolean;
  /** The customer's figure (revenue, average order, discounts, overdue days, years, orders). */
  readonly value: number;
  /** The policy's threshold for it. */
  readonly threshold: number;
}

/** Whether a customer is a key account, and why (every criterion, met or not). */
export interface KeyAccountVerdict {
  readonly customerId: string;
  readonly keyAccount: boolean;
  /** Set by hand (funnel stage `key-account`) rather than by the criteria. */
  readonly byHand: boolean;
  readonly reasons: readonly KeyAccountReason[];
}

/**
 * Key accounts (重点客户) by the policy, each verdict explaining itself like a grade: revenue in
 * the window (large purchases), average order value (concentrated purchases), discounts and
 * vouchers given (price sensitivity), the longest overdue receivable, a poor credit rating or the
 * problem stage (good standing), years since trade began (long partnership), the loyalty class
 * or the order count (loyalty). A key account has large purchases and `minOtherCriteria` of the
 * rest, or is one by hand. Key accounts first (by revenue, then id), then the others by id.
 *
 * @example
 * keyAccounts(archive, { asOf: '2026-01-01' }).filter((v) => v.keyAccount).map((v) => v.customerId)
 */
export function keyAccounts(archive: WorkArchive, options: { asOf: string; policy?: AgendaPolicy | undefined }): KeyAccountVerdict[] {
  const policy = options.policy ?? defaultAgendaPolicy;
  const k = policy.keyAccounts;
  const today = asOfDay(options.asOf);
  const lines = byCustomer(archive.transactions);
  const interactions = byCustomer(archive.interactions);
  const revenueFen = new Map<string, number>();
  const verdicts = archive.customers.map((customer) => {
    const verdict = keyAccountOf(customer, lines.get(customer.id) ?? [], interactions.get(customer.id) ?? [], today, options.asOf, k, policy);
    revenueFen.set(customer.id, toFen(verdict.reasons[0]?.value ?? 0));
    return verdict;
  });
  return verdicts.sort(
    (a, b) => Number(b.keyAccount) - Number(a.keyAccount) || (a.keyAccount ? (revenueFen.get(b.customerId) ?? 0) - (revenueFen.get(a.customerId) ?? 0) : 0) || compareCodePoints(a.customerId, b.customerId),
  );
}

function keyAccountOf(
  customer: Customer,
  lines: NonNullable<WorkArchive['transactions']>,
  interactions: NonNullable<WorkArchive['interactions']>,
  today: number,
  asOf: string,
  k: KeyAccountPolicy,
  policy: AgendaPolicy,
): KeyAccountVerdict {
  const from = today - k.windowDays;
  const counted = lines.filter((l) => {
    if (!knownAmount(l)) return false;
    const day = dayOf(l.date) ?? today;
    return day >= from && day < today;
  });
  const revenue = exactSum(counted.map((l) => toFen(l.amount)));
  // grading.md: orders are distinct order ids; a line without one is an order by itself.
  const orders = new Set(counted.filter((l) => l.amount > 0).map((l) => (l.orderId === undefined ? `\u0000${l.id}` : `o${l.orderId}`))).size;
  const averageFen = orders > 0 ? Number(revenue / BigInt(orders)) : 0;
  const discounts = interactions.filter((i) => (i.kind === 'discount' || i.kind === 'voucher') && beijingDay(i.at) >= from && beijingDay(i.at) < today).length;
  const overdueDays = Math.max(0, ...receivableLines(customer, lines, asOf, policy).map((l) => l.overdueDays));
  const poorRating = customer.credit.rating !== undefined && k.poorCreditRatings.includes(customer.credit.rating);
  const since = dayOf(customer.tradeSince);
  // Whole years and tenths: 3 years are 1096 days (365.25 a year).
  const years = since === undefined ? 0 : Math.floor(((today - since) * 10) / 365.25) / 10;
  const reasons: KeyAccountReason[] = [
    { criterion: 'large-purchases', met: revenue >= BigInt(toFen(k.minRevenue)), value: fromFen(revenue), threshold: k.minRevenue },
    { criterion: 'concentrated-purchases', met: orders > 0 && averageFen >= toFen(k.minAverageOrder), value: fromFen(averageFen), threshold: k.minAverageOrder },
    { criterion: 'price-insensitive', met: discounts <= k.maxDiscounts, value: discounts, threshold: k.maxDiscounts },
    {
      criterion: 'good-standing',
      met: overdueDays <= k.maxOverdueDays && !poorRating && customer.relationship.stage !== 'problem',
      value: overdueDays,
      threshold: k.maxOverdueDays,
    },
    { criterion: 'long-partnership', met: years >= k.minYears, value: years, threshold: k.minYears },
    { criterion: 'loyal', met: customer.loyalty === 'loyal' || orders >= k.minOrders, value: orders, threshold: k.minOrders },
  ];
  const others = reasons.slice(1).filter((r) => r.met).length;
  const byHand = customer.funnelStage === 'key-account';
  return { customerId: customer.id, keyAccount: byHand || (reasons[0]!.met && others >= k.minOtherCriteria), byHand, reasons };
}
