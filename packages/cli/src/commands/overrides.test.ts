import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dossier, excelCsv, parseCsv, workspace } from '../testing-fixtures/harness.js';

const asOf = ['--as-of', '2025-04-01'];
// abc-share: K1 1000 of 1010 → A; K2 has 99 % ahead of it → C.
const sales = ['customer_id,date,amount', 'K1,2025-01-05,1000', 'K2,2025-02-05,10'];

describe('dossier grade --overrides', () => {
  it('writes the overridden grade with its reason and the computed grade in the explanation', async () => {
    const ws = workspace();
    ws.file('sales.csv', sales.join('\n'));
    // Chinese headers as a spreadsheet saves them (BOM, CRLF), read by the shared dictionary.
    ws.file('overrides.csv', excelCsv(['客户编码,等级,理由', 'K2,A,战略客户']));
    const outcome = await dossier(['grade', '-t', 'sales.csv', ...asOf, '--overrides', 'overrides.csv'], { cwd: ws.dir });
    expect(outcome.stderr).toBe('');
    expect(outcome.status).toBe(0);
    const rows = parseCsv(outcome.stdout.replace(/^\uFEFF/, ''));
    expect(rows.map((r) => [r.customer_id, r.grade])).toEqual([
      ['K1', 'A'],
      ['K2', 'A'],
    ]);
    expect(rows[1]!.explanation).toMatch(/Overridden to A: 战略客户 \(computed C\)\.$/);
    expect(rows[0]!.explanation).not.toMatch(/Overridden/);
    const zh = await dossier(['grade', '-t', 'sales.csv', ...asOf, '--overrides', 'overrides.csv', '--locale', 'zh-CN'], { cwd: ws.dir });
    expect(parseCsv(zh.stdout.replace(/^\uFEFF/, ''))[1]!.explanation).toContain('人工调整为 A：战略客户（计算结果为 C）');
  });

  it('refuses an unknown customer, a grade the method does not give and an empty reason, naming the line', async () => {
    const ws = workspace();
    ws.file('sales.csv', sales.join('\n'));
    const cases: [string[], RegExp][] = [
      [['customer_id,grade,reason', 'K1,B,ok', 'K9,A,new'], /overrides\.csv, line 3: Customer "K9" is not in this grading\./],
      [['customer_id,grade,reason', 'K2,Z,typo'], /overrides\.csv, line 2: The override of customer "K2" needs a grade of this method and a reason\./],
      [['customer_id,grade,reason', 'K2,A,'], /overrides\.csv, line 2: The override of customer "K2"/],
      [['customer_id,grade', 'K2,A'], /overrides\.csv, line 1: required column "reason" is missing/],
      [['customer_id,grade,reason', 'K2,A,x', 'K2,B,y'], /overrides\.csv, line 3: customer "K2" was already listed on line 2/],
    ];
    for (const [lines, message] of cases) {
      ws.file('overrides.csv', lines.join('\n'));
      const outcome = await dossier(['grade', '-t', 'sales.csv', ...asOf, '--overrides', 'overrides.csv', '-o', 'out.csv'], { cwd: ws.dir });
      expect(outcome.status, lines.join(' / ')).toBe(2);
      expect(outcome.stderr).toMatch(message);
      expect(existsSync(join(ws.dir, 'out.csv'))).toBe(false);
    }
  });
});
