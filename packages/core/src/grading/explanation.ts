import type { AbcGrade, FrequencyClass, LoyaltyClass, RelationshipStage, RfmSegment, ValueClass } from '../enums/vocabularies.js';

/**
 * Explanations as data: every grade says which figures, which threshold and which rule made
 * it. `explainGrade` (./explain.ts) turns one into a sentence in en or zh-CN.
 */

/** What every explanation carries, whatever the method. */
export interface ExplanationBase {
  readonly customerId: string;
  /** The grade in force: the override when there is one, else the computed grade. */
  readonly grade: string;
  /** Set by a grading run for customers in their probation period. */
  readonly provisional?: ProvisionalNote | undefined;
  /** Set by a grading run when a person overrode the computed grade. */
  readonly override?: OverrideNote | undefined;
}

export interface ProvisionalNote {
  /** ISO date of the first purchase. */
  readonly firstPurchase: string;
  /** ISO date the grade is to be reviewed: first purchase + probation days. */
  readonly reviewDue: string;
  readonly probationDays: number;
}

export interface OverrideNote {
  /** The grade computed by the policy, kept beside the override. */
  readonly computedGrade: string;
  readonly grade: string;
  readonly reason: string;
  readonly by?: string | undefined;
}

/** One adjustment rule that changed (or confirmed) a grade. */
export interface AppliedAdjustment {
  /** Position of the rule in the policy's `adjustments` (0-based). */
  readonly rule: number;
  readonly from: AbcGrade;
  readonly to: AbcGrade;
  readonly reason?: string | undefined;
}

/** The ABC rule that decided the computed grade. */
export type AbcRule = 'non-positive-revenue' | 'share' | 'amount' | 'count';

export interface AbcExplanation extends ExplanationBase {
  readonly method: 'abc-share' | 'abc-amount' | 'abc-count';
  readonly grade: AbcGrade;
  /** The grade before adjustment rules (and before any override). */
  readonly computedGrade: AbcGrade;
  readonly rule: AbcRule;
  readonly revenue: number;
  /** 1-based position in the revenue order, `undefined` for revenue <= 0. */
  readonly rank: number | undefined;
  /** Number of customers with revenue > 0. */
  readonly ranked: number;
  /** Cumulative revenue share of the customers ahead (ranked customers only). */
  readonly shareBefore: number | undefined;
  /** Cumulative share including this customer. */
  readonly shareAfter: number | undefined;
  /** abc-share: the cut-offs; abc-amount: the amounts a, b; abc-count: the last rank of A and of B. */
  readonly thresholds: readonly [number, number];
  readonly vip: boolean;
  /** How many customers are VIP (top ceil(vipFraction × ranked)). */
  readonly vipCount: number;
  readonly adjustments: readonly AppliedAdjustment[];
}

export interface RfmExplanation extends ExplanationBase {
  readonly method: 'rfm';
  readonly grade: RfmSegment;
  readonly segment: RfmSegment;
  /** `undefined` for an inactive customer (no counted purchase). */
  readonly recencyDays: number | undefined;
  readonly frequency: number;
  readonly monetary: number;
  /** Scores 1..bins, `undefined` when inactive. */
  readonly r: number | undefined;
  readonly f: number | undefined;
  readonly m: number | undefined;
  readonly bins: number;
  /** Number of scored customers. */
  readonly scored: number;
}

export interface CriterionExplanation {
  readonly key: string;
  readonly weight: number;
  /** The figure scored; `undefined` when missing (it then scores 0). */
  readonly value: number | undefined;
  readonly points: number;
  readonly missing: boolean;
}

export interface ScorecardExplanation extends ExplanationBase {
  readonly method: 'scorecard';
  readonly grade: AbcGrade;
  readonly computedGrade: AbcGrade;
  readonly total: number;
  readonly thresholds: { readonly A: number; readonly B: number };
  readonly criteria: readonly CriterionExplanation[];
  /** Keys of the criteria whose figure was missing. */
  readonly missing: readonly string[];
}

/** The explanation of any grade. */
export type GradeExplanation = AbcExplanation | RfmExplanation | ScorecardExplanation;

// The class explanations (./classes.ts): frequency, value, stage and loyalty.

export interface FrequencyExplanation {
  readonly kind: 'frequency';
  readonly customerId: string;
  readonly class: FrequencyClass;
  readonly orders: number;
  /** Orders needed for `high`. */
  readonly threshold: number;
}

export type ValueReason = 'core-grade' | 'growth' | 'rfm-segment' | 'general';

export interface ValueExplanation {
  readonly kind: 'value';
  readonly customerId: string;
  readonly class: ValueClass;
  readonly reason: ValueReason;
  readonly grade: string;
  readonly revenue: number;
  /** Revenue in the previous window of the same length, when given. */
  readonly previousRevenue: number | undefined;
  /** revenue / previousRevenue − 1; `undefined` when the previous revenue is not positive. */
  readonly growth: number | undefined;
  /** The policy's growth threshold (0.2 = 20 %), so a sentence shows the growth with enough digits. */
  readonly growthAtLeast?: number | undefined;
  readonly segment: string | undefined;
}

export type StageReason =
  | 'hand-set'
  | 'no-transaction'
  | 'stopped-by-hand'
  | 'overdue-receivables'
  | 'open-dispute'
  | 'no-recent-purchase'
  | 'recent-first-purchase'
  | 'long-term'
  | 'no-purchase';

export interface StageExplanation {
  readonly kind: 'stage';
  readonly customerId: string;
  readonly class: RelationshipStage;
  readonly reason: StageReason;
  /** Days since the first purchase ever, if any. */
  readonly daysSinceFirstPurchase: number | undefined;
  /** Days since the last purchase ever, if any. */
  readonly daysSinceLastPurchase: number | undefined;
  readonly overdueDays: number | undefined;
  /** Reason a person gave (hand-set stage or stop). */
  readonly note: string | undefined;
}

export interface LoyaltyExplanation {
  readonly kind: 'loyalty';
  readonly customerId: string;
  /** `undefined` when nobody entered it (or entered something that is not a loyalty class). */
  readonly class: LoyaltyClass | undefined;
}
