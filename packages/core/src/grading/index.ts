// The public API of grading. Internals (ranking helpers, lookups) stay unexported.
export { gradeAbc } from './abc.js';
export type { GradeOptions } from './abc.js';
export type { AttributeValue, AttributesByCustomer, CustomerAttributes } from './attributes.js';
export {
  classifyFrequency,
  classifyLoyalty,
  classifyStage,
  classifyValue,
  classPolicySchema,
  UNKNOWN_CLASS,
} from './classes.js';
export type {
  Classification,
  ClassPolicy,
  ClassPolicyInput,
} from './classes.js';
export { compareCodePoints } from './compare.js';
export { GradingError } from './errors.js';
export type { GradingErrorCode } from './errors.js';
export { agreeingDigits, explainClass, explainGrade, formatShare, isLostCustomer, shareDigits } from './explain.js';
export type { ClassExplanation, ExplainOptions } from './explain.js';
export type * from './explanation.js';
export { computeCustomerFigures, previousWindowFigures } from './figures.js';
export type { CustomerFiguresOptions } from './figures.js';
export { gradeCustomers } from './grade.js';
export { messages as gradingMessages } from './messages.js';
export type { GradingMessageKey } from './messages.js';
export { computePoints, periodStartDay, pointsPolicySchema, resetPeriods } from './points.js';
export type { PointsExplanation, PointsPolicy, PointsPolicyInput, PointsResult, ResetPeriod } from './points.js';
export {
  abcAmountPolicySchema,
  abcCountPolicySchema,
  abcSharePolicySchema,
  adjustmentRuleSchema,
  conditionFigures,
  criterionScoringSchema,
  defaultPolicy,
  defaultScorecardCriteria,
  gradingPolicySchema,
  parseGradingPolicy,
  PolicyError,
  rfmPolicySchema,
  scorecardCriterionSchema,
  scorecardPolicySchema,
} from './policy.js';
export type {
  AbcAmountPolicy,
  AbcCountPolicy,
  AbcPolicy,
  AbcSharePolicy,
  AdjustmentRule,
  ConditionFigure,
  CriterionScoring,
  GradingPolicy,
  GradingPolicyInput,
  RfmPolicy,
  ScorecardCriterion,
  ScorecardPolicy,
} from './policy.js';
export type { AbcGrading, GradeRow, GradingResult, GradingResultBase, RfmGrading, ScorecardGrading } from './result.js';
export { gradeRfm, rfmSegment, toFiveBins } from './rfm.js';
export { appendRun, createGradingRun, GRADING_CODE_VERSION, migrationMatrix, overrideGrades } from './runs.js';
export type { GradeOverride, GradingRun, GradingRunOptions, Migration, Mover, RunCustomer, RunFigures } from './runs.js';
export { advanceGradingRun, gradingRunState, gradingRunStates, proposedReview } from './review.js';
export type { GradingRunState, RunReview, RunReviewStep } from './review.js';
export { creditRatingValue, gradeScorecard } from './scorecard.js';
