import type { AgendaPolicy } from './policy.js';

// The default policy is plain data in its own module, so that the agenda, the receivables and the
// customer card that only apply it do not load zod with policy.ts's schemas (which validate a
// policy an embedder passes).

/**
 * The default agenda policy: A customers every 14 days, B 30, C 90, ungraded 60, key accounts
 * every 7 days; visits, calls, meetings and e-mails count as follow-ups; a week ahead; contracts
 * 30 days; occasions 7 days; credit reviewed yearly, warned at 80 % of the limit; 30 days' payment
 * term by default; service cases open for more than 14 days.
 *
 * @example
 * defaultAgendaPolicy.cadenceDays.A // 14
 */
export const defaultAgendaPolicy: AgendaPolicy = {
  version: 1,
  cadenceDays: { A: 14, B: 30, C: 90, ungraded: 60 },
  keyAccountCadenceDays: 7,
  followUpKinds: ['visit', 'call', 'meeting', 'email'],
  horizonDays: 7,
  contractDays: 30,
  occasionDays: 7,
  creditReviewDays: 365,
  creditWarnShare: 0.8,
  defaultPaymentTermDays: 30,
  serviceCaseOpenDays: 14,
  keyAccounts: {
    windowDays: 365,
    minRevenue: 500_000,
    minAverageOrder: 20_000,
    maxDiscounts: 1,
    maxOverdueDays: 30,
    poorCreditRatings: ['C', 'D'],
    minYears: 3,
    minOrders: 12,
    minOtherCriteria: 2,
  },
};
