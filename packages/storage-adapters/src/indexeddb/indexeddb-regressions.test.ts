import { expect } from '@open-wc/testing';
import { deleteDB, openDB } from 'idb';
import { isStoreError } from '../contract/index.js';
import { createIndexedDbStore } from './indexeddb-store.js';
import { idbFailure } from './errors.js';
import { dropDatabase, freshDatabaseName } from './testing-fixtures/idb-raw.js';
import { crashBook } from './testing-fixtures/import-frame.js';

/** Counts IndexedDB transactions opened per mode while `work` runs. */
async function countTransactions(work: () => Promise<unknown>): Promise<Record<IDBTransactionMode, number>> {
  const counts: Record<IDBTransactionMode, number> = { readonly: 0, readwrite: 0, versionchange: 0 };
  const original = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: Parameters<IDBDatabase['transaction']>) {
    counts[args[1] ?? 'readonly']++;
    return original.apply(this, args);
  } as IDBDatabase['transaction'];
  try {
    await work();
  } finally {
    IDBDatabase.prototype.transaction = original;
  }
  return counts;
}

describe('indexeddb adapter regressions', () => {
  it('counts more records than one page of its reads (1000), live or with tombstones, by index and by text', async () => {
    const name = freshDatabaseName();
    const store = await createIndexedDbStore({ name, persist: false });
    try {
      // c0 … c2344, 客户0 … 客户2344; grade A when i % 5 == 0 (469 of them), else B.
      const ops = Array.from({ length: 2345 }, (_, i) => ({ op: 'put' as const, kind: 'customer' as const, value: { id: `c${i}`, name: `客户${i}`, grade: { current: i % 5 === 0 ? 'A' : 'B' } } }));
      expect((await store.batch(ops)).ok).to.equal(true);
      await store.remove('customer', 'c0');
      await store.remove('customer', 'c1');
      expect(await store.count('customer')).to.equal(2343);
      expect(await store.count('customer', { includeDeleted: true })).to.equal(2345);
      expect(await store.count('customer', { grade: 'A' })).to.equal(468);
      expect(await store.count('customer', { grade: 'A', includeDeleted: true })).to.equal(469);
      // 客户23, 客户230 … 客户239, 客户2300 … 客户2344
      expect(await store.count('customer', { text: '客户23' })).to.equal(56);
    } finally {
      await store.close();
      await dropDatabase(name);
    }
  });

  it('writes what raw idb reads back: head, history and indexes', async () => {
    const name = freshDatabaseName();
    const store = await createIndexedDbStore({ name, persist: false });
    await store.put('customer', { id: 'c1', name: '杭州科技', grade: { current: 'A' } });
    await store.put('customer', { id: 'c1', name: '杭州科技有限公司', grade: { current: 'B' } }, { baseRev: 1 });
    await store.close();
    const db = await openDB(name);
    const head = await db.get('customer', 'c1');
    expect(head.rev).to.equal(2);
    expect(head.data).to.deep.equal({ id: 'c1', name: '杭州科技有限公司', grade: { current: 'B' } });
    const older = await db.get('history', ['customer', 'c1', 1]);
    expect(older.data.name).to.equal('杭州科技');
    expect((await db.getAllKeysFromIndex('customer', 'grade', 'B'))).to.deep.equal(['c1']);
    expect((await db.getAllKeysFromIndex('customer', 'grade', 'A'))).to.deep.equal([]);
    db.close();
    await dropDatabase(name);
  });

  it('upgrades a database of the first layout (before the task, service-case and contract stores): it opens and the new kinds are writable', async () => {
    const name = freshDatabaseName();
    // The layout of schema version 1: the six kinds of then, history and meta.
    const old = await openDB(name, 1, {
      upgrade(db) {
        for (const kind of ['customer', 'contact', 'transaction', 'interaction', 'opportunity', 'competitor-note', 'grading-run']) {
          const store = db.createObjectStore(kind, { keyPath: 'id' });
          for (const field of ['grade', 'stage', 'owner', 'region', 'nature', 'customerId']) store.createIndex(field, `index.${field}`);
        }
        db.createObjectStore('history', { keyPath: ['kind', 'id', 'rev'] });
        db.createObjectStore('meta');
      },
    });
    old.close();
    const before = await createIndexedDbStore({ name, persist: false });
    await before.put('customer', { id: 'c1', name: '杭州科技' });
    await before.put('task', { id: 'k1', customerId: 'c1', title: '回访', ownerId: 'rep-1', status: 'open' });
    expect((await before.get('customer', 'c1'))?.value).to.deep.equal({ id: 'c1', name: '杭州科技' });
    expect((await before.list('task', { owner: 'rep-1', customerId: 'c1' })).items.map((r) => r.id)).to.deep.equal(['k1']);
    await before.close();
    await dropDatabase(name);
  });

  it('writes a batch in one transaction and an import in one transaction per chunk', async () => {
    const name = freshDatabaseName();
    const store = await createIndexedDbStore({ name, persist: false });
    const batch = await countTransactions(() =>
      store.batch(Array.from({ length: 200 }, (_, i) => ({ op: 'put' as const, kind: 'customer' as const, value: { id: `c${i}` } }))),
    );
    expect(batch.readwrite).to.equal(1);
    // 12 000 lines in chunks of 5000: 5000 + 5000 + 2000, three transactions.
    const lines = Array.from({ length: 12_000 }, (_, i) => ({ customerId: `c${i % 7}`, date: '2025-05-01', amount: i }));
    const imported = await countTransactions(() => store.importTransactions(lines, { importId: 'n', chunkSize: 5000 }));
    expect(imported.readwrite).to.equal(3);
    expect((await store.readTransactionColumns()).length).to.equal(12_000);
    await store.close();
    await dropDatabase(name);
  });

  it('says unavailable, not "empty", when the database is deleted under it', async () => {
    const name = freshDatabaseName();
    const store = await createIndexedDbStore({ name, persist: false });
    await store.put('customer', { id: 'c1' });
    // What another tab or the developer tools do: the deletion is not blocked by our connection.
    await deleteDB(name);
    const error = await store.get('customer', 'c1').catch((e: unknown) => e);
    expect(isStoreError(error, 'unavailable')).to.equal(true);
    expect((error as Error).message).to.contain('deleted or upgraded in another tab');
    const list = await store.list('customer').catch((e: unknown) => e);
    expect(isStoreError(list, 'unavailable')).to.equal(true);
    await store.close();
  });

  it('surfaces a full storage as quota and writes nothing of the batch', async () => {
    const name = freshDatabaseName();
    const store = await createIndexedDbStore({ name, persist: false });
    await store.put('customer', { id: 'before' });
    // Chromium raises QuotaExceededError from put() when the origin is over its quota; make
    // the third put of the batch do so.
    const original = IDBObjectStore.prototype.put;
    let puts = 0;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (++puts === 3) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return original.apply(this, args);
    };
    let error: unknown;
    try {
      error = await store
        .batch(Array.from({ length: 5 }, (_, i) => ({ op: 'put' as const, kind: 'customer' as const, value: { id: `q${i}` } })))
        .catch((e: unknown) => e);
    } finally {
      IDBObjectStore.prototype.put = original;
    }
    expect(isStoreError(error, 'quota')).to.equal(true);
    expect((error as { localized(l: string): string }).localized('zh-CN')).to.contain('存储空间已满');
    expect((await store.list('customer')).items.map((r) => r.id)).to.deep.equal(['before']);
    // Wrapped forms are recognised too: an AbortError whose transaction failed on quota.
    const wrapped = idbFailure(new DOMException('aborted', 'AbortError'), { kind: 'customer', id: 'x' }, {
      error: new DOMException('full', 'QuotaExceededError'),
    } as unknown as IDBTransaction);
    expect(isStoreError(wrapped, 'quota')).to.equal(true);
    await store.close();
    await dropDatabase(name);
  });

  it('asks for persistent storage', async () => {
    const original = navigator.storage.persist;
    let asked = 0;
    navigator.storage.persist = () => {
      asked++;
      return Promise.resolve(true);
    };
    try {
      const name = freshDatabaseName();
      const store = await createIndexedDbStore({ name });
      expect(await store.persisted).to.equal(true);
      expect(asked).to.equal(1);
      await store.close();
      await dropDatabase(name);
    } finally {
      navigator.storage.persist = original;
    }
  });

  it('survives a page closed in the middle of a 100k-line import: every chunk all or nothing, a re-run finishes it', async function () {
    this.timeout(240_000);
    const name = freshDatabaseName('dossier-crash');
    const total = 100_000;
    const chunkSize = 5000;
    // The import runs in an iframe (its own document and IndexedDB connection); after its
    // third committed chunk the test removes the frame, which destroys that document and
    // aborts whatever transaction it had in flight — what closing the tab does.
    const frame = document.createElement('iframe');
    const fixture = new URL('./testing-fixtures/import-frame.ts', import.meta.url).href;
    const done = new Promise<number>((resolve, reject) => {
      const onMessage = (event: MessageEvent) => {
        if (event.source !== frame.contentWindow) return;
        const data = event.data as { type: string; committed?: number };
        if (data.type === 'dossier-import-chunk' && (data.committed ?? 0) >= 3 * chunkSize) {
          window.removeEventListener('message', onMessage);
          frame.remove();
          resolve(data.committed!);
        }
        if (data.type === 'dossier-import-finished') reject(new Error('the import finished before the frame was closed'));
      };
      window.addEventListener('message', onMessage);
    });
    frame.srcdoc = `<script type="module">import { runImport } from ${JSON.stringify(fixture)};
      runImport(${JSON.stringify(name)}, ${total}, ${chunkSize}).catch((e) => parent.postMessage({ type: 'dossier-import-error', message: String(e) }, '*'));</script>`;
    document.body.append(frame);
    const reported = await done;
    await new Promise((resolve) => setTimeout(resolve, 200));

    // Raw read-back: which line ids were committed?
    const db = await openDB(name);
    const keys = new Set((await db.getAllKeys('transaction')) as string[]);
    const history = await db.count('history');
    const sample = await db.get('transaction', 'crash:1');
    db.close();
    expect(keys.size).to.be.greaterThan(0);
    expect(keys.size).to.be.lessThan(total);
    expect(keys.size).to.be.at.least(reported);
    for (let start = 0; start < total; start += chunkSize) {
      let present = 0;
      for (let i = start; i < start + chunkSize; i++) if (keys.has(`crash:${i + 1}`)) present++;
      expect(present, `chunk starting at line ${start + 1}`).to.be.oneOf([0, chunkSize]);
    }
    expect(history).to.equal(0);
    expect(sample.rev).to.equal(1);

    // Re-run the same import: it writes only the missing chunks and duplicates nothing.
    const store = await createIndexedDbStore({ name, persist: false });
    const book = crashBook(total);
    const rerun = await store.importTransactions(book, { importId: 'crash', chunkSize });
    expect(rerun).to.deep.equal({ written: total - keys.size, unchanged: keys.size });
    const columns = await store.readTransactionColumns();
    expect(columns.length).to.equal(total);
    // Same lines as the book: compare the total amount (sum of the same numbers, any order
    // up to rounding) and the count of lines per first customer.
    const sum = (values: Float64Array) => values.reduce((a, b) => a + b, 0);
    expect(Math.abs(sum(columns.amount) - sum(book.amount))).to.be.lessThan(1e-3);
    const raw = await openDB(name);
    expect(await raw.count('transaction')).to.equal(total);
    expect(await raw.count('history')).to.equal(0);
    raw.close();
    await store.close();
    await dropDatabase(name);
  });
});
