import { describe, expect, it } from 'vitest';
import { decodeText } from './decode.js';
import { parseCsv, readCsv } from './read-csv.js';
import { writeCsv } from './write-csv.js';

const utf8 = (text: string) => new TextEncoder().encode(text);
// 客户名称 in GBK: 客 BFCD 户 BBA7 名 C3FB 称 B3C6; 王芳: 王 CDF5 芳 B7BC.
const gbk = new Uint8Array([0xbf, 0xcd, 0xbb, 0xa7, 0xc3, 0xfb, 0xb3, 0xc6, 0x0d, 0x0a, 0xcd, 0xf5, 0xb7, 0xbc, 0x0d, 0x0a]);

describe('reading CSV bytes', () => {
  it('reads UTF-8 with and without a BOM, and GBK as Excel on Chinese Windows writes it', () => {
    expect(readCsv(utf8('\uFEFF客户名称\n王芳\n')).headers).toEqual(['客户名称']);
    expect(readCsv(utf8('客户名称\n王芳\n')).rows[0]?.cells).toEqual(['王芳']);
    const table = readCsv(gbk);
    expect(table.headers).toEqual(['客户名称']);
    expect(table.rows).toEqual([{ line: 2, cells: ['王芳'] }]);
    expect(decodeText(gbk).encoding).toBe('gb18030');
    expect(decodeText(gbk, 'gbk').text).toBe('客户名称\r\n王芳\r\n');
  });

  it('guesses a semicolon or tab separator from the header', () => {
    expect(parseCsv('a;b\n1;2\n').rows[0]?.cells).toEqual(['1', '2']);
    expect(parseCsv('a\tb\n1\t2\n').rows[0]?.cells).toEqual(['1', '2']);
  });
});

describe('parseCsv keeps going past bad rows', () => {
  it('keeps a quoted cell with an embedded newline as one row, numbered by its first line', () => {
    const table = parseCsv('名称,备注\n甲,"第一行\n第二行"\n乙,无\n');
    expect(table.rows).toEqual([
      { line: 2, cells: ['甲', '第一行\n第二行'] },
      { line: 4, cells: ['乙', '无'] },
    ]);
    expect(table.issues).toEqual([]);
  });

  it('reports a row with the wrong number of cells and reads the next one', () => {
    const table = parseCsv('a,b,c\n1,2\n3,4,5\n6,7,8,9\n', { locale: 'zh-CN' });
    expect(table.rows).toEqual([{ line: 3, cells: ['3', '4', '5'] }]);
    expect(table.issues.map((i) => [i.line, i.code])).toEqual([
      [2, 'fieldCount'],
      [4, 'fieldCount'],
    ]);
    expect(table.issues[0]?.reason).toBe('该行有 2 个单元格，而表头有 3 列；请检查是否缺少或多出分隔符。');
  });

  it('recovers the good rows an unbalanced quote swallowed', () => {
    // Line 3 opens a quote that papaparse closes only at the end of line 5's quoted cell:
    // lines 4 and 5 (good rows) must still be read, line 3 reported.
    const text = ['id,name,note', '1,a,ok', '2,"broken,x', '3,c,fine', '4,"quoted",y', '5,e,last', ''].join('\n');
    const table = parseCsv(text);
    expect(table.rows.map((r) => [r.line, r.cells[0]])).toEqual([
      [2, '1'],
      [4, '3'],
      [5, '4'],
      [6, '5'],
    ]);
    expect(table.issues.map((i) => [i.line, i.code])).toEqual([[3, 'badQuotes']]);
    expect(table.issues[0]?.value).toBe('2,"broken,x');
  });

  it('recovers when the open quote runs to the end of the file', () => {
    const table = parseCsv('id,name\n1,"never closed\n2,b\n3,c\n');
    expect(table.rows.map((r) => r.line)).toEqual([3, 4]);
    expect(table.issues.map((i) => i.line)).toEqual([2]);
  });

  it('says so when there is no header', () => {
    expect(parseCsv('\n\n').issues[0]?.code).toBe('noHeader');
  });
});

describe('writeCsv', () => {
  it('quotes what needs quoting and starts with a BOM for Excel; parse reads it back', () => {
    const rows = [
      ['名称', '备注'],
      ['甲,乙', '说 "好"\n第二行'],
    ];
    const text = writeCsv(rows);
    expect(text.startsWith('\uFEFF名称,备注\r\n"甲,乙"')).toBe(true);
    expect(parseCsv(text).rows[0]?.cells).toEqual(rows[1]);
  });
});
