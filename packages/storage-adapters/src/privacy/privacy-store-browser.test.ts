import { expect } from '@open-wc/testing';
import { openDB } from 'idb';
import { createIndexedDbStore } from '../indexeddb/index.js';
import { dropDatabase, freshDatabaseName } from '../indexeddb/testing-fixtures/idb-raw.js';
import { privacySuite } from './privacy-suite.js';

// The privacy decorator over IndexedDB in real Chromium; the dump reads every object store
// with raw idb, around the adapter.
privacySuite('IndexedDB', {
  describe,
  it: (name, body) => it(name, body).timeout(60_000),
  expect: expect as never,
  async create() {
    const name = freshDatabaseName('dossier-privacy');
    const store = await createIndexedDbStore({ name });
    return {
      store,
      async dump() {
        const db = await openDB(name);
        try {
          let text = '';
          for (const storeName of db.objectStoreNames) text += JSON.stringify(await db.getAll(storeName));
          return text;
        } finally {
          db.close();
        }
      },
      async cleanup() {
        await store.close();
        await dropDatabase(name);
      },
    };
  },
});
