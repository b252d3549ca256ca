import { describe, expect, it } from 'vitest';
import { customerNatures } from '../enums/vocabularies.js';
import { vocabularyLabel } from '../enums/labels.js';
import { importRows } from './import-rows.js';
import { suggestMapping } from './mapping.js';
import { parseCsv } from './read-csv.js';

const now = '2025-06-30T08:00:00.000Z';
const sheet = [
  '客户名称,联系人,手机,地址,统一社会信用代码,年销售额,客户性质',
  '杭州西子贸易有限公司,王芳,13812341234,浙江省杭州市西湖区文三路90号,91330106MA2B0XXX00,"1,200,000",中间商',
  '深圳坂田电子有限公司,李雷,1381234,广东省深圳市龙岗区坂田街道,,很多,制造商',
  '福州闽江食品有限公司,,13900001111,福建省福州市鼓楼区五一路,91350100M000100Y43,800000,制造商',
].join('\n');

function run(text: string, locale: 'en' | 'zh-CN' = 'zh-CN', existing?: Parameters<typeof importRows>[2]['existing']) {
  const table = parseCsv(text, { locale });
  const mapping = suggestMapping('customer', table.headers, table.rows);
  return importRows(table, mapping, { now, locale, ...(existing ? { existing } : {}) });
}

describe('importRows', () => {
  it('imports the good rows and reports every problem of the bad one with line, column, value and reason', () => {
    const result = run(sheet);
    expect(result.records.map((r) => r.line)).toEqual([2, 4]);
    expect(result.counts).toEqual({ rows: 3, inserted: 2, updated: 0, unchanged: 0, rejected: 1 });
    // line 3: the sales figure is not a number (cell errors are reported before schema checks)
    expect(result.issues).toEqual([
      expect.objectContaining({ line: 3, column: 6, header: '年销售额', value: '很多', code: 'badNumber', reason: '“很多”不是数字；请填写如 1234.50 的数字。' }),
    ]);
    const [first] = result.records;
    expect(first?.action).toBe('insert');
    expect(first?.record).toMatchObject({
      kind: 'organisation',
      name: { zh: '杭州西子贸易有限公司' },
      mobile: '13812341234',
      uscc: '91330106MA2B0XXX00',
      annualSales: 1_200_000,
      nature: 'intermediary',
      addresses: [{ province: '浙江省', city: '杭州市', district: '西湖区', street: '文三路90号' }],
      createdAt: now,
      updatedAt: now,
      schemaVersion: 2,
    });
    expect(result.contacts.map((c) => c.record)).toEqual([expect.objectContaining({ customerId: first?.record.id, name: { zh: '王芳' } })]);
  });

  it('reports a schema problem at the column it came from, in English too', () => {
    const fixed = sheet.replace('很多', '500000');
    const result = run(fixed, 'en');
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({ line: 3, column: 3, header: '手机', value: '1381234', code: 'invalidRecord', path: 'mobile' });
    expect(result.issues[0]?.reason).toMatch(/^Mobile: /);
  });

  it('accepts every nature by its label in either locale', () => {
    for (const nature of customerNatures) {
      for (const locale of ['en', 'zh-CN'] as const) {
        const text = `客户名称,客户性质\n甲公司,${vocabularyLabel(locale, 'customerNatures', nature)}\n`;
        expect(run(text).records[0]?.record.nature, `${nature} ${locale}`).toBe(nature);
      }
    }
    const bad = run('客户名称,客户性质\n甲公司,外星人\n');
    expect(bad.issues[0]).toMatchObject({ code: 'badChoice', column: 2 });
    expect(bad.issues[0]?.reason).toContain(vocabularyLabel('zh-CN', 'customerNatures', 'manufacturer'));
  });

  it('does not duplicate on a second run: rows match by key and come back unchanged or updated', () => {
    const first = run(sheet);
    const existing = first.records.map((r) => r.record);
    const again = run(sheet, 'zh-CN', existing);
    expect(again.records.map((r) => [r.action, r.record.id])).toEqual(first.records.map((r) => ['unchanged', r.record.id]));
    expect(again.records[0]?.record).toEqual(first.records[0]?.record);
    const changed = run(sheet.replace('800000', '900000'), 'zh-CN', existing);
    expect(changed.records.map((r) => r.action)).toEqual(['unchanged', 'update']);
    expect(changed.records[1]?.record).toMatchObject({ id: first.records[1]?.record.id, annualSales: 900000, createdAt: now });
  });

  it('reports a key repeated in the file and a row without its key', () => {
    const table = parseCsv('客户编号,客户名称\nC1,甲\nC1,乙\n,丙\n');
    const result = importRows(table, { ...suggestMapping('customer', table.headers), key: ['id'] }, { now, locale: 'zh-CN' });
    expect(result.records.map((r) => r.record.id)).toEqual(['C1']);
    expect(result.issues.map((i) => [i.line, i.code, i.column])).toEqual([
      [3, 'duplicateKey', 1],
      [4, 'missingKey', 1],
    ]);
    expect(result.issues[0]?.reason).toContain('第 2 行');
  });

  it('gives the same new ids on every run, so a re-run into an empty store agrees', () => {
    expect(run(sheet).records.map((r) => r.record.id)).toEqual(run(sheet).records.map((r) => r.record.id));
  });

  it('reports progress', () => {
    const seen: number[] = [];
    const table = parseCsv(sheet);
    importRows(table, suggestMapping('customer', table.headers), { now, onProgress: (done) => seen.push(done), progressEvery: 1 });
    expect(seen).toEqual([0, 1, 2, 3]);
  });

  it('imports transactions with dates in the usual spellings', () => {
    const table = parseCsv('客户编号,日期,金额,数量\nC1,2025/3/1,1200,3\nC1,2025年3月2日,-50,\nC1,2025-02-30,10,1\n');
    const result = importRows(table, suggestMapping('transaction', table.headers), { now, locale: 'en' });
    expect(result.records.map((r) => [r.record.date, r.record.amount])).toEqual([
      ['2025-03-01', 1200],
      ['2025-03-02', -50],
    ]);
    expect(result.issues[0]).toMatchObject({ line: 4, column: 2, code: 'badDate', value: '2025-02-30' });
  });

  it('keeps identical transaction lines: no key column, no deduplication by content', () => {
    const table = parseCsv('客户编号,日期,金额\nC1,2025-03-01,100\nC1,2025-03-01,100\nC1,2025-03-01,100\n');
    const mapping = suggestMapping('transaction', table.headers);
    expect(mapping.key).toEqual([]);
    const result = importRows(table, mapping, { now, locale: 'en' });
    expect(result.issues).toEqual([]);
    expect(result.counts).toMatchObject({ rows: 3, inserted: 3, rejected: 0 });
    // three purchases of 100: 300 of revenue, three distinct ids
    expect(result.records.reduce((sum, r) => sum + (r.record.amount as number), 0)).toBe(300);
    expect(new Set(result.records.map((r) => r.record.id)).size).toBe(3);
    // the same run again (same time) gives the same ids; the stored lines are not matched by content
    const again = importRows(table, mapping, { now, locale: 'en', existing: result.records.map((r) => r.record) });
    expect(again.records.map((r) => r.record.id)).toEqual(result.records.map((r) => r.record.id));
    expect(again.counts.inserted).toBe(3);
  });

  it('deduplicates transaction lines only by a key the user names (order id + product)', () => {
    const table = parseCsv('客户编号,日期,金额,订单号,产品编号\nC1,2025-03-01,100,SO-1,P1\nC1,2025-03-01,100,SO-1,P2\nC1,2025-03-01,100,SO-1,P1\n');
    const result = importRows(table, { ...suggestMapping('transaction', table.headers), key: ['orderId', 'productId'] }, { now, locale: 'en' });
    expect(result.records.map((r) => r.line)).toEqual([2, 3]);
    expect(result.issues).toEqual([expect.objectContaining({ line: 4, code: 'duplicateKey' })]);
    // an id column is a key of its own
    expect(suggestMapping('transaction', ['交易编号', '客户编号', '日期', '金额']).key).toEqual(['id']);
  });

  it('points out likely duplicates among the imported and the stored customers', () => {
    const first = run(sheet);
    // the same company again, spelt with the short suffix and a full-width space, under a new credit code
    const again = run('客户名称,手机\n杭州西子贸易公司　,13812341234\n', 'zh-CN', first.records.map((r) => r.record));
    expect(again.duplicates).toEqual([
      expect.objectContaining({ reasons: ['phone', 'name'], a: expect.any(String), b: expect.any(String) }),
    ]);
    const ids = [again.duplicates[0]!.a, again.duplicates[0]!.b].sort();
    expect(ids).toEqual([first.records[0]!.record.id, again.records[0]!.record.id].sort());
  });
});
