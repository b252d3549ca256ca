// Every sheet the command writes (grade in each method's layout, export to CSV and XLSX, the
// import report) keeps hostile ids and explanations inert: read back, no text cell starts with
// a character a spreadsheet would run as a formula, and removing the one apostrophe gives the id.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { readXlsx, restoreCell } from '@dossier/core';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../io.js';
import { dossier, excelCsv, workspace } from '../testing-fixtures/harness.js';
import { exportCommand } from './export.js';
import { importCommand } from './import.js';

// Ids are trimmed on reading, so a leading tab is not among them (the core writers' test has it).
const hostile = ['=1+1', "-2+3+cmd|' /C calc'!A0", '=HYPERLINK("http://evil.example","x")', '@SUM(1+1)', '+1+1', '＝1+1', '＋1', '＠SUM(A1)'];
const trigger = /^[=+\-@\t\r\n＝＋－＠]/;

function readBack(text: string): string[][] {
  return Papa.parse<string[]>(text.replace(/^\uFEFF/, '').trim(), { header: false }).data;
}

function quietIo(cwd: string): CliIo {
  return { stdout: new PassThrough(), stderr: new PassThrough(), env: {}, cwd };
}

describe('hostile ids through every writer of the command', () => {
  const lines = ['customer_id,date,amount', ...hostile.map((id, i) => `"${id.replace(/"/g, '""')}",2025-03-0${(i % 9) + 1},${(i + 1) * 100}`)];

  for (const method of ['abc-share', 'rfm', 'scorecard'] as const) {
    it(`grade --method ${method}: customer_id and explanation cells come out inert`, async () => {
      const ws = workspace();
      ws.file('sales.csv', excelCsv(lines));
      const args = ['grade', '-t', 'sales.csv', '--as-of', '2025-04-01', '--method', method, '--out', 'grades.csv', '-q'];
      if (method === 'scorecard') {
        ws.file('policy.json', JSON.stringify({ method: 'scorecard', criteria: [{ key: 'revenue', weight: 1, score: { kind: 'linear', min: 0, max: 1000 } }] }));
        args.splice(args.indexOf('--method'), 2, '--policy', 'policy.json');
      }
      const outcome = await dossier(args, { cwd: ws.dir });
      expect(outcome.stderr).toBe('');
      expect(outcome.status).toBe(0);
      const [header, ...rows] = readBack(readFileSync(join(ws.dir, 'grades.csv'), 'utf8'));
      expect(rows).toHaveLength(hostile.length);
      for (const row of rows) for (const cell of row) expect(trigger.test(cell), cell).toBe(false);
      const ids = rows.map((row) => restoreCell(row[header!.indexOf('customer_id')]!));
      expect(ids.sort()).toEqual([...hostile].sort());
    });
  }

  it('export to CSV and XLSX and the import report write hostile names inert', async () => {
    const ws = workspace();
    ws.file('客户.csv', excelCsv(['客户编号,客户名称,手机', ...hostile.map((name, i) => `K${i},"${name.replace(/"/g, '""')}",${i === 0 ? 'bad' : `1381234123${i}`}`)]));
    expect(await importCommand(['客户.csv', '--archive', 'a.json', '--now', '2025-06-30T00:00:00.000Z', '--report', 'report.csv'], quietIo(ws.dir))).toBe(2);
    // The rejected row's value and reason appear in the report: its cells are inert too.
    for (const row of readBack(readFileSync(join(ws.dir, 'report.csv'), 'utf8'))) for (const cell of row) expect(trigger.test(cell), cell).toBe(false);
    expect(await exportCommand(['--archive', 'a.json', '--out', 'out.csv'], quietIo(ws.dir))).toBe(0);
    const csv = readBack(readFileSync(join(ws.dir, 'out.csv'), 'utf8'));
    for (const row of csv) for (const cell of row) expect(trigger.test(cell), cell).toBe(false);
    expect(await exportCommand(['--archive', 'a.json', '--out', 'out.xlsx'], quietIo(ws.dir))).toBe(0);
    const table = await readXlsx(new Uint8Array(readFileSync(join(ws.dir, 'out.xlsx'))));
    const column = table.headers.findIndex((h) => /name/i.test(h));
    expect(column, table.headers.join()).toBeGreaterThanOrEqual(0);
    const names = table.rows.map((row) => row.cells[column]!);
    for (const name of names) expect(trigger.test(name), name).toBe(false);
    expect(names.map(restoreCell).sort()).toEqual(hostile.slice(1).sort());
  });
});
