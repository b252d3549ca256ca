import { describe, expect, it } from 'vitest';
import { locales } from '../i18n/locale.js';
import { GradingError } from './errors.js';
import { explainGrade } from './explain.js';
import { computeCustomerFigures } from './figures.js';
import { gradeCustomers } from './grade.js';
import { appendRun, createGradingRun, GRADING_CODE_VERSION, migrationMatrix, overrideGrades } from './runs.js';

const asOf = '2026-01-01';
const book = [
  { customerId: 'old', date: '2024-01-10', amount: 100 },
  { customerId: 'old', date: '2025-05-01', amount: 1000 },
  { customerId: 'fresh', date: '2025-09-01', amount: 500 },
  { customerId: 'edge', date: '2025-07-03', amount: 300 },
];
const figures = computeCustomerFigures(book, { asOf, customerIds: ['zero'] });
// abc-share: total 1800; old 1000 before 0 → A; fresh 500 before 0.556 → A; edge 300 before 0.833 → B; zero → C.
const share = gradeCustomers(figures, { method: 'abc-share' });
const january = createGradingRun(share, figures, {
  id: 'jan',
  ranBy: 'wang.fang',
  ranAt: '2026-01-02T08:00:00Z',
  overrides: [{ customerId: 'edge', grade: 'A', reason: 'strategic account', by: 'li.lei' }],
});
const byId = (run: typeof january, id: string) => run.customers.find((c) => c.customerId === id)!;

describe('grading runs', () => {
  it('record asOf, window, policy, version, code version and who ran it', () => {
    expect(january).toMatchObject({
      id: 'jan',
      asOf,
      windowDays: 365,
      method: 'abc-share',
      policyVersion: 1,
      codeVersion: GRADING_CODE_VERSION,
      ranBy: 'wang.fang',
      probationDays: 182,
    });
    expect(january.policy).toEqual(share.policy);
    expect(JSON.parse(JSON.stringify(january)).customers).toHaveLength(4);
    expect(byId(january, 'old').figures).toMatchObject({ revenue: 1000, orders: 1, firstPurchase: '2024-01-10', lastPurchase: '2025-05-01' });
    expect(Object.isFrozen(january) && Object.isFrozen(january.customers[0])).toBe(true);
  });

  it('marks customers in their first 182 days provisional with reviewDue', () => {
    // fresh: first purchase 2025-09-01 is 122 days before asOf (< 182) → provisional,
    // review due 2025-09-01 + 182 days = 2026-03-02 (Sep 30 + Oct 31 + Nov 30 + Dec 31 + Jan 31 + Feb 28 = 181 → Mar 1, +1).
    expect(byId(january, 'fresh')).toMatchObject({ provisional: true, reviewDue: '2026-03-02' });
    // edge: 2025-07-03 is exactly 182 days before asOf: not less than 182 → not provisional.
    expect(byId(january, 'edge').provisional).toBe(false);
    expect(byId(january, 'old').provisional).toBe(false);
    expect(byId(january, 'zero')).toMatchObject({ provisional: false, reviewDue: undefined });
    expect(explainGrade(byId(january, 'fresh').explanation, 'en')).toContain('Provisional: first purchase on 2025-09-01, review due 2026-03-02.');
    expect(explainGrade(byId(january, 'fresh').explanation, 'zh-CN')).toContain('应于 2026-03-02 复评');
  });

  it('keeps the computed grade beside an override, which is in the explanation', () => {
    const edge = byId(january, 'edge');
    expect(edge).toMatchObject({ grade: 'A', computedGrade: 'B', override: { grade: 'A', computedGrade: 'B', reason: 'strategic account', by: 'li.lei' } });
    expect(edge.explanation.grade).toBe('A');
    expect(explainGrade(edge.explanation, 'en')).toContain('Overridden to A by li.lei: strategic account (computed B).');
    expect(explainGrade(edge.explanation, 'zh-CN')).toContain('由 li.lei 人工调整为 A：strategic account（计算结果为 B）。');
    for (const locale of locales) expect(explainGrade(edge.explanation, locale)).not.toMatch(/\{\w+\}/);
  });

  it('rejects overrides without a reason, with an unknown grade or customer', () => {
    const make = (o: { customerId: string; grade: string; reason: string }) => () =>
      createGradingRun(share, figures, { id: 'x', ranBy: 'x', overrides: [o] });
    expect(make({ customerId: 'old', grade: 'A', reason: ' ' })).toThrowError(GradingError);
    expect(make({ customerId: 'old', grade: 'Z', reason: 'r' })).toThrowError(GradingError);
    expect(make({ customerId: 'ghost', grade: 'A', reason: 'r' })).toThrowError(GradingError);
  });

  it('rejects figures that are not those the result was graded from', () => {
    // Same customers and asOf, but a 30-day window: the run would record the wrong figures.
    const other = computeCustomerFigures(book, { asOf, windowDays: 30, customerIds: ['zero'] });
    expect(() => createGradingRun(share, other, { id: 'x', ranBy: 'x' })).toThrowError(GradingError);
    const later = computeCustomerFigures(book, { asOf: '2026-02-01', customerIds: ['zero'] });
    expect(() => createGradingRun(share, later, { id: 'x', ranBy: 'x' })).toThrowError(GradingError);
  });

  it('are append-only', () => {
    const history = appendRun([], january);
    const february = createGradingRun(gradeCustomers(figures, { method: 'abc-count' }), figures, { id: 'feb', ranBy: 'wang.fang' });
    const longer = appendRun(history, february);
    expect(history.map((r) => r.id)).toEqual(['jan']);
    expect(longer.map((r) => r.id)).toEqual(['jan', 'feb']);
    expect(() => appendRun(longer, january)).toThrowError(GradingError);
    expect(Object.isFrozen(longer)).toBe(true);
    // Overriding later makes a new run based on the old one; the old one is unchanged.
    const corrected = overrideGrades(february, [{ customerId: 'fresh', grade: 'B', reason: 'new flagship store' }], { id: 'feb-b', ranBy: 'li.lei' });
    expect(corrected).toMatchObject({ id: 'feb-b', basedOn: 'feb' });
    expect(byId(corrected, 'fresh')).toMatchObject({ grade: 'B', computedGrade: 'C' });
    expect(byId(february, 'fresh').grade).toBe('C');
  });

  it('migration matrix counts from × to and lists movers with both explanations', () => {
    // abc-count (n = 3): A = first ceil(0.3) = 1 → old; B up to ceil(0.9) = 1 → nobody; fresh, edge, zero → C.
    const february = createGradingRun(gradeCustomers(figures, { method: 'abc-count' }), figures, { id: 'feb', ranBy: 'wang.fang' });
    const migration = migrationMatrix(january, february);
    // old A → A; fresh A → C; edge A (override) → C; zero C → C.
    expect(migration.grades).toEqual(['A', 'B', 'C']);
    expect(migration.counts).toEqual({ A: { A: 1, B: 0, C: 2 }, B: { A: 0, B: 0, C: 0 }, C: { A: 0, B: 0, C: 1 } });
    expect(migration.movers.map((m) => [m.customerId, m.from, m.to])).toEqual([
      ['edge', 'A', 'C'],
      ['fresh', 'A', 'C'],
    ]);
    expect(migration.movers[0]!.fromExplanation.override?.reason).toBe('strategic account');
    expect(migration.movers[0]!.toExplanation.method).toBe('abc-count');
    expect([migration.entered, migration.left]).toEqual([[], []]);
  });
});
