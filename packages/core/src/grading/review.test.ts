import { describe, expect, it } from 'vitest';
import { GradingError } from './errors.js';
import { computeCustomerFigures } from './figures.js';
import { gradeCustomers } from './grade.js';
import { advanceGradingRun, gradingRunState } from './review.js';
import { createGradingRun, overrideGrades } from './runs.js';

const figures = computeCustomerFigures(
  [
    { customerId: 'c1', date: '2025-05-01', amount: 1000 },
    { customerId: 'c2', date: '2025-06-01', amount: 10 },
  ],
  { asOf: '2026-01-01' },
);
const proposed = createGradingRun(gradeCustomers(figures, { method: 'abc-share' }), figures, { id: 'jan', ranBy: 'manager.wang', ranAt: '2026-01-02T08:00:00Z' });

describe('the grading cycle: proposed → reviewed → confirmed', () => {
  it('starts proposed by whoever ran it, and records each step with who and when', () => {
    expect(proposed.review).toEqual({ state: 'proposed', steps: [{ state: 'proposed', by: 'manager.wang', at: '2026-01-02T08:00:00Z' }] });
    const reviewed = advanceGradingRun(proposed, 'reviewed', { by: 'finance.zhao', at: '2026-01-05T10:00:00Z', note: 'credit ratings checked' });
    const confirmed = advanceGradingRun(reviewed, 'confirmed', { by: 'review-meeting', at: '2026-01-08T15:00:00Z' });
    expect(gradingRunState(confirmed)).toBe('confirmed');
    expect(confirmed.review!.steps.map((s) => [s.state, s.by, s.at, s.note])).toEqual([
      ['proposed', 'manager.wang', '2026-01-02T08:00:00Z', undefined],
      ['reviewed', 'finance.zhao', '2026-01-05T10:00:00Z', 'credit ratings checked'],
      ['confirmed', 'review-meeting', '2026-01-08T15:00:00Z', undefined],
    ]);
    // Same run (id, grades), the earlier value untouched, the new one frozen and plain JSON.
    expect(confirmed.id).toBe('jan');
    expect(confirmed.customers).toBe(proposed.customers);
    expect(gradingRunState(proposed)).toBe('proposed');
    expect(Object.isFrozen(confirmed.review!.steps)).toBe(true);
    expect(JSON.parse(JSON.stringify(confirmed)).review.state).toBe('confirmed');
  });

  it('refuses skipping the review, going back or moving twice, in en and zh-CN', () => {
    const skip = () => advanceGradingRun(proposed, 'confirmed', { by: 'review-meeting' });
    expect(skip).toThrow(GradingError);
    try {
      skip();
    } catch (error) {
      expect((error as GradingError).code).toBe('invalid-transition');
      expect((error as GradingError).messageIn('en')).toBe('The grading run "jan" is proposed; it cannot become confirmed (proposed → reviewed → confirmed, one step at a time).');
      expect((error as GradingError).messageIn('zh-CN')).toContain('分级记录“jan”');
    }
    const reviewed = advanceGradingRun(proposed, 'reviewed', { by: 'finance.zhao' });
    expect(() => advanceGradingRun(reviewed, 'reviewed', { by: 'finance.zhao' })).toThrow(/is reviewed; it cannot become reviewed/);
    expect(() => advanceGradingRun(reviewed, 'proposed', { by: 'x' })).toThrow(GradingError);
    expect(() => advanceGradingRun(proposed, 'reviewed', { by: ' ' })).toThrow(/needs the person/);
  });

  it('an override makes a new proposal based on the confirmed run, with the reason kept', () => {
    const confirmed = advanceGradingRun(advanceGradingRun(proposed, 'reviewed', { by: 'finance.zhao' }), 'confirmed', { by: 'review-meeting' });
    const corrected = overrideGrades(confirmed, [{ customerId: 'c2', grade: 'A', reason: 'strategic account', by: 'manager.li' }], { id: 'jan-b', ranBy: 'manager.li', ranAt: '2026-01-09T09:00:00Z' });
    expect(corrected.basedOn).toBe('jan');
    expect(gradingRunState(corrected)).toBe('proposed');
    expect(corrected.review!.steps).toEqual([{ state: 'proposed', by: 'manager.li', at: '2026-01-09T09:00:00Z' }]);
    expect(corrected.customers.find((c) => c.customerId === 'c2')!.override).toEqual({ computedGrade: 'C', grade: 'A', reason: 'strategic account', by: 'manager.li' }); // c2 has 10 of 1010 after c1's 99 %: C;
    expect(gradingRunState(confirmed)).toBe('confirmed');
  });

  it('treats a run recorded before the cycle (no review) as proposed', () => {
    const { review: _review, ...old } = proposed;
    expect(gradingRunState(old)).toBe('proposed');
    expect(advanceGradingRun(old, 'reviewed', { by: 'finance.zhao' }).review!.steps.map((s) => s.state)).toEqual(['proposed', 'reviewed']);
  });
});
