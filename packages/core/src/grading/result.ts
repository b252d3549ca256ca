import type { AbcGrade, RfmSegment } from '../enums/vocabularies.js';
import type { CustomerFigures } from '../book/figures.js';
import type { Locale } from '../i18n/locale.js';
import { explainGrade } from './explain.js';
import type { AbcExplanation, GradeExplanation, RfmExplanation, ScorecardExplanation } from './explanation.js';
import type { AbcPolicy, GradingPolicy, RfmPolicy, ScorecardPolicy } from './policy.js';

/** One customer of a grading result as an object: the small-book form. */
export interface GradeRow<E extends GradeExplanation = GradeExplanation> {
  readonly customerId: string;
  readonly grade: E['grade'];
  readonly explanation: E;
  /** The explanation as a sentence in the requested locale. */
  readonly sentence: string;
}

/**
 * The result of grading: columns for a million customers (index `i` of every column belongs
 * to `customerIds[i]`), plus accessors for small books. Explanations are built on demand, so
 * grading a big book builds no object per customer.
 */
export interface GradingResultBase<P extends GradingPolicy, G extends string, E extends GradeExplanation> {
  readonly method: P['method'];
  readonly policy: P;
  readonly asOf: string;
  readonly windowDays: number;
  readonly size: number;
  readonly customerIds: readonly string[];
  /** Grade code per customer: an index into `gradeValues`. */
  readonly grade: Uint8Array;
  /** The grades codes stand for (`abcGrades` or `rfmSegments`). */
  readonly gradeValues: readonly G[];
  /** The grade of customer `index`. */
  gradeOf(index: number): G;
  /** The index of a customer id, or -1 (builds an id index on first use). */
  indexOf(customerId: string): number;
  /** The explanation of customer `index` as data. */
  explain(index: number): E;
  /** Every customer as an object, with its explanation and sentence (default locale of the grading). */
  toRows(options?: { locale?: Locale | undefined }): GradeRow<E>[];
}

/** ABC result (abc-share, abc-amount, abc-count). */
export interface AbcGrading extends GradingResultBase<AbcPolicy, AbcGrade, AbcExplanation> {
  /** Grade code before adjustment rules. */
  readonly computedGrade: Uint8Array;
  readonly revenue: Float64Array;
  /** 1-based rank in the revenue order; 0 for customers with revenue <= 0. */
  readonly rank: Int32Array;
  /** Cumulative share of the customers ahead; NaN when unranked. */
  readonly shareBefore: Float64Array;
  /** Cumulative share including the customer; NaN when unranked. */
  readonly shareAfter: Float64Array;
  /** 1 for VIP customers. */
  readonly vip: Uint8Array;
  /** Number of customers with revenue > 0. */
  readonly ranked: number;
}

/** RFM result; `grade` holds segment codes into `rfmSegments`. */
export interface RfmGrading extends GradingResultBase<RfmPolicy, RfmSegment, RfmExplanation> {
  /** Days from last purchase to asOf; -1 when inactive. */
  readonly recencyDays: Int32Array;
  /** Orders in the window. */
  readonly frequency: Int32Array;
  /** Revenue in the window. */
  readonly monetary: Float64Array;
  /** Scores 1..bins; 0 when inactive. */
  readonly r: Uint8Array;
  readonly f: Uint8Array;
  readonly m: Uint8Array;
  /** Number of scored (active) customers. */
  readonly scored: number;
}

/** Scorecard result. */
export interface ScorecardGrading extends GradingResultBase<ScorecardPolicy, AbcGrade, ScorecardExplanation> {
  /** Weighted total 0–100. */
  readonly total: Float64Array;
  /** Points 0–100 per criterion, in policy order; each column has one entry per customer. */
  readonly points: readonly Float64Array[];
  /** Figure value per criterion (NaN when missing). */
  readonly values: readonly Float64Array[];
}

export type GradingResult = AbcGrading | RfmGrading | ScorecardGrading;

/**
 * The members every grading result shares, built from the grading's columns and its
 * `explain`: the accessors (`gradeOf`, `indexOf`, `toRows`) are written once here.
 *
 * @example
 * const base = gradingResultBase(figures, policy, grade, abcGrades, explain, 'en');
 * base.gradeOf(0) // 'A'
 */
export function gradingResultBase<P extends GradingPolicy, G extends string, E extends GradeExplanation>(
  figures: Pick<CustomerFigures, 'asOf' | 'windowDays' | 'customerIds'>,
  policy: P,
  grade: Uint8Array,
  gradeValues: readonly G[],
  explain: (index: number) => E,
  defaultLocale: Locale = 'en',
): GradingResultBase<P, G, E> {
  const { customerIds } = figures;
  return {
    method: policy.method,
    policy,
    asOf: figures.asOf,
    windowDays: figures.windowDays,
    size: customerIds.length,
    customerIds,
    grade,
    gradeValues,
    gradeOf: (i) => gradeValues[grade[i]!]!,
    indexOf: indexLookup(customerIds),
    explain,
    toRows: ({ locale = defaultLocale } = {}) =>
      customerIds.map((customerId, i) => {
        const explanation = explain(i);
        return { customerId, grade: explanation.grade, explanation, sentence: explainGrade(explanation, locale) };
      }),
  };
}

/** The lazy id → index lookup of a result: the map is built on first use only. */
function indexLookup(customerIds: readonly string[]): (customerId: string) => number {
  let index: Map<string, number> | undefined;
  return (customerId) => {
    if (!index) {
      index = new Map();
      for (let i = 0; i < customerIds.length; i++) index.set(customerIds[i]!, i);
    }
    return index.get(customerId) ?? -1;
  };
}
