import type { CustomerFigures } from '../book/figures.js';
import { gradeAbc } from './abc.js';
import type { GradeOptions } from './abc.js';
import { parseGradingPolicy } from './policy.js';
import type { AbcPolicy, GradingPolicy, GradingPolicyInput, RfmPolicy, ScorecardPolicy } from './policy.js';
import type { AbcGrading, GradingResult, RfmGrading, ScorecardGrading } from './result.js';
import { gradeRfm } from './rfm.js';
import { gradeScorecard } from './scorecard.js';

type ResultOf<P> = P extends { method: 'rfm' }
  ? RfmGrading
  : P extends { method: 'scorecard' }
    ? ScorecardGrading
    : P extends { method: 'abc-share' | 'abc-amount' | 'abc-count' }
      ? AbcGrading
      : GradingResult;

/**
 * Grades every customer of `figures` by a policy (validated, defaults filled, so
 * `{ method: 'abc-share' }` is enough). The one entry point for every method.
 *
 * @example
 * const figures = computeCustomerFigures(lines, { asOf: '2026-01-01' });
 * const result = gradeCustomers(figures, { method: 'abc-share' });
 * result.toRows({ locale: 'zh-CN' })[0].sentence
 */
export function gradeCustomers<P extends GradingPolicyInput>(
  figures: CustomerFigures,
  policy: P,
  options: GradeOptions = {},
): ResultOf<P> {
  const parsed: GradingPolicy = parseGradingPolicy(policy);
  switch (parsed.method) {
    case 'rfm':
      return gradeRfm(figures, parsed as RfmPolicy, options) as ResultOf<P>;
    case 'scorecard':
      return gradeScorecard(figures, parsed as ScorecardPolicy, options) as ResultOf<P>;
    default:
      return gradeAbc(figures, parsed as AbcPolicy, options) as ResultOf<P>;
  }
}
