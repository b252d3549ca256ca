import { describe, expect, it } from 'vitest';
import { dossier, workspace } from '../testing-fixtures/harness.js';

// Window: 90 days before 2025-04-01 = 2025-01-01 … 2025-03-31. Sales 3000, cost 1700.
const sales = ['customer_id,date,amount,cost', 'K1,2025-01-05,1000,600', 'K2,2025-02-10,500,200', 'K1,2025-03-20,1500,900'];
const plan = { targets: { sales: 4000, grossMargin: 1000, expenseToSales: 0.1 }, expenses: 240, marketSales: 30000 };
const args = ['analyze', '-t', 'sales.csv', '--as-of', '2025-04-01', '--window-days', '90', '--plan', 'plan.json'];

describe('dossier analyze --plan (年度计划分析)', () => {
  it('reports sales, margin and expenses against the targets, market share and the months, worked by hand', async () => {
    const ws = workspace();
    ws.file('sales.csv', sales.join('\n'));
    ws.file('plan.json', JSON.stringify(plan));
    const json = await dossier([...args, '--format', 'json'], { cwd: ws.dir });
    expect(json.stderr).toBe('');
    const report = JSON.parse(json.stdout) as { annualPlan: Record<string, unknown> & { months: { month: string; cumulativeTarget: number }[] } };
    expect(report.annualPlan).toMatchObject({
      sales: 3000,
      salesAchievement: 0.75, // 3000 / 4000
      salesVariance: -1000,
      grossMargin: 1300, // 3000 − 1700
      grossMarginAchievement: 1.3,
      expenseToSales: 0.08, // 240 / 3000
      marketShare: 0.1, // 3000 / 30000
    });
    // Target pro rata by days: 31, 59 and 90 of 90 days.
    expect(report.annualPlan.months.map((m) => [m.month, Math.round(m.cumulativeTarget * 100) / 100])).toEqual([
      ['2025-01', 1377.78],
      ['2025-02', 2622.22],
      ['2025-03', 4000],
    ]);
    const en = await dossier(args, { cwd: ws.dir });
    expect(en.stdout).toContain('Annual plan (2025-01-01 to 2025-03-31):');
    expect(en.stdout).toContain('  Sales 3,000.00 against target 4,000.00: achievement 75.0%, variance -1,000.00');
    expect(en.stdout).toContain('  Expenses 240.00: 8.0% of sales (target 10.0%)');
    const zh = await dossier([...args, '--locale', 'zh-CN'], { cwd: ws.dir });
    expect(zh.stdout).toContain('  毛利 1,300.00，目标 1,000.00：达成率 130.0%');
    expect(zh.stdout).toContain('  市场占有率 10.0%（市场销售额 30,000.00）');
  });

  it('refuses a plan value that is not a number ≥ 0, naming the member', async () => {
    const ws = workspace();
    ws.file('sales.csv', sales.join('\n'));
    ws.file('plan.json', JSON.stringify({ targets: { sales: '四千' } }));
    const outcome = await dossier(args, { cwd: ws.dir });
    expect(outcome.status).toBe(2);
    expect(outcome.stderr).toMatch(/plan\.json: targets\.sales must be a number ≥ 0/);
  });
});
