import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../io.js';
import { exportCommand } from './export.js';
import { importCommand } from './import.js';

function harness(cwd: string) {
  const stderr = new PassThrough();
  let text = '';
  stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const io: CliIo = { stdout: new PassThrough(), stderr, env: {}, cwd };
  return { io, stderr: () => text };
}

// 客户名称,手机\r\n甲公司,13812341234\r\n乙公司,123\r\n in GBK (Excel on Chinese Windows):
// 客 BFCD 户 BBA7 名 C3FB 称 B3C6 手 CAD6 机 BBFA 甲 BCD7 乙 D2D2 公 B9AB 司 CBBE
const gbkSheet = new Uint8Array([
  0xbf, 0xcd, 0xbb, 0xa7, 0xc3, 0xfb, 0xb3, 0xc6, 0x2c, 0xca, 0xd6, 0xbb, 0xfa, 0x0d, 0x0a,
  0xbc, 0xd7, 0xb9, 0xab, 0xcb, 0xbe, 0x2c, ...new TextEncoder().encode('13812341234\r\n'),
  0xd2, 0xd2, 0xb9, 0xab, 0xcb, 0xbe, 0x2c, ...new TextEncoder().encode('123\r\n'),
]);

describe('dossier import / export', () => {
  it('imports a GBK CSV, reports the bad row, does not duplicate on a re-run, and exports what import reads back', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-import-'));
    writeFileSync(join(dir, '客户.csv'), gbkSheet);
    const first = harness(dir);
    const args = ['客户.csv', '--archive', 'archive.json', '--now', '2025-06-30T00:00:00.000Z', '--locale', 'zh-CN', '--report', 'report.csv', '--save-mapping', 'mapping.json'];
    expect(await importCommand(args, first.io)).toBe(2);
    expect(first.stderr()).toContain('共 2 行，新增 1，更新 0，未变 0，拒绝 1');
    const report = readFileSync(join(dir, 'report.csv'), 'utf8');
    expect(report).toContain('行号,列号,列名,值,代码,原因');
    expect(report).toContain('3,2,手机,123,invalidRecord');
    const archive = JSON.parse(readFileSync(join(dir, 'archive.json'), 'utf8')) as { customer: { name: { zh: string } }[] };
    expect(archive.customer.map((c) => c.name.zh)).toEqual(['甲公司']);
    expect(JSON.parse(readFileSync(join(dir, 'mapping.json'), 'utf8'))).toMatchObject({ columns: { 客户名称: 'name.zh', 手机: 'mobile' } });

    const again = harness(dir);
    await importCommand([...args.slice(0, 5), '--mapping', 'mapping.json', '--locale', 'zh-CN'], again.io);
    expect(again.stderr()).toContain('新增 0，更新 0，未变 1');
    expect((JSON.parse(readFileSync(join(dir, 'archive.json'), 'utf8')) as { customer: unknown[] }).customer).toHaveLength(1);

    for (const out of ['list.xlsx', 'list.csv']) {
      const exported = harness(dir);
      expect(await exportCommand(['--archive', 'archive.json', '--out', out, '--locale', 'zh-CN'], exported.io)).toBe(0);
      expect(exported.stderr()).toContain(`已将 1 条记录写入 ${out}`);
      const back = harness(dir);
      expect(await importCommand([out, '--archive', `copy-${out}.json`, '--key', 'id'], back.io)).toBe(0);
      expect(JSON.parse(readFileSync(join(dir, `copy-${out}.json`), 'utf8'))).toEqual(JSON.parse(readFileSync(join(dir, 'archive.json'), 'utf8')));
    }
  }, 60_000);

  it('export refuses an archive file that does not exist and an --out that is neither .xlsx nor .csv, writing nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-export-'));
    writeFileSync(join(dir, 'archive.json'), JSON.stringify({ customer: [] }));
    const missing = harness(dir);
    expect(await exportCommand(['--archive', 'archiv.json', '--out', 'list.csv', '--locale', 'zh-CN'], missing.io)).toBe(2);
    expect(missing.stderr()).toBe('无法读取 archiv.json：文件不存在。\n');
    const pdf = harness(dir);
    expect(await exportCommand(['--archive', 'archive.json', '--out', 'list.pdf', '--locale', 'en'], pdf.io)).toBe(2);
    expect(pdf.stderr()).toBe('Invalid value for --out: "list.pdf" (expected *.xlsx | *.csv).\n');
    expect(readdirSync(dir)).toEqual(['archive.json']);
  });

  it('explains its usage when the arguments are incomplete', async () => {
    const h = harness(tmpdir());
    expect(await importCommand(['--locale', 'en'], h.io)).toBe(2);
    expect(h.stderr()).toMatch(/^Usage: dossier import/);
  });

  it('prints its usage on --help, in the locale, and succeeds', async () => {
    for (const [command, usage] of [
      [importCommand, /^dossier import：[^]*用法：\n {2}dossier import [^]*--date-order dmy\|mdy/],
      [exportCommand, /^dossier export：[^]*用法：\n {2}dossier export [^]*--kind customer\|contact\|transaction/],
    ] as const) {
      const stdout = new PassThrough();
      let text = '';
      stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
      const io: CliIo = { stdout, stderr: new PassThrough(), env: {}, cwd: tmpdir() };
      expect(await command(['--help', '--locale', 'zh-CN'], io)).toBe(0);
      expect(text).toMatch(usage);
    }
  });
});
