import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { anonymisedColumnLabel, anonymisedColumns, reidentificationCheck } from '@dossier/core';
import { dossier, parseCsv, workspace } from '../testing-fixtures/harness.js';

const base = { kind: 'organisation', industry: '机械', nature: 'manufacturer', grade: { current: 'B', provisional: false }, relationship: { stage: 'regular' } };
const archive = {
  customer: [
    ...Array.from({ length: 5 }, (_, i) => ({ ...base, id: `K00${i}`, name: { zh: `杭州第${i}机械厂` }, mobile: `1380000000${i}`, addresses: [{ province: '浙江省', street: `文三路 ${i} 号` }] })),
    { ...base, id: 'K100', name: { zh: '苏州独一家' }, addresses: [{ province: '江苏省' }] },
    { ...base, id: 'K101', name: { zh: '合肥某商行' }, industry: '合肥某商行', addresses: [{ province: '安徽省' }] },
  ],
};

describe('dossier export --anonymised', () => {
  it('writes pseudonyms and generalised attributes, no identifier, no group under k', async () => {
    const ws = workspace();
    ws.file('archive.json', JSON.stringify(archive));
    ws.file('secret.key', Buffer.alloc(32, 9));
    const args = ['export', '--archive', 'archive.json', '--anonymised', '--k', '5', '--key-file', 'secret.key'];
    const first = await dossier([...args, '--out', 'a.csv'], { cwd: ws.dir });
    expect(first.stderr).toBe('Wrote 5 anonymised customers to a.csv; 2 left out in groups smaller than 5.\n');
    expect(first.status).toBe(0);
    const text = readFileSync(join(ws.dir, 'a.csv'), 'utf8').replace(/^\uFEFF/, '');
    const rows = parseCsv(text);
    expect(Object.keys(rows[0]!)).toEqual(['Pseudonym', 'Kind', 'Province', 'Industry', 'Nature', 'Grade', 'Relationship stage']);
    expect(rows).toHaveLength(5);
    // Re-identification check on the file: every quasi-identifier combination at least k = 5 times …
    const groups = new Map<string, number>();
    for (const { Pseudonym: _p, ...rest } of rows) groups.set(JSON.stringify(rest), (groups.get(JSON.stringify(rest)) ?? 0) + 1);
    expect([...groups.values()].every((n) => n >= 5)).toBe(true);
    // … core's re-identification check on the rows read back from the file finds nothing …
    const back = rows.map((row) => Object.fromEntries(anonymisedColumns.filter((c) => anonymisedColumnLabel('en', c) in row).map((c) => [c, row[anonymisedColumnLabel('en', c)]!]))) as { pseudonym: string }[];
    const quasiIdentifiers = anonymisedColumns.filter((c) => c !== 'pseudonym' && c !== 'revenueBand');
    expect(reidentificationCheck({ rows: back, quasiIdentifiers, k: 5 }, archive.customer)).toEqual({ smallGroups: [], identifiers: [] });
    // … and no direct identifier anywhere.
    for (const customer of archive.customer) {
      for (const value of [customer.id, customer.name.zh, (customer as { mobile?: string }).mobile, (customer.addresses[0] as { street?: string }).street]) if (value) expect(text).not.toContain(value);
    }
    // The same key file gives the same pseudonyms (exports can be joined); zh-CN headers.
    const again = await dossier([...args, '--out', 'b.csv', '--locale', 'zh-CN'], { cwd: ws.dir });
    expect(again.stderr).toContain('已将 5 个匿名客户写入 b.csv');
    const zhRows = parseCsv(readFileSync(join(ws.dir, 'b.csv'), 'utf8').replace(/^\uFEFF/, ''));
    expect(zhRows.map((r) => r['匿名编号'])).toEqual(rows.map((r) => r.Pseudonym));
  });

  it('refuses --anonymised for another kind and a k below 2', async () => {
    const ws = workspace();
    ws.file('archive.json', JSON.stringify(archive));
    const kind = await dossier(['export', '--archive', 'archive.json', '--anonymised', '--kind', 'contact', '--out', 'a.csv'], { cwd: ws.dir });
    expect(kind.status).toBe(2);
    expect(kind.stderr).toMatch(/--kind: "contact"/);
    const k = await dossier(['export', '--archive', 'archive.json', '--anonymised', '--k', '1', '--out', 'a.csv'], { cwd: ws.dir });
    expect(k.status).toBe(2);
    expect(k.stderr).toMatch(/--k: "1"/);
  });
});
