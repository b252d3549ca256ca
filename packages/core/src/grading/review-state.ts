// The review cycle's states and steps, apart from runs.ts so that runs.ts and review.ts import no circle.

/**
 * The states of a grading run as seed 003 runs the cycle: sales managers propose (the run as
 * computed, with their overrides), the review — finance checks credit ratings — marks it
 * reviewed, the review meeting confirms it. Only forward, one step at a time.
 */
export const gradingRunStates = ['proposed', 'reviewed', 'confirmed'] as const;
export type GradingRunState = (typeof gradingRunStates)[number];

/** One step of the cycle: who moved the run into a state, and when (an ISO instant; core reads no clock). */
export interface RunReviewStep {
  readonly state: GradingRunState;
  readonly by: string;
  readonly at: string | undefined;
  readonly note?: string | undefined;
}

/** Where a run is in the cycle, and every step so far, oldest first. */
export interface RunReview {
  readonly state: GradingRunState;
  readonly steps: readonly RunReviewStep[];
}

/**
 * The cycle of a new run (or a corrected one): proposed by whoever ran it.
 *
 * @example
 * proposedReview('wang.fang', '2026-01-02T08:00:00Z') // { state: 'proposed', steps: [{ state: 'proposed', by: 'wang.fang', at: … }] }
 */
export function proposedReview(by: string, at: string | undefined): RunReview {
  return { state: 'proposed', steps: [{ state: 'proposed', by, at }] };
}
