// The lost flag and names in explanations. Expected sentences are written out by hand from
// grading.md (rule 1: revenue <= 0 is C; shares) and the catalogue, not produced by the code.
import { describe, expect, it } from 'vitest';
import { explainGrade, isLostCustomer } from './explain.js';
import { computeCustomerFigures } from './figures.js';
import { gradeCustomers } from './grade.js';
import { createGradingRun, migrationMatrix, overrideGrades } from './runs.js';

const ids = ['K1', 'K2', 'K3'];
// Before (2024-07-01 … 2025-06-30): K1 800, K2 100, K3 100 of 1,000 → K1 A (0 % ahead), K2 B
// (80 % ahead, not below 80 %), K3 B (90 % ahead, below 95 %).
const before = computeCustomerFigures(
  [
    { customerId: 'K1', date: '2025-03-01', amount: 800 },
    { customerId: 'K2', date: '2025-03-02', amount: 100 },
    { customerId: 'K3', date: '2025-03-03', amount: 100 },
  ],
  { asOf: '2025-07-01', customerIds: ids },
);
// After (2025-07-01 … 2026-06-30): K1 only a return of 50, K2 nothing, K3 300 → K3 A (and VIP: the
// top ceil(1 % of 1) = 1 ranked customer), K1 and K2 C. Lines before the window count for first purchases only.
const after = computeCustomerFigures(
  [
    { customerId: 'K1', date: '2025-03-01', amount: 800 },
    { customerId: 'K1', date: '2026-02-01', amount: -50 },
    { customerId: 'K3', date: '2025-03-03', amount: 100 },
    { customerId: 'K3', date: '2026-02-03', amount: 300 },
  ],
  { asOf: '2026-07-01', customerIds: ids },
);
const runBefore = createGradingRun(gradeCustomers(before, { method: 'abc-share' }), before, { id: 'r1', ranBy: 'system' });
const runAfter = createGradingRun(gradeCustomers(after, { method: 'abc-share' }), after, { id: 'r2', ranBy: 'system' });
const migration = migrationMatrix(runBefore, runAfter);
const mover = (id: string) => migration.movers.find((m) => m.customerId === id)!;

describe('lost customers', () => {
  it('an A or B customer with no sales, or only returns, is lost; one that grew is not; no grade changes', () => {
    expect(migration.movers.map((m) => [m.customerId, m.from, m.to])).toEqual([
      ['K1', 'A', 'C'],
      ['K2', 'B', 'C'],
      ['K3', 'B', 'A'],
    ]);
    expect(isLostCustomer('A', mover('K1').toExplanation)).toBe(true);
    expect(isLostCustomer('B', mover('K2').toExplanation)).toBe(true);
    expect(isLostCustomer('B', mover('K3').toExplanation)).toBe(false);
    // a C customer with no sales was never a key account: not "lost"
    expect(isLostCustomer('C', mover('K2').toExplanation)).toBe(false);
  });

  it('says so in words in both locales, naming the customer by name or, unnamed, as "this customer"', () => {
    expect(explainGrade(mover('K1').toExplanation, 'zh-CN', { name: '杭州科技', previousGrade: 'A' })).toBe(
      '杭州科技 已流失：上期为 A 类，本期只有退货（销售额 -50），因此转为 C 类，不参与排名。',
    );
    expect(explainGrade(mover('K2').toExplanation, 'zh-CN', { name: null, previousGrade: 'B' })).toBe(
      '该客户 已流失：上期为 B 类，本期没有销售（销售额 0），因此转为 C 类，不参与排名。',
    );
    expect(explainGrade(mover('K2').toExplanation, 'en', { name: null, previousGrade: 'B' })).toBe(
      'This customer is lost: B in the run before, no sales in this window (revenue 0), so now C and not ranked.',
    );
    expect(explainGrade(mover('K1').toExplanation, 'en', { name: 'Hangzhou Tech', previousGrade: 'A' })).toBe(
      'Hangzhou Tech is lost: A in the run before, only returns in this window (revenue -50), so now C and not ranked.',
    );
  });

  it('names a customer that is not lost, and without options keeps the id (files, logs)', () => {
    expect(explainGrade(mover('K3').toExplanation, 'zh-CN', { name: '宁波贸易', previousGrade: 'B' })).toBe(
      '宁波贸易 为 A 类：销售额 300，排名第 1/1；排在前面的客户占销售额 0%，加上该客户为 100%（前面占比低于 80% 为 A，低于 95% 为 B）。该客户为 VIP：销售额排名前 1。',
    );
    expect(explainGrade(mover('K2').toExplanation, 'zh-CN')).toBe('K2 为 C 类：销售额 0 不为正，不参与排名。');
  });

  it('names the person who overrode a grade', () => {
    const corrected = overrideGrades(runAfter, [{ customerId: 'K2', grade: 'B', reason: '战略客户', by: 'u-wang' }], { id: 'r2b', ranBy: 'u-wang' });
    const k2 = corrected.customers.find((c) => c.customerId === 'K2')!;
    expect(k2.grade).toBe('B');
    const names: Record<string, string> = { 'u-wang': '王芳' };
    expect(explainGrade(k2.explanation, 'zh-CN', { name: '温州五金', previousGrade: 'B', personName: (id) => names[id] })).toBe(
      '温州五金 已流失：上期为 B 类，本期没有销售（销售额 0），因此转为 C 类，不参与排名。由 王芳 人工调整为 B：战略客户（计算结果为 C）。',
    );
  });
});
