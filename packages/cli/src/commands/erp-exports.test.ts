// An ERP's exports as they come: Chinese headers under a title row, thousands separators, GBK,
// mixed line ends, extra columns (地区, 业务员); and the same book as an .xlsx with a cover sheet.
// `grade` and `analyze` read them to the same result as a clean file.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { cleanCsv, erpCsvGbk, expected, lines } from '../testing-fixtures/erp-book.js';
import { dossier, excelCsv, parseCsv, workspace } from '../testing-fixtures/harness.js';

async function erpXlsx(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('封面').addRows([['销售出库明细'], ['导出人', '财务部']]);
  const sheet = workbook.addWorksheet('明细');
  sheet.addRow(['销售出库明细表']);
  sheet.addRow(['客户编码', '单据日期', '金额（元）', '销售订单号', '地区']);
  lines.forEach(([c, d, a, region], i) => sheet.addRow([c, new Date(`${d}T00:00:00Z`), a, `SO-${i}`, region]));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function grade(file: string, content: Buffer, extra: string[] = []) {
  const ws = workspace();
  ws.file(file, content);
  const outcome = await dossier(['grade', '-t', file, '--as-of', '2025-04-01', ...extra], { cwd: ws.dir });
  return { ...outcome, rows: parseCsv(outcome.stdout).map((r) => [r.customer_id, r.grade, r.revenue]) };
}

describe('grade on ERP exports', () => {
  it('a clean file grades as worked out by hand', async () => {
    const clean = await grade('clean.csv', cleanCsv(), ['-q']);
    expect(clean.status).toBe(0);
    expect(clean.rows).toEqual(expected);
  });

  it('a GBK CSV with Chinese headers under a title row, thousands separators and mixed line ends grades the same', async () => {
    const erp = await grade('销售明细.csv', erpCsvGbk());
    expect(erp.stderr).toContain('销售明细.csv: the header is on line 2; the line(s) above it (1) were skipped as a title.');
    expect(erp.status).toBe(0);
    expect(erp.rows).toEqual(expected);
    // --encoding gbk and gb18030 read it the same as auto
    for (const encoding of ['gbk', 'gb18030']) expect((await grade('销售明细.csv', erpCsvGbk(), ['--encoding', encoding, '-q'])).rows).toEqual(expected);
  });

  it('an .xlsx with the lines on the second sheet under a title grades the same', async () => {
    const erp = await grade('销售明细.xlsx', await erpXlsx());
    expect(erp.stderr).toContain('销售明细.xlsx: read the worksheet “明细”.');
    expect(erp.status).toBe(0);
    expect(erp.rows).toEqual(expected);
  });

  it('--map names a column the dictionary does not know, and --map COLUMN= leaves one out', async () => {
    const csv = excelCsv(['买方,开单日,应收,含税金额', ...lines.map(([c, d, a]) => `${c},${d},${a},1`)]);
    const mapped = await grade('odd.csv', csv, ['--map', '买方=customer_id', '--map', '开单日=date', '--map', '应收=amount', '--map', '含税金额=', '-q']);
    expect(mapped.stderr).toBe('');
    expect(mapped.rows).toEqual(expected);
    // without leaving 含税金额 out, 应收 mapped to amount collides with it: named, not guessed
    const clash = await grade('odd.csv', csv, ['--map', '买方=customer_id', '--map', '开单日=date', '--map', '应收=amount', '-q']);
    expect(clash.status).toBe(2);
    expect(clash.stderr).toContain('"含税金额" is read as "amount", and so is "应收" before it');
  });

  it('a saved mapping of dossier import applies to grade', async () => {
    const ws = workspace();
    ws.file('odd.csv', excelCsv(['买方,开单日,应收', ...lines.map(([c, d, a]) => `${c},${d},${a}`)]));
    ws.file('mapping.json', JSON.stringify({ version: 1, kind: 'transaction', columns: { 买方: 'customerId', 开单日: 'date', 应收: 'amount' }, key: [] }));
    const outcome = await dossier(['grade', '-t', 'odd.csv', '--as-of', '2025-04-01', '--mapping', 'mapping.json', '-q'], { cwd: ws.dir });
    expect(outcome.stderr).toBe('');
    expect(parseCsv(outcome.stdout).map((r) => [r.customer_id, r.grade, r.revenue])).toEqual(expected);
  });
});

describe('analyze on ERP exports', () => {
  it('breaks the composition down by the attribute columns the file carries (地区, 业务员) without --by', async () => {
    const ws = workspace();
    ws.file('销售明细.csv', erpCsvGbk());
    const outcome = await dossier(['analyze', '-t', '销售明细.csv', '--as-of', '2025-04-01', '--format', 'json', '-q'], { cwd: ws.dir });
    expect(outcome.status).toBe(0);
    const report = JSON.parse(outcome.stdout) as { compositions: { dimension: string; result: { rows: { key: string | null; revenue: number }[] } }[] };
    expect(report.compositions.map((c) => c.dimension)).toEqual(['grade', 'region', 'rep']);
    const region = report.compositions.find((c) => c.dimension === 'region')!.result.rows;
    // 华东 K001 16000 + K003 2000; 华南 K002 2500.5; 华北 K005 499.5 (K004's line is outside the window)
    expect(Object.fromEntries(region.map((r) => [r.key, r.revenue]))).toMatchObject({ 华东: 18000, 华南: 2500.5, 华北: 499.5 });
  });
});
