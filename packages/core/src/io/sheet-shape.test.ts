// Files that used to change data silently: a bare year read as an Excel serial, dates whose day
// and month order is a guess, mixed line endings, a title row above the header, data on the
// second sheet. Each is read right or refused with line and column.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readDate } from './dates.js';
import { importRows } from './import-rows.js';
import { headerMatcher, suggestMapping } from './mapping.js';
import { parseCsv } from './read-csv.js';
import { readXlsx } from './xlsx.js';

const now = '2025-06-30T00:00:00.000Z';

describe('dates', () => {
  it('never reads a bare number as an Excel day serial', () => {
    for (const text of ['2020', '45000', '1', '202503']) expect(readDate(text), text).toEqual({ ok: false, code: 'badDate' });
    expect(readDate('20250331')).toEqual({ ok: true, value: '2025-03-31' });
  });
  it('refuses day/month-first dates unless the order is named, then reads them in that order', () => {
    expect(readDate('03/04/2025')).toEqual({ ok: false, code: 'ambiguousDate' });
    expect(readDate('31/03/2025')).toEqual({ ok: false, code: 'ambiguousDate' });
    expect(readDate('03/04/2025', 'dmy')).toEqual({ ok: true, value: '2025-04-03' });
    expect(readDate('03/04/2025', 'mdy')).toEqual({ ok: true, value: '2025-03-04' });
    expect(readDate('31/03/2025', 'mdy')).toEqual({ ok: false, code: 'badDate' });
  });
  it('an import refuses a bare year with its line and column, and an ambiguous date with the option to name', () => {
    const table = parseCsv('客户编号,日期,金额\nC1,2025-03-01,100\nC1,2020,100\nC1,03/04/2025,100\n');
    const result = importRows(table, suggestMapping('transaction', table.headers), { now });
    expect(result.records).toHaveLength(1);
    expect(result.issues).toEqual([
      expect.objectContaining({ line: 3, column: 2, code: 'badDate', value: '2020' }),
      expect.objectContaining({ line: 4, column: 2, code: 'ambiguousDate', value: '03/04/2025' }),
    ]);
    expect(result.issues[1]!.reason).toContain('--date-order');
    const ordered = importRows(table, suggestMapping('transaction', table.headers), { now, dateOrder: 'dmy' });
    expect(ordered.records.map((r) => r.record.date)).toEqual(['2025-03-01', '2025-04-03']);
  });
});

describe('line endings', () => {
  it('reads CRLF, LF and CR in one file, and names the one bad row by its line', () => {
    const text = '客户编号,日期,金额\r\nC1,2025-03-01,100\nC2,2025-03-02,200\rC3,2025-03-03\r\nC4,2025-03-04,400\n';
    const table = parseCsv(text);
    expect(table.rows.map((r) => [r.line, r.cells[0]])).toEqual([
      [2, 'C1'],
      [3, 'C2'],
      [5, 'C4'],
    ]);
    expect(table.issues).toEqual([expect.objectContaining({ line: 4, code: 'fieldCount' })]);
  });
});

describe('finding the header row and the sheet', () => {
  const isHeader = headerMatcher('transaction');
  it('skips a title row above the header, says which lines it skipped', () => {
    const table = parseCsv('2025 年 3 月销售明细\n制表：财务部,,\n客户编码,单据日期,金额\nC1,2025-03-01,100\n', { isHeader });
    expect(table.headers).toEqual(['客户编码', '单据日期', '金额']);
    expect(table.headerLine).toBe(3);
    expect(table.titleRows).toEqual([1, 2]);
    expect(table.issues).toEqual([]);
    expect(table.rows).toEqual([{ line: 4, cells: ['C1', '2025-03-01', '100'] }]);
    // Without the matcher (or when no row looks like a header), the first row is the header, as before.
    expect(parseCsv('a,b\n1,2\n', { isHeader }).headers).toEqual(['a', 'b']);
  });
  it('reads the worksheet that holds the data, behind a cover sheet, and finds its header under a title', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('说明').addRows([['本文件由 ERP 导出'], ['导出时间', '2025-04-01']]);
    const data = workbook.addWorksheet('销售明细');
    data.addRows([['2025 年销售明细'], ['客户编号', '日期', '金额'], ['C1', new Date(Date.UTC(2025, 2, 1)), 100], ['C2', '2025-03-02', 200]]);
    const table = await readXlsx(new Uint8Array(await workbook.xlsx.writeBuffer()), { isHeader });
    expect(table.sheet).toBe('销售明细');
    expect(table.headerLine).toBe(2);
    expect(table.titleRows).toEqual([1]);
    expect(table.rows).toEqual([
      { line: 3, cells: ['C1', '2025-03-01', '100'] },
      { line: 4, cells: ['C2', '2025-03-02', '200'] },
    ]);
  });
});
