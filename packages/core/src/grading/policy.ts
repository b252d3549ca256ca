import * as z from 'zod/mini';
import { abcGradeSchema } from '../enums/schemas.js';
import { above, atLeast, atMost, rule, wholeNumber } from '../schema/formats.js';
import { GradingError } from './errors.js';

/**
 * Grading policies: plain JSON data, validated by zod, versioned, stored with every grading
 * run so that a run can be reproduced. `gradingPolicySchema` parses any of them (discriminated
 * by `method`) and fills the defaults of grading.md.
 */

const share = z.number().check(atLeast(0), atMost(1));
const attributeValue = z.union([z.string(), z.number(), z.boolean()]);

/**
 * Figures an adjustment condition can test.
 *
 * @example
 * { when: { figure: 'recencyDays', atLeast: 180 }, to: 'C' }
 */
export const conditionFigures = ['revenue', 'orders', 'lines', 'cost', 'paid', 'quantity', 'recencyDays'] as const;
export type ConditionFigure = (typeof conditionFigures)[number];

/**
 * One adjustment rule: when every given part of `when` holds, the grade becomes `to`.
 * Rules apply in order, each seeing the grade left by the rules before it.
 *
 * @example
 * adjustmentRuleSchema.parse({ when: { grade: 'C', attribute: 'potential', equals: 'high' }, to: 'B', reason: 'high potential' })
 */
export const adjustmentRuleSchema = z.strictObject({
  when: z
    .object({
      /** The current grade (or one of them). */
      grade: z.optional(z.union([abcGradeSchema, z.array(abcGradeSchema).check(z.minLength(1))])),
      /** A hand-entered attribute of the customer, e.g. `potential` or `status`. */
      attribute: z.optional(z.string().check(z.minLength(1))),
      equals: z.optional(attributeValue),
      oneOf: z.optional(z.array(attributeValue).check(z.minLength(1))),
      /** A figure of the customer; `recencyDays` is missing for customers without a purchase. */
      figure: z.optional(z.enum(conditionFigures)),
      atLeast: z.optional(z.number()),
      below: z.optional(z.number()),
    })
    .check(
      rule((w) => w.attribute === undefined || w.equals !== undefined || w.oneOf !== undefined, {
        error: 'an attribute condition needs `equals` or `oneOf`',
      }),
      rule((w) => w.figure === undefined || w.atLeast !== undefined || w.below !== undefined, {
        error: 'a figure condition needs `atLeast` or `below`',
      }),
    ),
  to: abcGradeSchema,
  /** Why, in the words of whoever wrote the policy; shown in the explanation. */
  reason: z.optional(z.string()),
});
export type AdjustmentRule = z.infer<typeof adjustmentRuleSchema>;

const version = z._default(wholeNumber.check(above(0)), 1);
const vipFraction = z._default(share, 0.01);
const adjustments = z._default(z.array(adjustmentRuleSchema), []);

/**
 * ABC by revenue share (default method): `A` while the share before the customer < cutoffs[0].
 *
 * @example
 * abcSharePolicySchema.parse({ method: 'abc-share' }).cutoffs // [0.8, 0.95]
 */
export const abcSharePolicySchema = z.strictObject({
  method: z.literal('abc-share'),
  version,
  cutoffs: z._default(z.tuple([share, share]), [0.8, 0.95]).check(rule(([a, b]) => a <= b, { error: 'cutoffs must be ascending' })),
  vipFraction,
  adjustments,
});

/**
 * ABC by absolute revenue: `A` when revenue >= a, `B` when >= b.
 *
 * @example
 * abcAmountPolicySchema.parse({ method: 'abc-amount' }).thresholds // { a: 5000000, b: 1000000 }
 */
export const abcAmountPolicySchema = z.strictObject({
  method: z.literal('abc-amount'),
  version,
  thresholds: z
    ._default(z.strictObject({ a: z.number(), b: z.number() }), { a: 5_000_000, b: 1_000_000 })
    .check(rule((t) => t.a >= t.b, { error: 'threshold a must be at least b' })),
  vipFraction,
  adjustments,
});

/**
 * ABC by customer count: the first ceil(fractions[0] n) ranked customers are `A`, up to ceil(fractions[1] n) `B`.
 *
 * @example
 * abcCountPolicySchema.parse({ method: 'abc-count', fractions: [0.2, 0.5] })
 */
export const abcCountPolicySchema = z.strictObject({
  method: z.literal('abc-count'),
  version,
  fractions: z._default(z.tuple([share, share]), [0.1, 0.3]).check(rule(([a, b]) => a <= b, { error: 'fractions must be ascending' })),
  vipFraction,
  adjustments,
});

/**
 * RFM with `bins` tie-safe scores per metric and the segment table.
 *
 * @example
 * rfmPolicySchema.parse({ method: 'rfm', bins: 3 })
 */
export const rfmPolicySchema = z.strictObject({
  method: z.literal('rfm'),
  version,
  bins: z._default(wholeNumber.check(atLeast(1), atMost(100)), 5),
});


/**
 * How a criterion maps its figure to 0–100 points.
 *
 * @example
 * criterionScoringSchema.parse({ kind: 'steps', steps: [{ atLeast: 1, points: 40 }, { atLeast: 12, points: 100 }] })
 */
export const criterionScoringSchema = z.discriminatedUnion('kind', [
  z
    .strictObject({ kind: z.literal('linear'), min: z.number(), max: z.number() })
    .check(rule((s) => s.max > s.min, { error: 'max must be greater than min' })),
  z.strictObject({ kind: z.literal('percentile') }),
  z.strictObject({
    kind: z.literal('steps'),
    steps: z.array(z.strictObject({ atLeast: z.number(), points: z.number().check(atLeast(0), atMost(100)) })).check(z.minLength(1)),
  }),
  z.strictObject({ kind: z.literal('manual') }),
]);
export type CriterionScoring = z.infer<typeof criterionScoringSchema>;

/**
 * @example
 * scorecardCriterionSchema.parse({ key: 'attitude', weight: 0.1, score: { kind: 'manual' } })
 */
export const scorecardCriterionSchema = z.strictObject({
  /** A built-in figure (see `scorecardFigures`) or the name of an attribute entered by hand. */
  key: z.string().check(z.minLength(1)),
  weight: z.number().check(atLeast(0), atMost(1)),
  score: criterionScoringSchema,
});
export type ScorecardCriterion = z.infer<typeof scorecardCriterionSchema>;

/**
 * The default criteria of the 客户质量等级评估表 (weights sum to 1).
 *
 * @example
 * gradeCustomers(figures, { method: 'scorecard', criteria: [...defaultScorecardCriteria] })
 */
export const defaultScorecardCriteria: readonly ScorecardCriterion[] = [
  { key: 'revenue', weight: 0.3, score: { kind: 'percentile' } },
  { key: 'gross-margin-rate', weight: 0.2, score: { kind: 'linear', min: 0, max: 0.4 } },
  { key: 'collection-rate', weight: 0.2, score: { kind: 'linear', min: 0.5, max: 1 } },
  { key: 'orders', weight: 0.1, score: { kind: 'steps', steps: [{ atLeast: 1, points: 40 }, { atLeast: 4, points: 70 }, { atLeast: 12, points: 100 }] } },
  { key: 'years-of-trade', weight: 0.1, score: { kind: 'linear', min: 0, max: 5 } },
  { key: 'credit-rating', weight: 0.1, score: { kind: 'linear', min: 1, max: 6 } },
];

/**
 * Multi-criteria scorecard: weighted sum of criterion points, `A` from 80, `B` from 60.
 *
 * @example
 * scorecardPolicySchema.parse({ method: 'scorecard' }).thresholds // { A: 80, B: 60 }
 */
export const scorecardPolicySchema = z.strictObject({
  method: z.literal('scorecard'),
  version,
  criteria: z
    ._default(z.array(scorecardCriterionSchema).check(z.minLength(1)), () => defaultScorecardCriteria.map((c) => ({ ...c })))
    .check(
      rule((cs) => Math.abs(cs.reduce((sum, c) => sum + c.weight, 0) - 1) < 1e-9, { error: 'criterion weights must sum to 1' }),
      rule((cs) => new Set(cs.map((c) => c.key)).size === cs.length, { error: 'criterion keys must be unique' }),
    ),
  thresholds: z
    ._default(z.strictObject({ A: z.number().check(atLeast(0), atMost(100)), B: z.number().check(atLeast(0), atMost(100)) }), { A: 80, B: 60 })
    .check(rule((t) => t.A >= t.B, { error: 'threshold A must be at least B' })),
});

/**
 * Any grading policy, discriminated by `method`.
 *
 * @example
 * gradingPolicySchema.parse({ method: 'rfm' }) // { method: 'rfm', version: 1, bins: 5 }
 */
export const gradingPolicySchema = z.discriminatedUnion('method', [
  abcSharePolicySchema,
  abcAmountPolicySchema,
  abcCountPolicySchema,
  rfmPolicySchema,
  scorecardPolicySchema,
]);

export type AbcSharePolicy = z.output<typeof abcSharePolicySchema>;
export type AbcAmountPolicy = z.output<typeof abcAmountPolicySchema>;
export type AbcCountPolicy = z.output<typeof abcCountPolicySchema>;
export type AbcPolicy = AbcSharePolicy | AbcAmountPolicy | AbcCountPolicy;
export type RfmPolicy = z.output<typeof rfmPolicySchema>;
export type ScorecardPolicy = z.output<typeof scorecardPolicySchema>;
export type GradingPolicy = z.output<typeof gradingPolicySchema>;
/** A policy as written by a person: defaults may be left out. */
export type GradingPolicyInput = z.input<typeof gradingPolicySchema>;

/**
 * Validates a policy and fills in its defaults; throws a `GradingError` (`invalid-policy`)
 * naming the first bad field.
 *
 * @example
 * parseGradingPolicy({ method: 'abc-share' }).cutoffs // [0.8, 0.95]
 */
export function parseGradingPolicy(input: unknown): GradingPolicy {
  const result = gradingPolicySchema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new PolicyError(issue ? issue.path.join('.') : '', issue?.message ?? 'invalid');
}

/**
 * The default policy of a method (grading.md's numbers), version 1.
 *
 * @example
 * defaultPolicy('rfm') // { method: 'rfm', version: 1, bins: 5 }
 */
export function defaultPolicy<M extends GradingPolicy['method']>(method: M): Extract<GradingPolicy, { method: M }> {
  return gradingPolicySchema.parse({ method }) as Extract<GradingPolicy, { method: M }>;
}


/**
 * A policy that failed validation: `path` is the dotted field path.
 *
 * @example
 * try { parseGradingPolicy({ method: 'rfm', bins: 0 }); } catch (e) { (e as PolicyError).path; } // 'bins'
 */
export class PolicyError extends GradingError {
  readonly path: string;
  constructor(path: string, detail: string) {
    super('invalid-policy', { path: path || '(policy)', detail });
    this.path = path;
  }
}
