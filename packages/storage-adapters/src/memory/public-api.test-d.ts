// Type tests of @dossier/storage-adapters/memory (see ../public-api.test-d.ts): they run nothing.
import type { Customer } from '@dossier/core';
import { describe, expectTypeOf, it } from 'vitest';
import { dossierKinds, type DossierRecords, type JsonRecord, type JsonRecords, type Store, type StoredRecord, type WriteResult } from '../index.js';
import { createMemoryStore } from './index.js';

describe('@dossier/storage-adapters/memory', () => {
  it('createMemoryStore({ kinds: dossierKinds() }) infers the Dossier record map', () => {
    expectTypeOf(createMemoryStore({ kinds: dossierKinds(), actor: 'rep-7' })).toEqualTypeOf<Store<DossierRecords>>();
    expectTypeOf(createMemoryStore()).toEqualTypeOf<Store<JsonRecords>>();
  });

  it("store.put('customer', { id, name }) on a JSON store; Dossier kinds want the README's draft", async () => {
    const plain = await createMemoryStore().put('customer', { id: 'c1', name: '杭州科技' });
    expectTypeOf(plain).toEqualTypeOf<WriteResult<JsonRecord, 'customer'>>();

    const store = createMemoryStore({ kinds: dossierKinds(), actor: 'rep-7' });
    const created = await store.put('customer', { id: 'C-1', kind: 'organisation', name: '杭州科技', nature: 'manufacturer', salespersonId: 'rep-7', territory: '华东' });
    expectTypeOf(created).toEqualTypeOf<WriteResult<Customer, 'customer'>>();
    if (created.ok) {
      expectTypeOf(created.record).toEqualTypeOf<StoredRecord<Customer, 'customer'>>();
      expectTypeOf(created.record.value.name).toEqualTypeOf<Customer['name']>();
    } else {
      expectTypeOf(created.conflict.current).toEqualTypeOf<StoredRecord<Customer, 'customer'> | undefined>();
    }
    // @ts-expect-error a Dossier customer needs its kind, nature, salesperson and territory
    await store.put('customer', { id: 'C-2', name: '杭州科技' });
    // @ts-expect-error a customer's name is not a number
    await store.put('customer', { id: 'C-3', kind: 'organisation', name: 7, nature: 'manufacturer', salespersonId: 'rep-7', territory: '华东' });
    // @ts-expect-error no such kind
    await store.put('supplier', { id: 'S-1' });
  });
});
