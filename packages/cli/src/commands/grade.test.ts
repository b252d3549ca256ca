import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { abcGrades, rfmSegments } from '@dossier/core';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { dossier, excelCsv, parseCsv, workspace } from '../testing-fixtures/harness.js';
import { abcColumns, rfmColumns } from './grade.js';

// The book every test grades, as Excel writes it (BOM, CRLF), as of 2025-04-01 with the
// default 365-day window: a line counts when 2024-04-01 <= date < 2025-04-01.
const book = [
  'customer_id,date,amount,order_id',
  'K001,2025-03-31,500,O1', // counted (the day before asOf)
  'K001,2025-01-10,300,O2',
  'K002,2025/2/1,250,O3', // slash date as zh-CN Excel writes it
  'K003,2025-03-01,100,O4',
  'K003,2025-03-01,-30,O4R', // a return
  'K004,2024-03-31,1000,O5', // before the window: not counted
  'K004,2025-04-01,999,O6', // on asOf: not counted
  'K005,2024-04-01,50,O7', // first day of the window: counted
  '"K,006",2025-02-02,0,O8', // quoted id with a comma, zero amount
  ',,,', // an empty row Excel leaves behind
];
// Revenue: K001 800, K002 250, K003 70, K004 0, K005 50, "K,006" 0.
// Ranked (revenue > 0): K001, K002, K003, K005; total 1170.
//   K001 before 0            → A; after 800/1170  = 0.683761
//   K002 before 0.683761     → A; after 1050/1170 = 0.897436
//   K003 before 0.897436 ≥ 0.8 and < 0.95 → B; after 1120/1170 = 0.957265
//   K005 before 0.957265 ≥ 0.95 → C; after 1
// VIP: ceil(0.01 × 4) = 1 → K001. Unranked after the ranked, by id: "K,006" (',' < '0'), K004.

function setup() {
  const ws = workspace();
  ws.file('sales.csv', excelCsv(book));
  return ws;
}

describe('dossier grade on a CSV written by Excel', () => {
  it('grades abc-share exactly, ranked customers first, to --out', async () => {
    const ws = setup();
    const outcome = await dossier(['grade', '--transactions', 'sales.csv', '--as-of', '2025-04-01', '--out', 'grades.csv'], { cwd: ws.dir });
    expect(outcome.stderr).toContain('Graded 6 customers');
    expect(outcome.status).toBe(0);
    expect(outcome.stdout).toBe('');
    const text = readFileSync(join(ws.dir, 'grades.csv'), 'utf8');
    expect(text.split('\r\n')[0]).toBe(abcColumns.join(','));
    const rows = parseCsv(text);
    expect(rows.map((r) => [r.customer_id, r.grade, r.revenue, r.rank, r.share_before, r.share_after, r.vip])).toEqual([
      ['K001', 'A', '800', '1', '0', '0.683761', 'true'],
      ['K002', 'A', '250', '2', '0.683761', '0.897436', 'false'],
      ['K003', 'B', '70', '3', '0.897436', '0.957265', 'false'],
      ['K005', 'C', '50', '4', '0.957265', '1', 'false'],
      ['K,006', 'C', '0', '', '', '', 'false'],
      ['K004', 'C', '0', '', '', '', 'false'],
    ]);
    expect(rows[2]!.explanation).toMatch(/B/);
    expect(rows[2]!.explanation).toMatch(/89\.7/);
  });

  it('writes shares with enough decimals to agree with the grade beside them', async () => {
    // Q1 holds 79,999.96 of 100,000.00: Q2's share before is 0.7999996 < 0.8, so Q2 is A.
    // Six decimals would print 0.8 beside that A; seven print 0.7999996. Q2's share after is 1.
    const ws = workspace();
    ws.file('near.csv', excelCsv(['customer_id,date,amount', 'Q1,2025-03-01,79999.96', 'Q2,2025-03-01,20000.04']));
    const outcome = await dossier(['grade', '-t', 'near.csv', '--as-of', '2025-04-01'], { cwd: ws.dir });
    expect(outcome.status).toBe(0);
    const rows = parseCsv(outcome.stdout);
    expect(rows.map((r) => [r.customer_id, r.grade, r.share_before, r.share_after])).toEqual([
      ['Q1', 'A', '0', '0.7999996'],
      ['Q2', 'A', '0.7999996', '1'],
    ]);
  });

  it('writes explanations in zh-CN with --locale', async () => {
    const ws = setup();
    const outcome = await dossier(['grade', '-t', 'sales.csv', '--as-of', '2025-04-01', '--locale', 'zh-CN'], { cwd: ws.dir });
    expect(outcome.status).toBe(0);
    const rows = parseCsv(outcome.stdout);
    expect(rows[0]!.explanation).toMatch(/[\u4e00-\u9fff]/);
  });

  it('grades abc-amount with the thresholds of a policy file', async () => {
    const ws = setup();
    ws.file('policy.json', JSON.stringify({ method: 'abc-amount', thresholds: { a: 500, b: 100 } }));
    const outcome = await dossier(['grade', '-t', 'sales.csv', '--as-of', '2025-04-01', '--policy', 'policy.json'], { cwd: ws.dir });
    expect(outcome.status).toBe(0);
    // A when revenue >= 500, B when >= 100: K001 800 → A, K002 250 → B, the rest C.
    const grades = Object.fromEntries(parseCsv(outcome.stdout).map((r) => [r.customer_id, r.grade]));
    expect(grades).toEqual({ K001: 'A', K002: 'B', K003: 'C', K005: 'C', 'K,006': 'C', K004: 'C' });
  });

  it('grades abc-count: the first ceil(0.1 n) A, up to ceil(0.3 n) B', async () => {
    const ws = setup();
    const outcome = await dossier(['grade', '-t', 'sales.csv', '--as-of', '2025-04-01', '--method', 'abc-count'], { cwd: ws.dir });
    expect(outcome.status).toBe(0);
    // n = 4 ranked: ceil(0.4) = 1 → K001 A; ceil(1.2) = 2 → K002 B; K003, K005 C.
    const rows = parseCsv(outcome.stdout);
    expect(Object.keys(rows[0]!)).toEqual([...abcColumns]);
    expect(rows.map((r) => `${r.customer_id}:${r.grade}`)).toEqual(['K001:A', 'K002:B', 'K003:C', 'K005:C', 'K,006:C', 'K004:C']);
  });

  it('grades rfm with tie-safe scores and the segment table, by customer id', async () => {
    const ws = setup();
    const outcome = await dossier(['grade', '-t', 'sales.csv', '--as-of', '2025-04-01', '--method', 'rfm', '--format', 'csv'], { cwd: ws.dir });
    expect(outcome.status).toBe(0);
    expect(outcome.stdout.split('\r\n')[0]).toBe(rfmColumns.join(','));
    // Scored (a counted line with amount > 0): K001, K002, K003, K005 → n = 4; score = 1 + floor(5·below/4).
    // Recency days: K001 1, K002 59 (Feb 1 → Apr 1), K003 31, K005 365; below = customers with MORE days:
    //   K001 3 → 4, K003 2 → 3, K002 1 → 2, K005 0 → 1.
    // Orders: K001 2, K002 1, K003 2 (O4, O4R), K005 1; below = strictly fewer: 2 → 3, 0 → 1.
    // Monetary: 800, 250, 70, 50 → below 3, 2, 1, 0 → 4, 3, 2, 1.
    // Segments (R row, F column): K001 R4 F3 potential, K002 R2 F1 hibernating, K003 R3 F3 need-attention, K005 R1 F1 lost.
    expect(parseCsv(outcome.stdout).map((r) => Object.values(r))).toEqual([
      ['K,006', '', '1', '0', '', '', '', 'inactive'],
      ['K001', '1', '2', '800', '4', '3', '4', 'potential'],
      ['K002', '59', '1', '250', '2', '1', '3', 'hibernating'],
      ['K003', '31', '2', '70', '3', '3', '2', 'need-attention'],
      ['K004', '', '0', '0', '', '', '', 'inactive'],
      ['K005', '365', '1', '50', '1', '1', '1', 'lost'],
    ]);
    for (const row of parseCsv(outcome.stdout)) expect(rfmSegments).toContain(row.segment);
  });

  it('grades by scorecard with a manual criterion from the customers file', async () => {
    const ws = setup();
    ws.file('customers.csv', excelCsv(['customer_id,cooperation,region', 'K001,5,East', 'K002,5,East', 'K005,1,West', 'K007,4,West']));
    ws.file(
      'card.json',
      JSON.stringify({
        method: 'scorecard',
        criteria: [
          { key: 'revenue', weight: 0.5, score: { kind: 'linear', min: 0, max: 1000 } },
          { key: 'cooperation', weight: 0.5, score: { kind: 'manual' } },
        ],
      }),
    );
    const outcome = await dossier(['grade', '-t', 'sales.csv', '-c', 'customers.csv', '--as-of', '2025-04-01', '-p', 'card.json'], { cwd: ws.dir });
    expect(outcome.status).toBe(0);
    const rows = parseCsv(outcome.stdout);
    expect(Object.keys(rows[0]!)).toEqual(['customer_id', 'grade', 'total', 'points_revenue', 'points_cooperation', 'explanation']);
    // Points: revenue/1000·100 clamped; manual 1–5 → 25·(v − 1). Total = 0.5·revenue points + 0.5·manual points.
    //   K001 80, 100 → 90 A;  K002 25, 100 → 62.5 B;  K003 7, missing → 3.5 C;  K005 5, 0 → 2.5 C;
    //   K007 (listed, no lines) 0, 75 → 37.5 C;  K004, "K,006" 0, missing → 0 C.
    expect(rows.map((r) => [r.customer_id, r.grade, r.total])).toEqual([
      ['K,006', 'C', '0'],
      ['K001', 'A', '90'],
      ['K002', 'B', '62.5'],
      ['K003', 'C', '3.5'],
      ['K004', 'C', '0'],
      ['K005', 'C', '2.5'],
      ['K007', 'C', '37.5'],
    ]);
  });

  it('applies adjustment rules on customer attributes and includes customers without lines', async () => {
    const ws = setup();
    ws.file('customers.csv', excelCsv(['customer_id,potential', 'K005,high', 'K007,low']));
    ws.file(
      'policy.json',
      JSON.stringify({ method: 'abc-share', adjustments: [{ when: { grade: 'C', attribute: 'potential', equals: 'high' }, to: 'B', reason: 'large potential' }] }),
    );
    const outcome = await dossier(['grade', '-t', 'sales.csv', '-c', 'customers.csv', '--as-of', '2025-04-01', '-p', 'policy.json', '--format', 'json'], {
      cwd: ws.dir,
    });
    expect(outcome.status).toBe(0);
    const json = JSON.parse(outcome.stdout) as { method: string; customers: Record<string, unknown>[] };
    expect(json.method).toBe('abc-share');
    const byId = Object.fromEntries(json.customers.map((c) => [c.customer_id, c]));
    expect(byId.K005!.grade).toBe('B');
    expect(byId.K005!.explanation).toContain('large potential');
    expect(byId.K007).toMatchObject({ grade: 'C', revenue: 0, rank: null });
    expect(json.customers).toHaveLength(7);
    for (const c of json.customers) expect(abcGrades).toContain(c.grade);
  });

  it('reads GB18030 files with --encoding gb18030', async () => {
    const ws = workspace();
    ws.file('gbk.csv', iconv.encode('客户编号,日期,金额\r\n张三,2025-03-01,10\r\n李四,2025-03-02,30\r\n', 'gb18030'));
    const outcome = await dossier(['grade', '-t', 'gbk.csv', '--as-of', '2025-04-01', '--encoding', 'gb18030'], { cwd: ws.dir });
    expect(outcome.status).toBe(0);
    expect(parseCsv(outcome.stdout).map((r) => r.customer_id)).toEqual(['李四', '张三']);
  });
});
