import * as z from 'zod/mini';
import { creditRatingSchema, interactionKindSchema } from '../enums/schemas.js';
import { atLeast, atMost, wholeNumber } from '../schema/formats.js';

const days = () => wholeNumber.check(atLeast(0), atMost(3660));
const share = () => z.number().check(atLeast(0), atMost(1));
const yuan = () => z.number().check(atLeast(0));

/**
 * What makes a key account (重点客户), from the seeds' criteria: large purchases (revenue in the
 * window), concentrated purchases (average order value), low price sensitivity (few discounts
 * or vouchers given), good standing (nothing overdue beyond a limit, no poor credit rating, not a
 * problem customer), a long partnership and loyalty. A customer with large purchases that meets
 * `minOtherCriteria` of the others is a key account; one whose funnel stage is `key-account`
 * is one by hand.
 *
 * @example
 * keyAccountPolicySchema.parse({ ...defaultAgendaPolicy.keyAccounts, minRevenue: 1_000_000 })
 */
export const keyAccountPolicySchema = z.strictObject({
  windowDays: wholeNumber.check(atLeast(1), atMost(3660)),
  minRevenue: yuan(),
  minAverageOrder: yuan(),
  maxDiscounts: wholeNumber.check(atLeast(0)),
  maxOverdueDays: days(),
  poorCreditRatings: z.array(creditRatingSchema),
  minYears: z.number().check(atLeast(0), atMost(100)),
  minOrders: wholeNumber.check(atLeast(0)),
  minOtherCriteria: wholeNumber.check(atLeast(0), atMost(5)),
});

/**
 * The agenda's rules as data (JSON-serialisable, validated, versioned like grading policies):
 * follow-up cadence per grade measured from the last contact of the `followUpKinds`, key
 * accounts' own cadence, how far ahead items show, and the limits of every other rule.
 *
 * @example
 * agendaPolicySchema.parse({ ...defaultAgendaPolicy, cadenceDays: { A: 7, B: 30, C: 90, ungraded: 60 } })
 */
export const agendaPolicySchema = z.strictObject({
  version: z.literal(1),
  /** Days between follow-ups by grade (A every 14 days, B 30, C 90), and for ungraded customers. */
  cadenceDays: z.strictObject({ A: days(), B: days(), C: days(), ungraded: days() }),
  /** Key accounts are followed up on their own rule, whatever their grade. */
  keyAccountCadenceDays: days(),
  /** The kinds of interaction that count as a follow-up. */
  followUpKinds: z.array(interactionKindSchema),
  /** Items due up to this many days after `asOf` show as upcoming. */
  horizonDays: days(),
  /** Contracts ending within this many days (or ended as long ago, not renewed). */
  contractDays: days(),
  /** Birthdays and wedding anniversaries of key persons within this many days. */
  occasionDays: days(),
  /** Days after its last review that a credit rating is due again. */
  creditReviewDays: days(),
  /** Share of the credit limit in use from which the agenda warns (0.8 = 80 %). */
  creditWarnShare: share(),
  /** Payment term for lines whose customer has none and that carry no due date. */
  defaultPaymentTermDays: days(),
  /** Days a service case may stay open before it is on the agenda. */
  serviceCaseOpenDays: days(),
  keyAccounts: keyAccountPolicySchema,
});

/** The agenda policy. */
export type AgendaPolicy = z.output<typeof agendaPolicySchema>;
/** The key-account policy. */
export type KeyAccountPolicy = z.output<typeof keyAccountPolicySchema>;
