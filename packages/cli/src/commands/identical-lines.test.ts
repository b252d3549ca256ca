// Transaction lines have no natural key: three identical purchases are three purchases, in
// `import` (unless a key is named) and in `grade`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../io.js';
import { dossier, excelCsv, parseCsv, workspace } from '../testing-fixtures/harness.js';
import { importCommand } from './import.js';

const lines = ['customer_id,date,amount', 'C1,2025-03-01,100', 'C1,2025-03-01,100', 'C1,2025-03-01,100', 'C2,2025-03-02,250'];

function io(cwd: string): CliIo & { err: () => string } {
  const stderr = new PassThrough();
  let text = '';
  stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return { stdout: new PassThrough(), stderr, env: {}, cwd, err: () => text };
}

describe('identical transaction lines', () => {
  it('import keeps all three identical lines', async () => {
    const ws = workspace();
    ws.file('sales.csv', excelCsv(lines));
    const run = io(ws.dir);
    expect(await importCommand(['sales.csv', '--kind', 'transaction', '--archive', 'a.json', '--now', '2025-06-30T00:00:00.000Z'], run)).toBe(0);
    expect(run.err()).toContain('4 rows, 4 new');
    const archive = JSON.parse(readFileSync(join(ws.dir, 'a.json'), 'utf8')) as { transaction: { customerId: string; amount: number }[] };
    expect(archive.transaction.filter((t) => t.customerId === 'C1').map((t) => t.amount)).toEqual([100, 100, 100]);
    // the same file again, later: its lines are named by file and line, so nothing is doubled
    expect(await importCommand(['sales.csv', '--kind', 'transaction', '--archive', 'a.json', '--now', '2025-07-31T00:00:00.000Z'], io(ws.dir))).toBe(0);
    const again = JSON.parse(readFileSync(join(ws.dir, 'a.json'), 'utf8')) as { transaction: unknown[] };
    expect(again.transaction).toHaveLength(4);
  });

  it('import upserts by the key the user names, and then refuses the repeated key', async () => {
    const ws = workspace();
    ws.file('sales.csv', excelCsv(['customer_id,date,amount,order_id', 'C1,2025-03-01,100,SO-1', 'C1,2025-03-01,100,SO-1', 'C1,2025-03-01,100,SO-2']));
    const run = io(ws.dir);
    expect(await importCommand(['sales.csv', '--kind', 'transaction', '--key', 'orderId', '--archive', 'a.json', '--now', '2025-06-30T00:00:00.000Z'], run)).toBe(2);
    expect(run.err()).toContain('sales.csv:3');
    const archive = JSON.parse(readFileSync(join(ws.dir, 'a.json'), 'utf8')) as { transaction: { orderId: string }[] };
    expect(archive.transaction.map((t) => t.orderId)).toEqual(['SO-1', 'SO-2']);
  });

  it('grade counts all three: C1 has 300 of revenue', async () => {
    const ws = workspace();
    ws.file('sales.csv', excelCsv(lines));
    const outcome = await dossier(['grade', '-t', 'sales.csv', '--as-of', '2025-04-01', '-q'], { cwd: ws.dir });
    expect(outcome.status).toBe(0);
    expect(parseCsv(outcome.stdout).map((row) => [row.customer_id, row.revenue])).toEqual([
      ['C1', '300'],
      ['C2', '250'],
    ]);
  });
});

describe('import finds the header under a title row and says so', () => {
  it('reads an ERP export with a title row, names the header line on stderr', async () => {
    const ws = workspace();
    ws.file('sales.csv', excelCsv(['2025 年 3 月销售明细,,', '客户编码,单据日期,价税合计', 'C1,2025-03-01,100', 'C1,2020,100']));
    const run = io(ws.dir);
    expect(await importCommand(['sales.csv', '--kind', 'transaction', '--archive', 'a.json', '--now', '2025-06-30T00:00:00.000Z'], run)).toBe(2);
    expect(run.err()).toContain('the header is on line 2');
    // the bare year is refused with its line and column, not read as an Excel serial
    expect(run.err()).toContain('sales.csv:4:2: “2020” is not a calendar date');
    const archive = JSON.parse(readFileSync(join(ws.dir, 'a.json'), 'utf8')) as { transaction: { customerId: string; amount: number }[] };
    expect(archive.transaction.map((t) => [t.customerId, t.amount])).toEqual([['C1', 100]]);
  });
});

describe('grade names the real bad row, whatever the line ends', () => {
  it('a bare year in the date column is refused with its line and column, never read as an Excel serial', async () => {
    const ws = workspace();
    ws.file('sales.csv', excelCsv(['customer_id,date,amount', 'C1,2025-03-01,100', 'C2,2020,100']));
    const outcome = await dossier(['grade', '-t', 'sales.csv', '--as-of', '2025-04-01', '-q'], { cwd: ws.dir });
    expect(outcome.status).toBe(2);
    expect(outcome.stderr).toContain('sales.csv, line 3, column 2 (date)');
  });
  it('with CRLF, LF and CR mixed, the one bad amount is named by its own line', async () => {
    const ws = workspace();
    ws.file('sales.csv', 'customer_id,date,amount\r\nC1,2025-03-01,100\nC2,2025-03-02,200\rC3,2025-03-03,abc\r\nC4,2025-03-04,400\n');
    const outcome = await dossier(['grade', '-t', 'sales.csv', '--as-of', '2025-04-01', '-q'], { cwd: ws.dir });
    expect(outcome.status).toBe(2);
    expect(outcome.stderr).toContain('sales.csv, line 4, column 3 (amount)');
  });
});

describe('grade reads dates as import does', () => {
  const sheet = ['customer_id,date,amount', 'C1,03/04/2025,100', 'C2,2025年3月2日,50'];
  it('refuses a day/month-first date without --date-order, naming line and column', async () => {
    const ws = workspace();
    ws.file('sales.csv', excelCsv(sheet));
    const outcome = await dossier(['grade', '-t', 'sales.csv', '--as-of', '2025-04-10', '-q'], { cwd: ws.dir });
    expect(outcome.status).toBe(2);
    expect(outcome.stderr).toContain('sales.csv, line 2, column 2 (date): "03/04/2025" does not say whether the day or the month comes first');
  });
  it('reads it in the order --date-order names, and 2025年3月2日 as import reads it', async () => {
    const ws = workspace();
    ws.file('sales.csv', excelCsv(sheet));
    // dmy: 3 April 2025, inside a window ending 2025-04-04 (as of 2025-04-04, one day: 2025-04-03 only)
    const dmy = await dossier(['grade', '-t', 'sales.csv', '--as-of', '2025-04-04', '--window-days', '1', '--date-order', 'dmy', '-q'], { cwd: ws.dir });
    expect(parseCsv(dmy.stdout).map((r) => [r.customer_id, r.revenue])).toEqual([['C1', '100'], ['C2', '0']]);
    // mdy: 4 March 2025 — outside that window
    const mdy = await dossier(['grade', '-t', 'sales.csv', '--as-of', '2025-04-04', '--window-days', '1', '--date-order', 'mdy', '-q'], { cwd: ws.dir });
    expect(parseCsv(mdy.stdout).map((r) => [r.customer_id, r.revenue]).sort()).toEqual([['C1', '0'], ['C2', '0']]);
  });
});
