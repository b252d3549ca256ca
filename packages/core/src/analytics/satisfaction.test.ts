import { describe, expect, it } from 'vitest';
import { satisfactionSummary } from './satisfaction.js';

describe('satisfactionSummary', () => {
  it('averages the answers of the period, counts customers and satisfied answers', () => {
    // In 2025: C1 5 and 3, C2 4, C3 1 → 4 answers, 3 customers, mean 13 / 4 = 3.25, satisfied 2 / 4.
    // Left out: C4 in 2024, C5 on 2026-01-01 (the end is excluded), C6 with a score of 6.
    const summary = satisfactionSummary(
      [
        { customerId: 'C1', score: 5, surveyedOn: '2025-02-01' },
        { customerId: 'C1', score: 3, surveyedOn: '2025-08-01' },
        { customerId: 'C2', score: 4, surveyedOn: '2025-01-01' },
        { customerId: 'C3', score: 1, surveyedOn: '2025-12-31' },
        { customerId: 'C4', score: 5, surveyedOn: '2024-12-31' },
        { customerId: 'C5', score: 5, surveyedOn: '2026-01-01' },
        { customerId: 'C6', score: 6, surveyedOn: '2025-05-01' },
      ],
      { from: '2025-01-01', to: '2026-01-01' },
    );
    expect(summary).toEqual({ answers: 4, customers: 3, average: 3.25, satisfiedShare: 0.5, distribution: [1, 0, 1, 1, 1] });
  });

  it('has no average without answers', () => {
    expect(satisfactionSummary([])).toEqual({ answers: 0, customers: 0, average: null, satisfiedShare: null, distribution: [0, 0, 0, 0, 0] });
  });
});
