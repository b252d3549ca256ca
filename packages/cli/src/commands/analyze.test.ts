import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dossier, excelCsv, workspace } from '../testing-fixtures/harness.js';
import type { AnalysisReport } from './analyze.js';

// As of 2025-04-01, window 365 days (2024-04-01 … 2025-03-31).
const book = [
  'customer_id,date,amount,order_id,category,product_id,cost',
  'K001,2025-03-31,500,O1,tea,P1,300',
  'K001,2025-01-10,300,O2,tea,P1,180',
  'K002,2025-02-01,250,O3,cups,P2,100',
  'K003,2025-03-01,100,O4,cups,P2,40',
  'K003,2025-03-01,-30,O4R,cups,P2,-12',
  'K004,2024-03-31,1000,O5,tea,P1,600', // outside the window
  'K005,2024-04-01,50,O7,tea,P3,20',
];
const customers = ['customer_id,region,potential', 'K001,East,high', 'K002,East,', 'K005,West,low', 'K007,West,high'];
// Population: K001–K005 from the book + K007 from the customers file = 6 customers.
// Revenue in the window: K001 800, K002 250, K003 70, K004 0, K005 50, K007 0; total 1170.
// ABC share: K001 A (before 0), K002 A (before 800/1170 = 0.684), K003 B (before 1050/1170 = 0.897),
// K005 C (before 1120/1170 = 0.957); K004 and K007 C (no revenue).
//   By grade: A 2 customers, 1050; B 1, 70; C 3, 50.
//   By region: East K001, K002 → 2, 1050; West K005, K007 → 2, 50; none K003, K004 → 2, 70.
//   By category (lines): tea 800 + 50 = 850 (K001, K005); cups 250 + 100 − 30 = 320 (K002, K003).

function setup() {
  const ws = workspace();
  ws.file('sales.csv', excelCsv(book));
  ws.file('customers.csv', excelCsv(customers));
  return ws;
}

describe('dossier analyze', () => {
  it('writes composition by grade, by customer attribute and by category, Pareto and lifecycle as JSON', async () => {
    const ws = setup();
    const outcome = await dossier(
      ['analyze', '-t', 'sales.csv', '-c', 'customers.csv', '--as-of', '2025-04-01', '--format', 'json', '--out', 'report.json'],
      { cwd: ws.dir },
    );
    expect(outcome.stderr).toBe('');
    expect(outcome.status).toBe(0);
    const report = JSON.parse(readFileSync(join(ws.dir, 'report.json'), 'utf8')) as AnalysisReport;
    const rows = (dimension: string) =>
      report.compositions.find((c) => c.dimension === dimension)!.result.rows.map((r) => [r.key, r.customers, r.revenue]);
    expect(rows('grade')).toEqual([
      ['A', 2, 1050],
      ['B', 1, 70],
      ['C', 3, 50],
    ]);
    expect(rows('region')).toEqual([
      ['East', 2, 1050],
      [null, 2, 70],
      ['West', 2, 50],
    ]);
    expect(rows('category')).toEqual([
      ['tea', 2, 850],
      ['cups', 2, 320],
    ]);
    // `potential` is not a default dimension: only region is broken down unless --by says so.
    expect(report.compositions.map((c) => c.dimension)).toEqual(['grade', 'region', 'category']);
    expect(report.pareto.customers).toBe(6);
    expect(report.pareto.positiveCustomers).toBe(4);
    expect(report.pareto.netRevenue).toBe(1170);
    expect(report.pareto.gini).toBeGreaterThan(0);
    expect(report.pareto.gini).toBeLessThan(1);
    expect(report.products?.rows.map((r) => [r.key, r.sales])).toEqual([
      ['P1', 800],
      ['P2', 320],
      ['P3', 50],
    ]);
    // Active (a purchase) in 2024-04-01…2025-03-31: K001, K002, K003, K005; in the year before: K004 only
    // (2024-03-31). K004 is lost; the four are new (first purchase ever in the window).
    expect(report.lifecycle).toMatchObject({ new: 4, lost: 1, retained: 0, previousActive: 1, currentActive: 4 });
  });

  it('prints readable tables, in zh-CN too, and breaks down by --by', async () => {
    const ws = setup();
    const en = await dossier(['analyze', '-t', 'sales.csv', '-c', 'customers.csv', '--as-of', '2025-04-01', '--by', 'potential'], { cwd: ws.dir });
    expect(en.status).toBe(0);
    expect(en.stdout).toContain('Composition by ABC grade');
    expect(en.stdout).toContain('Composition by potential');
    expect(en.stdout).not.toContain('Composition by region');
    expect(en.stdout).toMatch(/Pareto: the top 20 % of customers make/);
    expect(en.stdout).toMatch(/A\s+2\s+33\.3%\s+1,050\.00\s+89\.7%/);
    const zh = await dossier(['analyze', '-t', 'sales.csv', '--as-of', '2025-04-01', '--locale', 'zh-CN'], { cwd: ws.dir });
    expect(zh.status).toBe(0);
    expect(zh.stdout).toContain('按ABC 等级的构成');
    expect(zh.stdout).toContain('帕累托');
  });

  it('names the attributes it knows by their labels (region: 销售区域 / territory), and the user’s own columns as they are', async () => {
    const ws = setup();
    const zh = await dossier(['analyze', '-t', 'sales.csv', '-c', 'customers.csv', '--as-of', '2025-04-01', '--by', 'region,potential', '--locale', 'zh-CN'], { cwd: ws.dir });
    expect(zh.status).toBe(0);
    expect(zh.stdout).toContain('按销售区域的构成');
    expect(zh.stdout).toContain('按potential的构成');
    expect(zh.stdout).not.toContain('按region的构成');
    const en = await dossier(['analyze', '-t', 'sales.csv', '-c', 'customers.csv', '--as-of', '2025-04-01', '--by', 'region', '--locale', 'en'], { cwd: ws.dir });
    expect(en.stdout).toContain('Composition by territory');
  });

  it('rejects a --by that is not a column of the customers file', async () => {
    const ws = setup();
    const outcome = await dossier(['analyze', '-t', 'sales.csv', '-c', 'customers.csv', '--as-of', '2025-04-01', '--by', 'planet'], { cwd: ws.dir });
    expect(outcome.status).toBe(2);
    expect(outcome.stderr).toMatch(/--by: "planet".*region, potential/);
  });
});
