// One decoder for every command (core's, also the page's): GB18030 four-byte characters, UTF-16
// with a BOM, and the same detection in import and grade.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { dossier, parseCsv, workspace } from '../testing-fixtures/harness.js';
import { importCommand } from './import.js';

// 客户名称,客户编号\r\n𠮷野家,K1\r\n in GB18030, byte by byte: 客 BFCD 户 BBA7 名 C3FB 称 B3C6 编 B1E0 号 BAC5;
// 𠮷 (U+20BB7) is the four-byte sequence 95 34 B2 35; 野 D2B0; 家 BCD2.
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));
const gb18030 = Buffer.from([
  0xbf, 0xcd, 0xbb, 0xa7, 0xc3, 0xfb, 0xb3, 0xc6, 0x2c, 0xbf, 0xcd, 0xbb, 0xa7, 0xb1, 0xe0, 0xba, 0xc5, 0x0d, 0x0a,
  0x95, 0x34, 0xb2, 0x35, 0xd2, 0xb0, 0xbc, 0xd2, ...ascii(',K1\r\n'),
]);
const utf16 = (text: string, order: 'le' | 'be') => {
  const body = Buffer.from(text, 'utf16le');
  if (order === 'be') body.swap16();
  return Buffer.concat([Buffer.from(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), body]);
};

describe('encodings', () => {
  it('dossier import keeps 𠮷野家 from a GB18030 file (auto, gbk and gb18030 alike)', async () => {
    for (const encoding of ['auto', 'gbk', 'gb18030']) {
      const ws = workspace();
      ws.file('客户.csv', gb18030);
      const io = { stdout: new PassThrough(), stderr: new PassThrough(), env: {}, cwd: ws.dir };
      expect(await importCommand(['客户.csv', '--archive', 'a.json', '--encoding', encoding, '--now', '2025-06-30T00:00:00.000Z'], io)).toBe(0);
      const archive = JSON.parse(readFileSync(join(ws.dir, 'a.json'), 'utf8')) as { customer: { id: string; name: { zh: string } }[] };
      expect(archive.customer.map((c) => [c.id, c.name.zh])).toEqual([['K1', '𠮷野家']]);
    }
  });

  it('grade reads UTF-16 LE and BE with a BOM, detected or named', async () => {
    const text = '客户编号,日期,金额\r\nK1,2025-03-01,100\r\nK2,2025-03-02,50\r\n';
    for (const [order, encoding] of [['le', 'auto'], ['be', 'auto'], ['le', 'utf-16le'], ['be', 'utf-16be']] as const) {
      const ws = workspace();
      ws.file('sales.csv', utf16(text, order));
      const outcome = await dossier(['grade', '-t', 'sales.csv', '--as-of', '2025-04-01', '--encoding', encoding, '-q'], { cwd: ws.dir });
      expect(outcome.stderr, `${order} ${encoding}`).toBe('');
      expect(parseCsv(outcome.stdout).map((r) => [r.customer_id, r.revenue])).toEqual([
        ['K1', '100'],
        ['K2', '50'],
      ]);
    }
  });

  it('grade keeps the four-byte character in an id read from GB18030', async () => {
    const ws = workspace();
    ws.file('sales.csv', Buffer.from([...ascii('customer_id,date,amount\r\n'), 0x95, 0x34, 0xb2, 0x35, ...ascii(',2025-03-01,100\r\n')]));
    const outcome = await dossier(['grade', '-t', 'sales.csv', '--as-of', '2025-04-01', '-q'], { cwd: ws.dir });
    expect(parseCsv(outcome.stdout).map((r) => r.customer_id)).toEqual(['𠮷']);
  });
});
