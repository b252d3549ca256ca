import { GradingError } from './errors.js';
import { gradingRunStates, proposedReview } from './review-state.js';
import type { GradingRunState, RunReviewStep } from './review-state.js';
import type { GradingRun } from './runs.js';

export { gradingRunStates, proposedReview } from './review-state.js';
export type { GradingRunState, RunReview, RunReviewStep } from './review-state.js';

/**
 * The state of a run; a run recorded before the cycle existed (no `review`) counts as proposed.
 *
 * @example
 * gradingRunState(run) // 'proposed'
 */
export function gradingRunState(run: GradingRun): GradingRunState {
  return run.review?.state ?? 'proposed';
}

/**
 * Moves a run one step forward — proposed → reviewed → confirmed — recording who and when. The run
 * keeps its id, grades and overrides (store it as a new revision of the same record); the given
 * run is not changed. Throws `GradingError` `invalid-transition` for any other move (back, twice,
 * or skipping the review) and `invalid-review` without a person.
 *
 * @example
 * const reviewed = advanceGradingRun(run, 'reviewed', { by: 'finance.zhao', at: '2026-01-05T10:00:00Z', note: 'credit ratings checked' });
 * const confirmed = advanceGradingRun(reviewed, 'confirmed', { by: 'meeting-2026-01', at: '2026-01-08T15:00:00Z' });
 */
export function advanceGradingRun(run: GradingRun, to: GradingRunState, step: { by: string; at?: string | undefined; note?: string | undefined }): GradingRun {
  const from = gradingRunState(run);
  if (gradingRunStates.indexOf(to) !== gradingRunStates.indexOf(from) + 1) throw new GradingError('invalid-transition', { value: run.id, from, to });
  if (step.by.trim() === '') throw new GradingError('invalid-review', { value: run.id });
  const steps = run.review?.steps ?? proposedReview(run.ranBy, run.ranAt).steps;
  const added: RunReviewStep = { state: to, by: step.by, at: step.at, ...(step.note === undefined || step.note.trim() === '' ? {} : { note: step.note }) };
  return Object.freeze({ ...run, review: Object.freeze({ state: to, steps: Object.freeze([...steps, Object.freeze(added)]) }) });
}
