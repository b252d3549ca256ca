import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordKinds } from '../schema/stored-record.js';
import { importRows } from './import-rows.js';
import { suggestMapping } from './mapping.js';
import { parseCsv, readCsv } from './read-csv.js';

const csvChar = fc.constantFrom('a', '王', '1', '-', '.', ',', ';', '"', "'", '=', '\n', '\r', ' ', '\t', '、', '年', '月', '日');
const csvText = fc.string({ unit: csvChar, maxLength: 300 });
const headerLine = fc.constantFrom('客户名称,手机,地址,统一社会信用代码,年销售额\n', '客户编号,日期,金额,数量\n', 'id,name,tags,credit.limit\n', '');

describe('the importer never crashes or hangs on random input', () => {
  it('on random text after a plausible header, for every record kind', () => {
    fc.assert(
      fc.property(headerLine, csvText, fc.constantFrom(...recordKinds), (header, body, kind) => {
        const started = performance.now();
        const table = parseCsv(header + body);
        const result = importRows(table, suggestMapping(kind, table.headers, table.rows), { now: '2025-01-01T00:00:00.000Z' });
        // every row is accounted for: written or reported
        const reported = new Set(result.issues.map((i) => i.line));
        for (const row of table.rows) expect(result.records.some((r) => r.line === row.line) || reported.has(row.line)).toBe(true);
        expect(performance.now() - started).toBeLessThan(2000);
      }),
      { numRuns: 300 },
    );
  });

  it('on random bytes in any encoding', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const table = readCsv(bytes);
        expect(Array.isArray(table.rows)).toBe(true);
        importRows(table, suggestMapping('customer', table.headers), { now: '2025-01-01T00:00:00.000Z' });
      }),
      { numRuns: 200 },
    );
  });
});
