import { expect } from '@open-wc/testing';
import { deleteDB, openDB } from 'idb';
import { isStoreError } from '../contract/index.js';
import { runAuditLogConformance } from '../testing/index.js';
import { createIndexedDbAuditLog, type IndexedDbAuditLog } from './audit-log.js';
import { dropDatabase, freshDatabaseName } from './testing-fixtures/idb-raw.js';

// The IndexedDB audit log in real Chromium: the shared suite (reopen = a second connection on
// the same database), then what only IndexedDB has: index use, quota, a vanished database.
runAuditLogConformance('indexeddb', {
  describe,
  it: (name, body, timeout) => it(name, body).timeout(timeout ?? 30_000),
  persistent: true,
  create: async () => {
    const name = freshDatabaseName('dossier-audit');
    const logs: IndexedDbAuditLog[] = [await createIndexedDbAuditLog({ name })];
    return {
      log: logs[0]!,
      async reopen() {
        const log = await createIndexedDbAuditLog({ name });
        logs.push(log);
        return log;
      },
      async cleanup() {
        for (const log of logs) log.close();
        await dropDatabase(name);
      },
    };
  },
});

const entry = (n: number, customerId: string, userId = 'u-1') =>
  ({ at: `2026-03-01T00:00:${String(n).padStart(2, '0')}.000Z`, userId, action: 'read', kind: 'customer', recordId: `R-${n}`, customerId }) as const;

describe('indexeddb audit log', () => {
  let name: string;
  let log: IndexedDbAuditLog | undefined;
  beforeEach(async () => {
    name = freshDatabaseName('dossier-audit-reg');
    log = await createIndexedDbAuditLog({ name });
  });
  afterEach(async () => {
    log?.close();
    await dropDatabase(name);
  });

  it('has an auto-increment seq key and indexes on customerId, userId, at and (multi-entry) customerIds', async () => {
    const db = log!.database;
    const tx = db.transaction('entries');
    const store = tx.objectStore('entries');
    expect(store.keyPath).to.equal('seq');
    expect(store.autoIncrement).to.equal(true);
    expect([...store.indexNames].sort()).to.deep.equal(['at', 'customerId', 'customerIds', 'userId']);
    expect(store.index('customerIds').multiEntry).to.equal(true);
  });

  it('reads a customer or a user from its index only, never the whole store', async () => {
    for (let n = 0; n < 30; n++) await log!.append(entry(n, `C-${n % 3}`, `u-${n % 5}`));
    const calls: string[] = [];
    const storeGetAll = IDBObjectStore.prototype.getAll;
    const indexGetAll = IDBIndex.prototype.getAll;
    IDBObjectStore.prototype.getAll = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['getAll']>) {
      calls.push('store');
      return storeGetAll.apply(this, args);
    };
    IDBIndex.prototype.getAll = function (this: IDBIndex, ...args: Parameters<IDBIndex['getAll']>) {
      calls.push(`index:${this.name}`);
      return indexGetAll.apply(this, args);
    };
    try {
      // C-1: n % 3 === 1 for n = 1, 4, …, 28 → 10 entries; u-2: n % 5 === 2 → 2, 7, …, 27 → 6
      expect((await log!.query({ customerId: 'C-1' })).map((e) => e.recordId)).to.deep.equal([1, 4, 7, 10, 13, 16, 19, 22, 25, 28].map((n) => `R-${n}`));
      expect((await log!.query({ userId: 'u-2', customerId: undefined })).map((e) => e.recordId)).to.deep.equal([2, 7, 12, 17, 22, 27].map((n) => `R-${n}`));
      // from second 25 on: n = 25…29
      expect((await log!.query({ from: '2026-03-01T00:00:25.000Z' })).length).to.equal(5);
      // a customer: its own entries and the list views naming it, from two indexes
      expect(calls).to.deep.equal(['index:customerId', 'index:customerIds', 'index:userId', 'index:at']);
    } finally {
      IDBObjectStore.prototype.getAll = storeGetAll;
      IDBIndex.prototype.getAll = indexGetAll;
    }
  });

  it('maps a full disk to a quota StoreError naming the record, and logs nothing', async () => {
    const add = IDBObjectStore.prototype.add;
    IDBObjectStore.prototype.add = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      const error = await log!.append(entry(1, 'C-1')).catch((e: unknown) => e);
      expect(isStoreError(error, 'quota')).to.equal(true);
      expect((error as Error).message).to.include('"R-1"');
      expect((error as { localized(l: string): string }).localized('zh-CN')).to.include('存储空间已满');
    } finally {
      IDBObjectStore.prototype.add = add;
    }
    expect(await log!.query()).to.deep.equal([]);
  });

  it('fails with unavailable when the database is deleted under it, and after close', async () => {
    await log!.append(entry(1, 'C-1'));
    await deleteDB(name); // the log's connection is asked to close (`blocking`) and does
    const error = await log!.query().catch((e: unknown) => e);
    expect(isStoreError(error, 'unavailable')).to.equal(true);
    expect((error as Error).message).to.include('deleted');
    const other = await createIndexedDbAuditLog({ name: freshDatabaseName('dossier-audit-closed') });
    other.close();
    expect(isStoreError(await other.append(entry(1, 'C-1')).catch((e: unknown) => e), 'unavailable')).to.equal(true);
    await dropDatabase(other.database.name);
  });

  it('upgrades a version 1 log in place: its entries stay, list views are found per customer', async () => {
    const old = freshDatabaseName('dossier-audit-v1');
    const v1 = await openDB(old, 1, {
      upgrade(d) {
        const store = d.createObjectStore('entries', { keyPath: 'seq', autoIncrement: true });
        for (const index of ['customerId', 'userId', 'at']) store.createIndex(index, index);
      },
    });
    await v1.add('entries', { at: '2026-03-01T00:00:01.000Z', userId: 'u-1', action: 'read', kind: 'customer', recordId: 'C-1', customerId: 'C-1', fields: ['mobile'] });
    v1.close();
    const upgraded = await createIndexedDbAuditLog({ name: old });
    try {
      await upgraded.append({ at: '2026-03-01T00:00:02.000Z', userId: 'u-2', action: 'read', kind: 'customer', recordId: 'list', customerIds: ['C-2', 'C-1'], fields: ['mobile'] });
      expect((await upgraded.query({ customerId: 'C-1' })).map((e) => [e.seq, e.userId, e.recordId])).to.deep.equal([
        [1, 'u-1', 'C-1'],
        [2, 'u-2', 'list'],
      ]);
      expect((await upgraded.query({ customerId: 'C-2' })).map((e) => e.seq)).to.deep.equal([2]);
    } finally {
      upgraded.close();
      await dropDatabase(old);
    }
  });

  it('refuses a database of the same name that is not an audit log', async () => {
    const foreign = freshDatabaseName('dossier-not-audit');
    const db = await openDB(foreign, 1, { upgrade: (d) => void d.createObjectStore('something-else') });
    db.close();
    const error = await createIndexedDbAuditLog({ name: foreign }).catch((e: unknown) => e);
    expect(isStoreError(error, 'unavailable')).to.equal(true);
    expect((error as Error).message).to.include('not an audit log');
    await dropDatabase(foreign);
  });
});
