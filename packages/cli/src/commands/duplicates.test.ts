import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dossier, parseCsv, workspace } from '../testing-fixtures/harness.js';

// Stored JSON as `dossier import` writes it; detection reads names, credit code, phones and email.
const archive = {
  customer: [
    { id: 'K1', kind: 'organisation', name: { zh: '杭州西子贸易有限公司' } },
    { id: 'K2', kind: 'organisation', name: { zh: '杭州西子贸易公司' }, email: 'Sales@XiZi.cn' },
    { id: 'K3', kind: 'organisation', name: { zh: '=宁波甬江机械' }, uscc: '914403001922038216' },
    { id: 'K4', kind: 'organisation', name: { zh: '甬江机械（宁波）' }, uscc: '914403001922038216', email: 'sales@xizi.cn' },
    { id: 'K5', kind: 'organisation', name: { zh: '嘉兴南湖纺织' } },
  ],
};

describe('dossier duplicates', () => {
  it('lists the pairs of an archive file with reasons and scores, in en and zh-CN', async () => {
    const ws = workspace();
    ws.file('archive.json', JSON.stringify(archive));
    const en = await dossier(['duplicates', '--archive', 'archive.json'], { cwd: ws.dir });
    expect(en.status).toBe(0);
    // credit code 0.99; name 0.8; email 0.7 (K2 and K4 share one address, case aside).
    expect(en.stdout).toBe(
      [
        '3 likely duplicate pair(s) among 5 customers:',
        'K3 =宁波甬江机械 ↔ K4 甬江机械（宁波）  score 0.99: same unified social credit code',
        'K1 杭州西子贸易有限公司 ↔ K2 杭州西子贸易公司  score 0.80: same name after normalisation',
        'K2 杭州西子贸易公司 ↔ K4 甬江机械（宁波）  score 0.70: same email address',
        '',
      ].join('\n'),
    );
    const zh = await dossier(['duplicates', '--archive', 'archive.json', '--locale', 'zh-CN', '--min-score', '0.75'], { cwd: ws.dir });
    expect(zh.stdout).toBe(
      ['5 个客户中有 2 对疑似重复：', 'K3 =宁波甬江机械 ↔ K4 甬江机械（宁波）  分值 0.99：统一社会信用代码相同', 'K1 杭州西子贸易有限公司 ↔ K2 杭州西子贸易公司  分值 0.80：规范化后名称相同', ''].join('\n'),
    );
  });

  it('writes CSV through the neutralising writer to --out', async () => {
    const ws = workspace();
    ws.file('archive.json', JSON.stringify(archive));
    const outcome = await dossier(['duplicates', '--archive', 'archive.json', '--format', 'csv', '--out', 'pairs.csv'], { cwd: ws.dir });
    expect(outcome.status).toBe(0);
    const rows = parseCsv(readFileSync(join(ws.dir, 'pairs.csv'), 'utf8').replace(/^\uFEFF/, ''));
    expect(rows[0]).toEqual({ a: 'K3', b: 'K4', name_a: "'=宁波甬江机械", name_b: '甬江机械（宁波）', score: '0.9900', reasons: 'same unified social credit code' });
    expect(rows.map((r) => `${r.a}-${r.b}`)).toEqual(['K3-K4', 'K1-K2', 'K2-K4']);
  });

  it('refuses a bad --min-score and a missing source, naming them', async () => {
    const ws = workspace();
    const bad = await dossier(['duplicates', '--archive', 'a.json', '--min-score', '2'], { cwd: ws.dir });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--min-score: "2"/);
    const none = await dossier(['duplicates'], { cwd: ws.dir, env: {} });
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/Usage: dossier duplicates/);
  });
});
