import { describe, expect, it } from 'vitest';
import { usccCheckCharacter } from '../ids/unified-social-credit-code.js';
import { importRows } from './import-rows.js';
import { suggestMapping } from './mapping.js';
import { parseCsv } from './read-csv.js';

// 100 000 customer rows, every hundredth malformed in one of six ways. Every valid row must be
// imported and every malformed one reported at its own line.
const ROWS = 100_000;
const malformations = ['unbalanced-quote', 'field-count', 'bad-number', 'bad-date', 'bad-check-digit', 'newline-field-count'] as const;

function uscc(n: number): string {
  const first17 = `91330106MA${String(n).padStart(7, '0')}`;
  return first17 + usccCheckCharacter(first17)!;
}

function buildSheet() {
  const lines = ['客户编号,客户名称,手机,统一社会信用代码,年销售额,与本公司交易时间,备注'];
  const validIds: string[] = [];
  const badLines: number[] = [];
  let line = 2;
  for (let i = 0; i < ROWS; i++) {
    const id = `C${i}`;
    const mobile = `138${String(i).padStart(8, '0')}`;
    const good = [id, `客户${i}有限公司`, mobile, uscc(i), String(1000 + i), '2020-01-15', i % 7 === 0 ? `"第一行\n第二行 ${i}"` : `备注${i}`];
    const kind = i % 100 === 50 ? malformations[(i / 100) % malformations.length | 0]! : undefined;
    let row = good;
    if (kind === 'unbalanced-quote') row = [id, `"客户${i}`, mobile, uscc(i), '1', '2020-01-15', 'x'];
    if (kind === 'field-count') row = [...good, 'extra'];
    if (kind === 'bad-number') row = good.map((c, j) => (j === 4 ? '12O0' : c));
    if (kind === 'bad-date') row = good.map((c, j) => (j === 5 ? '2020-02-30' : c));
    if (kind === 'bad-check-digit') row = good.map((c, j) => (j === 3 ? `${uscc(i).slice(0, 17)}${usccCheckCharacter(uscc(i).slice(0, 17)) === '0' ? '1' : '0'}` : c));
    if (kind === 'newline-field-count') row = [id, `客户${i}`, '"多行\n没有足够的列"'];
    const text = row.join(',');
    lines.push(text);
    if (kind) badLines.push(line);
    else validIds.push(id);
    line += text.split('\n').length;
  }
  return { text: `${lines.join('\n')}\n`, validIds, badLines };
}

describe('importing 100 000 rows with 1 % malformed', () => {
  it('loses no valid row and reports every bad one with its line', () => {
    const { text, validIds, badLines } = buildSheet();
    // 100 000 / 100 = 1000 malformed rows, the rest valid
    expect(badLines).toHaveLength(1000);
    const started = performance.now();
    const table = parseCsv(text, { locale: 'zh-CN' });
    const mapping = { ...suggestMapping('customer', table.headers), key: ['id'] };
    const result = importRows(table, mapping, { now: '2025-06-30T00:00:00.000Z', locale: 'zh-CN', detectDuplicates: false });
    const seconds = (performance.now() - started) / 1000;
    expect(result.records.map((r) => r.record.id)).toEqual(validIds);
    expect([...new Set(result.issues.map((i) => i.line))]).toEqual(badLines);
    // cell problems name their column; reader problems name the line
    for (const issue of result.issues) if (issue.code !== 'badQuotes' && issue.code !== 'fieldCount') expect(issue.column).toBeGreaterThan(0);
    expect(result.counts).toMatchObject({ inserted: 99_000, rejected: 1000 });
    console.warn(`100k rows imported in ${seconds.toFixed(1)} s`);
  }, 120_000);
});
