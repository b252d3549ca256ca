// Type tests of @dossier/storage-adapters' public API (the README's snippets): checked by
// `pnpm typecheck` (tsc over src) and by `vitest --typecheck`. They run nothing.
import type { Customer, GradingRun, LocalizedError } from '@dossier/core';
import { describe, expectTypeOf, it } from 'vitest';
import {
  createMemoryStore,
  dossierKinds,
  isStoreError,
  type DossierRecords,
  type JsonRecord,
  type JsonRecords,
  type ListPage,
  type PrivacyStore,
  type Store,
  type StoredRecord,
  type StoreError,
  type StoreErrorCode,
  type StoreViewer,
  type withPrivacy,
  type WriteResult,
} from './index.js';

describe('@dossier/storage-adapters public API', () => {
  it('createMemoryStore({ kinds: dossierKinds() }) infers the Dossier record map', () => {
    const store = createMemoryStore({ kinds: dossierKinds(), actor: 'rep-7' });
    expectTypeOf(store).toEqualTypeOf<Store<DossierRecords>>();
    expectTypeOf(createMemoryStore()).toEqualTypeOf<Store<JsonRecords>>();
  });

  it("store.put('customer', { id, name }) on a JSON store; Dossier kinds want the README's draft", async () => {
    const json = createMemoryStore();
    const plain = await json.put('customer', { id: 'c1', name: '杭州科技' });
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

  it('reads are typed by kind and take a viewer', async () => {
    const store = createMemoryStore({ kinds: dossierKinds() });
    const viewer: StoreViewer = { userId: 'rep-7', role: { id: 'sales-rep' } };
    expectTypeOf(await store.get('grading-run', 'r1', { viewer })).toEqualTypeOf<StoredRecord<GradingRun, 'grading-run'> | undefined>();
    expectTypeOf(await store.list('customer', { viewer })).toEqualTypeOf<ListPage<Customer, 'customer'>>();
  });

  it('withPrivacy keeps the record map', () => {
    expectTypeOf<ReturnType<typeof withPrivacy<DossierRecords>>>().toEqualTypeOf<PrivacyStore<DossierRecords>>();
    expectTypeOf<PrivacyStore<DossierRecords>>().toExtend<Store<DossierRecords>>();
  });

  it('a StoreError is a LocalizedError, and isStoreError narrows to it', () => {
    expectTypeOf<StoreError>().toExtend<LocalizedError<StoreErrorCode>>();
    const error: unknown = new Error('x');
    if (isStoreError(error, 'conflict')) expectTypeOf(error).toEqualTypeOf<StoreError>();
  });
});
