import { expect } from '@open-wc/testing';
import { createIndexedDbStore } from '../indexeddb/index.js';
import { dropDatabase, freshDatabaseName, idbDump } from '../indexeddb/testing-fixtures/idb-raw.js';
import { privacySuite } from './privacy-suite.js';

// The privacy decorator over IndexedDB in real Chromium; the dump reads every object store
// with raw idb, around the adapter. The assertions live in the shared privacy suite.
privacySuite('IndexedDB', {
  describe,
  it: (name, body) => it(name, body).timeout(60_000),
  expect: expect as never,
  async create() {
    const name = freshDatabaseName('dossier-privacy');
    const store = await createIndexedDbStore({ name });
    return {
      store,
      dump: () => idbDump(name),
      async cleanup() {
        await store.close();
        await dropDatabase(name);
      },
    };
  },
});
