import { describe, expect, it } from 'vitest';
import { generateArchive } from '../sample/index.js';
import { anonymisedColumnLabel, anonymisedExport, reidentificationCheck } from './anonymised-export.js';
import { importPseudonymKey } from './anonymise.js';

const key = await importPseudonymKey(new Uint8Array(32).fill(3));
const archive = generateArchive({ seed: 18, customers: 300, asOf: '2026-01-01' });
const customers = archive.customers as unknown as ({ id: string } & Record<string, unknown>)[];

describe('anonymisedExport', () => {
  it('passes the re-identification check on a sample archive: no group under k, no direct identifier', async () => {
    const revenue = new Map(customers.map((c, i) => [c.id, (i % 7) * 40_000]));
    const exported = await anonymisedExport(customers, { key, k: 5, revenueOf: (id) => revenue.get(id) });
    expect(exported.rows.length + exported.suppressed).toBe(customers.length);
    expect(exported.rows.length).toBeGreaterThan(0);
    expect(reidentificationCheck(exported, customers)).toEqual({ smallGroups: [], identifiers: [] });
    for (const row of exported.rows) {
      expect(Object.keys(row).sort()).toEqual([...exported.columns].sort());
      expect(row.pseudonym).toMatch(/^[0-9a-f]{16}$/);
    }
  });

  it('keeps a group of k and leaves out a smaller one, worked by hand', async () => {
    const base = { kind: 'organisation', industry: '机械', nature: 'manufacturer', grade: { current: 'B' }, relationship: { stage: 'regular' }, addresses: [{ province: '浙江省', street: '文三路 1 号' }] };
    const five = Array.from({ length: 5 }, (_, i) => ({ ...base, id: `c${i}`, name: { zh: `杭州第${i}机械厂` } }));
    // The only customer in 江苏省, whose industry is written as its own name: unique, so suppressed.
    const lone = { ...base, id: 'x1', name: { zh: '苏州独一家' }, industry: '苏州独一家', addresses: [{ province: '江苏省' }] };
    const exported = await anonymisedExport([...five, lone], { key, k: 5 });
    expect(exported.suppressed).toBe(1);
    expect(exported.rows.map((r) => r.province)).toEqual(['浙江省', '浙江省', '浙江省', '浙江省', '浙江省']);
    expect(exported.rows[0]).toMatchObject({ kind: 'organisation', industry: '机械', nature: 'manufacturer', grade: 'B', stage: 'regular' });
    expect(exported.columns).not.toContain('revenueBand');
    expect(reidentificationCheck(exported, [...five, lone])).toEqual({ smallGroups: [], identifiers: [] });
    // The check fails a table that was not suppressed: the lone row is a group of one and carries a name.
    const unsuppressed = await anonymisedExport([...five, lone], { key, k: 2 });
    const findings = reidentificationCheck({ ...unsuppressed, rows: [...unsuppressed.rows, { pseudonym: 'p', province: '江苏省', industry: '苏州独一家' }], k: 5 }, [...five, lone]);
    expect(findings.smallGroups.length).toBeGreaterThan(0);
    expect(findings.identifiers).toEqual([{ row: 5, column: 'industry', field: 'name.zh' }]);
  });

  it('labels the columns in en and zh-CN, and refuses k below 2', async () => {
    expect(anonymisedColumnLabel('zh-CN', 'pseudonym')).toBe('匿名编号');
    expect(anonymisedColumnLabel('en', 'revenueBand')).toBe('Revenue band');
    await expect(anonymisedExport([], { key, k: 1 })).rejects.toThrow(/k must be/);
  });
});
