import { describe, expect, it } from 'vitest';
import { abcGrades } from '../enums/vocabularies.js';
import type { TransactionLine } from '../book/columns.js';
import { effortByGrade } from './effort.js';
import type { InteractionEntry } from './interaction.js';

// The seed's case (客户ABC分类): A customers are 10 % of customers and 70 % of sales, B 20 % and
// 20 %, C 70 % and 10 % — and 60 % of the reps' time goes to C.
const grades: Record<string, string> = { a1: 'A', b1: 'B', b2: 'B' };
for (let i = 1; i <= 7; i++) grades[`c${i}`] = 'C';
const book: TransactionLine[] = [
  { customerId: 'a1', date: '2025-02-01', amount: 700 },
  { customerId: 'b1', date: '2025-02-01', amount: 100 },
  { customerId: 'b2', date: '2025-02-01', amount: 100 },
  { customerId: 'c1', date: '2025-02-01', amount: 40 },
  ...[2, 3, 4, 5, 6, 7].map((i) => ({ customerId: `c${i}`, date: '2025-02-01', amount: 10 })),
];
const visit = (customerId: string, durationMinutes?: number): InteractionEntry => ({ customerId, rep: 'wang', date: '2025-02-02', kind: 'visit', durationMinutes });
// minutes: A 150, B 2 × 125 = 250, C 6 × 100 = 600 → 15 %, 25 %, 60 % of 1000
const interactions = [visit('a1', 150), visit('b1', 125), visit('b2', 125), ...[1, 2, 3, 4, 5, 6].map((i) => visit(`c${i}`, 100))];

describe('effortByGrade', () => {
  it('reproduces the seed case: 60 % of the time on C customers worth 10 % of sales', () => {
    const result = effortByGrade(book, { interactions, gradeOf: grades });
    expect(result.rows.map((r) => r.grade)).toEqual([...abcGrades]);
    const [a, b, c] = result.rows;
    // A: 1 of 10 customers, 1 of 9 interactions, 150 of 1000 minutes, 700 of 1000 revenue → 0.15 / 0.7
    expect(a).toMatchObject({ customers: 1, interactions: 1, minutes: 150, timeShare: 0.15, revenue: 700, revenueShare: 0.7 });
    expect(a!.interactionShare).toBeCloseTo(1 / 9, 12);
    expect(a!.effortToValue).toBeCloseTo(0.15 / 0.7, 12);
    // B: 0.25 of the time for 0.2 of revenue → 1.25
    expect(b).toMatchObject({ customers: 2, interactions: 2, timeShare: 0.25, revenueShare: 0.2 });
    expect(b!.effortToValue).toBeCloseTo(1.25, 12);
    // C: 7 customers, 0.6 of the time for 0.1 of revenue → 6
    expect(c).toMatchObject({ customers: 7, interactions: 6, minutes: 600, timeShare: 0.6, revenue: 100, revenueShare: 0.1 });
    expect(c!.effortToValue).toBeCloseTo(6, 12);
    expect(result).toMatchObject({ totalInteractions: 9, totalMinutes: 1000, totalRevenue: 1000 });
  });

  it('falls back to interaction counts when no duration is known', () => {
    const result = effortByGrade(book, { interactions: interactions.map((i) => ({ ...i, durationMinutes: undefined })), gradeOf: grades });
    const c = result.rows[2]!;
    // C: 6 of 9 interactions = 2/3 of effort for 0.1 of revenue → 20/3
    expect(c.timeShare).toBeNull();
    expect(c.effortToValue).toBeCloseTo(20 / 3, 12);
  });

  it('filters by kind, rep and range and puts ungraded customers last', () => {
    const result = effortByGrade(book, {
      interactions: [...interactions, { customerId: 'x', rep: 'li', date: '2025-02-03', kind: 'call' }],
      gradeOf: grades,
      kinds: ['call'],
      period: { from: '2025-02-01', to: '2025-03-01' },
    });
    // only li's call to the ungraded customer x counts
    expect(result.rows.map((r) => [r.grade, r.interactions])).toEqual([['A', 0], ['B', 0], ['C', 0], [null, 1]]);
    const onlyLi = effortByGrade(book, { interactions, gradeOf: grades, rep: 'li' });
    expect(onlyLi.totalInteractions).toBe(0);
    expect(onlyLi.rows.every((r) => r.interactionShare === null && r.effortToValue === null)).toBe(true);
  });
});
