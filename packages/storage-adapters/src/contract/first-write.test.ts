// The first write a person makes, as the README and the contract's JSDoc write it.
import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../memory/index.js';
import { dossierKinds } from './dossier-kinds.js';
import { isStoreError, type StoreError } from './errors.js';

function typedStore() {
  const times = ['2026-03-01T00:00:00.000Z', '2026-03-02T00:00:00.000Z', '2026-03-03T00:00:00.000Z'];
  let next = 0;
  // No type argument: the store's record types are inferred from the kind table.
  return createMemoryStore({ kinds: dossierKinds(), actor: 'rep-7', now: () => times[next++] ?? '2026-12-31T00:00:00.000Z' });
}

const hangzhou = { id: 'C-1', kind: 'organisation', name: '杭州科技', nature: 'manufacturer', salespersonId: 'rep-7', territory: '华东' } as const;

describe('the first write', () => {
  it('runs the Store contract example as written (a store without schemas)', async () => {
    const store = createMemoryStore();
    const created = await store.put('customer', { id: 'c1', name: '杭州科技' });
    const edited = await store.put('customer', { id: 'c1', name: '杭州科技有限公司' }, { baseRev: 1 });
    const stale = await store.put('customer', { id: 'c1', name: 'x' }, { baseRev: 1 });
    expect(created.ok && created.record.rev).toBe(1);
    expect(edited.ok && edited.record.rev).toBe(2);
    expect(stale.ok).toBe(false);
    expect(!stale.ok && stale.conflict.current?.value['name']).toBe('杭州科技有限公司');
  });

  it('fills schemaVersion, createdAt, updatedAt and the empty lists of a customer draft', async () => {
    const store = typedStore();
    const result = await store.put('customer', hangzhou);
    expect(result.ok).toBe(true);
    const stored = await store.get('customer', 'C-1');
    expect(stored?.value).toMatchObject({
      schemaVersion: 2,
      createdAt: new Date('2026-03-01T00:00:00.000Z'),
      updatedAt: new Date('2026-03-01T00:00:00.000Z'),
      name: { zh: '杭州科技' },
      addresses: [],
      tags: [],
      profiles: {},
      relationship: { stage: 'prospect', setByHand: false },
    });
    // A later draft keeps the first createdAt and moves updatedAt.
    await store.put('customer', { ...hangzhou, name: { zh: '杭州科技有限公司' } }, { baseRev: 1 });
    const edited = await store.get('customer', 'C-1');
    expect(edited?.value.createdAt).toEqual(new Date('2026-03-01T00:00:00.000Z'));
    expect(edited?.value.updatedAt).toEqual(new Date('2026-03-02T00:00:00.000Z'));
    expect(edited?.value.name).toEqual({ zh: '杭州科技有限公司' });
  });

  it('accepts ISO strings for instants at the boundary', async () => {
    const store = typedStore();
    await store.put('customer', hangzhou);
    await store.put('interaction', { id: 'I-1', customerId: 'C-1', kind: 'visit', at: '2026-03-01T09:00:00+08:00', by: 'rep-7' });
    const visit = await store.get('interaction', 'I-1');
    expect(visit?.value.at).toEqual(new Date('2026-03-01T01:00:00.000Z'));
    expect(visit?.value.contactIds).toEqual([]);
  });

  it('takes drafts in a batch too', async () => {
    const store = typedStore();
    const result = await store.batch([
      { op: 'put', kind: 'customer', value: hangzhou },
      { op: 'put', kind: 'customer', value: { ...hangzhou, id: 'C-2', name: '宁波贸易', nature: 'intermediary' } },
    ]);
    expect(result.ok).toBe(true);
    const { items } = await store.list('customer', { sort: 'id' });
    expect(items.map((record) => [record.id, record.value.name, record.value.schemaVersion, record.value.tags])).toEqual([
      ['C-1', { zh: '杭州科技' }, 2, []],
      ['C-2', { zh: '宁波贸易' }, 2, []],
    ]);
  });

  it('refuses a draft without the fields only a person can give, naming each of them', async () => {
    const store = typedStore();
    const error = await store.put('customer', { id: 'C-2', kind: 'organisation', name: '杭州科技' } as never).catch((e: unknown) => e);
    expect(isStoreError(error) && error.code).toBe('invalid');
    // each by its label in the message, each by its path on the error (no bookkeeping field)
    expect((error as StoreError).issues?.map((issue) => issue.path)).toEqual(['salespersonId', 'territory', 'nature']);
    expect((error as Error).message).toBe(
      'The customer record "C-2" is not valid: Owner salesperson is empty: please fill it in; Territory is empty: please fill it in; Nature: please choose one of the offered values. Correct these fields and save again.',
    );
  });
});
