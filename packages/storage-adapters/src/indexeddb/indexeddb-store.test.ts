import { expect } from '@open-wc/testing';
import { runStoreConformance, type ConformanceOptions } from '../testing/index.js';
import { isStoreError, type Store, type JsonRecords } from '../contract/index.js';
import { createIndexedDbStore } from './indexeddb-store.js';
import { dropDatabase, freshDatabaseName, idbRawReader } from './testing-fixtures/idb-raw.js';

// The IndexedDB adapter in real Chromium (no IndexedDB shim), read back through raw idb.
const indexedDbHarness: ConformanceOptions = {
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
};
runStoreConformance('indexeddb', indexedDbHarness);

describe('indexeddb store', () => {
  it('refuses to work after close, with an unavailable error, and leaves the database to a new store', async () => {
    const name = freshDatabaseName();
    const store = await createIndexedDbStore({ name, persist: false });
    await store.put('customer', { id: 'c1' });
    await store.close();
    const error = await store.get('customer', 'c1').catch((e: unknown) => e);
    expect(isStoreError(error, 'unavailable')).to.equal(true);
    expect((error as Error).message).to.contain('closed');
    const again = await createIndexedDbStore({ name, persist: false });
    expect((await again.get('customer', 'c1'))?.value).to.deep.equal({ id: 'c1' });
    await again.close();
    await dropDatabase(name);
  });
});
