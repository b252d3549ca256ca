// Type tests of @dossier/storage-adapters/indexeddb (see ../public-api.test-d.ts): they run nothing.
import { describe, expectTypeOf, it } from 'vitest';
import { dossierKinds, type DossierRecords, type JsonRecords, type Store } from '../index.js';
import { createIndexedDbStore, type IndexedDbStore } from './index.js';

describe('@dossier/storage-adapters/indexeddb', () => {
  it("the README's createIndexedDbStore({ name, kinds: dossierKinds() }): a store of Dossier records, opened asynchronously", async () => {
    const store = await createIndexedDbStore({ name: 'my-archive', kinds: dossierKinds() });
    expectTypeOf(store).toEqualTypeOf<IndexedDbStore<DossierRecords>>();
    expectTypeOf(store).toExtend<Store<DossierRecords>>();
    expectTypeOf(store.persisted).toEqualTypeOf<Promise<boolean>>();
    expectTypeOf(createIndexedDbStore()).toEqualTypeOf<Promise<IndexedDbStore<JsonRecords>>>();
    // @ts-expect-error the database name is a string
    await createIndexedDbStore({ name: 7 });
  });
});
