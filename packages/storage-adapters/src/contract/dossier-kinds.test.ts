import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pinyinInitials, recordKinds } from '@dossier/core';
import { generateArchive } from '@dossier/core/sample';
import { recordArbitraries } from '../../../core/src/schema/arbitraries.js';
import { createMemoryData, createMemoryStore } from '../memory/index.js';
import { defaultIndex } from './kinds.js';
import type { DossierRecords } from './dossier-kinds.js';
import { dossierKinds } from './dossier-kinds.js';
import { isStoreError } from './errors.js';
import type { RevisionRow } from './records.js';

const archive = generateArchive({ seed: 7, customers: 40, asOf: '2026-01-01' });

function dossierStore(data = createMemoryData()) {
  let tick = Date.UTC(2026, 0, 1);
  return createMemoryStore<DossierRecords>({ kinds: dossierKinds(), data, actor: 'test', now: () => new Date(tick++).toISOString() });
}

describe('dossierKinds (core schemas and codecs at the store boundary)', () => {
  it('round-trips every sample record, stamping updatedAt with the revision time', async () => {
    const store = dossierStore();
    const samples = {
      customer: archive.customers,
      contact: archive.contacts,
      interaction: archive.interactions,
      opportunity: archive.opportunities,
      task: archive.tasks,
      'service-case': archive.serviceCases,
      contract: archive.contracts,
    } as const;
    for (const [kind, records] of Object.entries(samples) as [keyof typeof samples, readonly DossierRecords[keyof typeof samples][]][]) {
      expect(records.length, kind).toBeGreaterThan(0);
      for (const record of records) {
        const result = await store.put(kind, record as never);
        expect(result.ok).toBe(true);
        const got = await store.get(kind, record.id);
        expect(got?.value).toEqual({ ...record, updatedAt: new Date(got!.at) });
        expect(got?.value.createdAt).toBeInstanceOf(Date);
      }
    }
  });

  it('round-trips arbitrary valid records of every core kind', async () => {
    const store = dossierStore();
    for (const kind of recordKinds) {
      await fc.assert(
        fc.asyncProperty(recordArbitraries[kind], async (record) => {
          const result = await store.put(kind, record as never);
          expect(result.ok).toBe(true);
          const got = await store.get(kind, record.id);
          expect(got?.value).toEqual({ ...record, updatedAt: new Date(got!.at) });
        }),
        { numRuns: 25 },
      );
    }
  });

  it('indexes core customers: grade, owner, territory, stage, nature and pinyin initials', async () => {
    const store = dossierStore();
    expect((await store.batch(archive.customers.map((value) => ({ op: 'put' as const, kind: 'customer' as const, value })))).ok).toBe(true);
    const withGradeA = archive.customers.filter((c) => c.grade.current === 'A').map((c) => c.id).sort();
    expect((await store.list('customer', { grade: 'A', limit: 1000 })).items.map((r) => r.id).sort()).toEqual(withGradeA);
    const chinese = archive.customers.find((c) => c.name.zh !== undefined && /\p{Script=Han}/u.test(c.name.zh))!;
    const initials = pinyinInitials(chinese.name.zh!);
    const found = await store.list('customer', { text: initials, limit: 1000 });
    expect(found.items.map((r) => r.id)).toContain(chinese.id);
    const first = archive.customers[0]!;
    const byAll = await store.list('customer', {
      owner: first.salespersonId,
      region: first.territory,
      stage: first.relationship.stage,
      nature: first.nature,
      limit: 1000,
    });
    expect(byAll.items.map((r) => r.id)).toContain(first.id);
  });

  it('migrates a customer stored by the first schema on read', async () => {
    const data = createMemoryData();
    // A customer as Dossier's first schema stored it (core's migrations.test.ts): version 1.
    const v1 = {
      id: 'C-0001',
      createdAt: '2024-05-01T02:00:00.000Z',
      updatedAt: '2024-06-01T02:00:00.000Z',
      name: '华为技术有限公司',
      owner: 'rep-7',
      region: '华南',
      nature: 'manufacturer',
      stage: 'long-term',
      grade: 'A',
    };
    const row: RevisionRow = { kind: 'customer', id: 'C-0001', rev: 1, at: v1.updatedAt, by: 'old', deleted: false, op: 'put', version: 1, data: v1, changes: [], index: defaultIndex(v1, { initialsOf: pinyinInitials }) };
    data.revisions.set('customer', new Map([['C-0001', [row]]]));
    const store = dossierStore(data);
    const got = await store.get('customer', 'C-0001');
    expect(got?.value).toMatchObject({ schemaVersion: 2, name: { zh: '华为技术有限公司' }, salespersonId: 'rep-7', territory: '华南', grade: { current: 'A' } });
    expect(got?.value.createdAt).toEqual(new Date('2024-05-01T02:00:00.000Z'));
    expect((await store.list('customer', { text: 'hwjs' })).items.map((r) => r.id)).toEqual(['C-0001']);
    const edited = await store.put('customer', { ...got!.value, notes: '已迁移' }, { baseRev: 1 });
    expect(edited.ok && edited.record.value.schemaVersion).toBe(2);
    expect(data.revisions.get('customer')!.get('C-0001')![1]!.version).toBe(2);
  });

  it('imports transactions as core transaction records', async () => {
    const store = dossierStore();
    const result = await store.importTransactions(archive.transactions.slice(0, 50), { importId: 'sample' });
    expect(result).toEqual({ written: 50, unchanged: 0 });
    const line = archive.transactions[0]!;
    const got = await store.get('transaction', 'sample:1');
    expect(got?.value).toMatchObject({ customerId: line.customerId, date: line.date, amount: line.amount, schemaVersion: 1 });
    expect(got?.value.createdAt).toBeInstanceOf(Date);
    expect(await store.importTransactions(archive.transactions.slice(0, 50), { importId: 'sample' })).toEqual({ written: 0, unchanged: 50 });
  });

  it('stamps the bookkeeping fields in place: the keys in the order a spread would give, the record itself untouched', () => {
    const { transaction } = dossierKinds();
    const json = { id: 't1', updatedAt: '2020-01-01T00:00:00.000Z', customerId: 'c1', amount: 5 };
    const stamped = transaction.stamp!(json, { at: '2026-02-01T00:00:00.000Z', by: 'u1', previous: { createdAt: '2026-01-01T00:00:00.000Z' } });
    expect(Object.entries(stamped)).toEqual([
      ['id', 't1'],
      ['updatedAt', '2026-02-01T00:00:00.000Z'],
      ['customerId', 'c1'],
      ['amount', 5],
      ['schemaVersion', 1],
      ['createdAt', '2026-01-01T00:00:00.000Z'],
    ]);
    expect(json).toEqual({ id: 't1', updatedAt: '2020-01-01T00:00:00.000Z', customerId: 'c1', amount: 5 });
  });

  it('rejects an invalid customer with the field path and a message', async () => {
    const store = dossierStore();
    const bad = { ...archive.customers[0]!, nature: 'alien' } as never;
    const error = await store.put('customer', bad).catch((e: unknown) => e);
    expect(isStoreError(error, 'invalid')).toBe(true);
    expect(error).toMatchObject({ kind: 'customer', id: archive.customers[0]!.id, path: 'nature' });
    expect((error as Error).message).toContain('Nature: please choose one of the offered values');
  });
});
