// Type tests of @dossier/core/io (see ../public-api.test-d.ts): they run nothing.
import { describe, expectTypeOf, it } from 'vitest';
import { parseCsv, readCsv, readXlsx, writeCsv, writeXlsx, type SheetTable } from './index.js';

describe('@dossier/core/io', () => {
  it("the README's readCsv/writeCsv: bytes in, a table out; plain cells in, text out", () => {
    expectTypeOf(readCsv(new Uint8Array(), { locale: 'zh-CN' })).toEqualTypeOf<SheetTable>();
    expectTypeOf(parseCsv('客户名称\n杭州科技').rows[0]!.line).toEqualTypeOf<number>();
    expectTypeOf(writeCsv([['客户名称', 12.5, true, null]])).toEqualTypeOf<string>();
    // @ts-expect-error cells are plain values, not objects
    writeCsv([[{ name: '杭州科技' }]]);
  });

  it('Excel is asynchronous (exceljs loads on first use)', () => {
    expectTypeOf(readXlsx(new Uint8Array())).toEqualTypeOf<Promise<SheetTable>>();
    expectTypeOf(writeXlsx([['a']])).toEqualTypeOf<Promise<Uint8Array>>();
  });
});
