import { runStoreConformance } from '../testing/index.js';
import type { Store, JsonRecords } from '../contract/index.js';
import { createIndexedDbStore } from './indexeddb-store.js';
import { dropDatabase, freshDatabaseName, idbRawReader } from './testing-fixtures/idb-raw.js';

// The IndexedDB adapter in real Chromium (no IndexedDB shim), read back through raw idb.
runStoreConformance('indexeddb', {
  describe,
  it: (name, body, timeout) => it(name, body).timeout(timeout ?? 30_000),
  create: async (options) => {
    const name = freshDatabaseName();
    const stores: Store<JsonRecords>[] = [await createIndexedDbStore({ ...options, name })];
    return {
      store: stores[0]!,
      raw: idbRawReader(name),
      async reopen(next) {
        const store = await createIndexedDbStore({ ...next, name });
        stores.push(store);
        return store;
      },
      async cleanup() {
        for (const store of stores) await store.close();
        await dropDatabase(name);
      },
    };
  },
});
