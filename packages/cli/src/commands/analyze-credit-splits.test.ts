import { describe, expect, it } from 'vitest';
import { dossier, workspace } from '../testing-fixtures/harness.js';

// Window: 90 days before 2025-04-01 = 2025-01-01 … 2025-03-31. Each customer's rep is in the rep column.
const sales = [
  'customer_id,date,amount,cost,order_id,rep',
  'K1,2025-01-05,1000.01,600,O1,wang',
  'K2,2025-02-10,500,200,O2,li',
  'K3,2025-03-20,101,50,O3,zhao',
];
// K1 handed over from wang to li (default 60/40); K3 an engineering deal of the engineering
// department with zhao, at 70/30 (the file's policy, here the default written out).
const splits = {
  customers: { K1: { rule: 'handover', parties: ['wang', 'li'] }, K3: { rule: 'engineering', parties: ['eng', 'zhao'] } },
  policy: { engineering: [70, 30] },
};
const args = ['analyze', '-t', 'sales.csv', '--as-of', '2025-04-01', '--window-days', '90', '--credit-splits', 'splits.json'];

describe('dossier analyze --credit-splits (业绩分成)', () => {
  it('splits the shared customers’ sales and cost exactly in fen, orders staying with the customer’s rep, worked by hand', async () => {
    const ws = workspace();
    ws.file('sales.csv', sales.join('\n'));
    ws.file('splits.json', JSON.stringify(splits));
    const json = await dossier([...args, '--format', 'json'], { cwd: ws.dir });
    expect(json.stderr).toBe('');
    const report = JSON.parse(json.stdout) as { salesForce: { splits: number; rows: { rep: string | null; sales: number; grossMargin: number | null; orders: number; buyingCustomers: number }[] } };
    expect(report.salesForce.splits).toBe(2);
    const row = (rep: string) => report.salesForce.rows.find((r) => r.rep === rep);
    // K1: 100001 fen × 60/40 = 60000.6 / 40000.4 → 60000 + the odd fen to the larger fraction (wang), 40000.
    // Cost 60000 fen → 36000 / 24000. K3: 10100 fen × 70/30 = 7070 / 3030; cost 5000 → 3500 / 1500.
    expect(row('wang')).toMatchObject({ sales: 600.01, grossMargin: 240.01, orders: 1, buyingCustomers: 1 });
    expect(row('li')).toMatchObject({ sales: 900, grossMargin: 460, orders: 1, buyingCustomers: 1 }); // 400 + 500; cost 240 + 200
    expect(row('zhao')).toMatchObject({ sales: 30.3, grossMargin: 15.3, orders: 1, buyingCustomers: 1 });
    expect(row('eng')).toMatchObject({ sales: 70.7, grossMargin: 35.7, orders: 0, buyingCustomers: 0 });

    const en = await dossier(args, { cwd: ws.dir });
    expect(en.stdout).toContain('Sales force by rep (2 customers with shared credit):');
    expect(en.stdout).toMatch(/ {2}wang +600\.01 +240\.01 +1 +1 +\d+ +\d+/);
    const zh = await dossier([...args, '--locale', 'zh-CN'], { cwd: ws.dir });
    expect(zh.stdout).toContain('销售队伍分析（按业务员；2 个客户分成计算业绩）：');
    expect(zh.stdout).toMatch(/业务员 +销售额 +毛利 +订单数 +成交客户数/);
    expect(zh.stdout).toMatch(/ {2}li +900\.00 +460\.00/);
  });

  it('refuses a split of an unknown rule, naming the file and the customer, and a policy not summing to 100', async () => {
    const ws = workspace();
    ws.file('sales.csv', sales.join('\n'));
    ws.file('splits.json', JSON.stringify({ customers: { K1: { rule: 'gift', parties: ['wang', 'li'] } } }));
    const outcome = await dossier(args, { cwd: ws.dir });
    expect(outcome.status).toBe(2);
    expect(outcome.stderr).toMatch(/splits\.json.*customer K1 must have a rule/);
    const zhRule = await dossier([...args, '--locale', 'zh-CN'], { cwd: ws.dir });
    expect(zhRule.stderr).toMatch(/splits\.json.*客户 K1 须有规则/);
    ws.file('splits.json', JSON.stringify({ customers: {}, policy: { handover: [60, 50] } }));
    const zh = await dossier([...args, '--locale', 'zh-CN'], { cwd: ws.dir });
    expect(zh.status).toBe(2);
    expect(zh.stderr).toMatch(/splits\.json/);
    expect(zh.stderr).toMatch(/handover/);
  });

  it('needs a rep column to credit sales to', async () => {
    const ws = workspace();
    ws.file('sales.csv', sales.map((line) => line.slice(0, line.lastIndexOf(','))).join('\n'));
    ws.file('splits.json', JSON.stringify(splits));
    const outcome = await dossier(args, { cwd: ws.dir });
    expect(outcome.status).toBe(2);
    expect(outcome.stderr).toMatch(/--credit-splits/);
  });
});
