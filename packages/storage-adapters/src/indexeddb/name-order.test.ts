import { expect } from '@open-wc/testing';
import { openDB } from 'idb';
import { compareCodePoints } from '../contract/index.js';
import { createIndexedDbStore } from './indexeddb-store.js';
import { dropDatabase, freshDatabaseName } from './testing-fixtures/idb-raw.js';

const kindsOfV3 = ['customer', 'contact', 'transaction', 'interaction', 'opportunity', 'competitor-note', 'grading-run', 'task', 'service-case', 'contract', 'satisfaction'];

describe('indexeddb name order', () => {
  it('pages in code-point order of the sort key read along the index, a page at a time', async () => {
    const name = freshDatabaseName();
    const store = await createIndexedDbStore({ name, persist: false });
    // '～' (U+FF5E) sorts before '😀' (U+1F600) by code point, after it by UTF-16 unit.
    const names = ['b', '😀', '～', 'a', '中', 'aa', 'B', '10'];
    for (const [i, n] of names.entries()) await store.put('customer', { id: `c${i}`, name: n });
    for (let i = 0; i < 300; i++) await store.put('contact', { id: `p${String(i).padStart(3, '0')}`, name: `联系人${String(i).padStart(3, '0')}` });
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await store.list('customer', { sort: 'name', limit: 3, ...(cursor ? { cursor } : {}) });
      seen.push(...page.items.map((r) => r.value['name'] as string));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).to.deep.equal([...names].sort(compareCodePoints));
    const desc = await store.list('customer', { sort: 'name', direction: 'desc', limit: 2 });
    expect(desc.items.map((r) => r.value['name'])).to.deep.equal(['😀', '～']);
    // A first page of 10 of 300 steps the index cursor about 10 times and reads no whole store
    // (before: getAll of all 300, then a sort).
    const original = IDBCursor.prototype.continue;
    const getAll = IDBObjectStore.prototype.getAll;
    let steps = 0;
    let wholeReads = 0;
    IDBCursor.prototype.continue = function (this: IDBCursor, ...args: Parameters<IDBCursor['continue']>) {
      steps++;
      return original.apply(this, args);
    };
    IDBObjectStore.prototype.getAll = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['getAll']>) {
      wholeReads++;
      return getAll.apply(this, args);
    };
    try {
      const page = await store.list('contact', { sort: 'name', limit: 10 });
      expect(page.items.map((r) => r.id)).to.deep.equal(Array.from({ length: 10 }, (_, i) => `p00${i}`));
    } finally {
      IDBCursor.prototype.continue = original;
      IDBObjectStore.prototype.getAll = getAll;
    }
    expect(wholeReads).to.equal(0);
    expect(steps).to.be.at.most(11);
    await store.close();
    await dropDatabase(name);
  });

  it('upgrades a schema-3 database: records written before the index are listed in name order', async () => {
    // Rows as the adapter stores them, taken from a new database and stripped of their key.
    const source = freshDatabaseName();
    const writer = await createIndexedDbStore({ name: source, persist: false });
    for (const [id, n] of [['c1', '上海'], ['c2', '北京'], ['c3', '杭州']]) await writer.put('customer', { id: id!, name: n! });
    await writer.close();
    const raw = await openDB(source);
    const rows = ((await raw.getAll('customer')) as Record<string, unknown>[]).map(({ nameOrder: _key, ...row }) => row);
    raw.close();
    await dropDatabase(source);
    const name = freshDatabaseName();
    const old = await openDB(name, 3, {
      upgrade(db) {
        for (const kind of kindsOfV3) {
          const store = db.createObjectStore(kind, { keyPath: 'id' });
          for (const field of ['grade', 'stage', 'owner', 'region', 'nature', 'customerId']) store.createIndex(field, `index.${field}`);
        }
        db.createObjectStore('history', { keyPath: ['kind', 'id', 'rev'] });
        db.createObjectStore('meta');
      },
    });
    for (const row of rows) await old.put('customer', row);
    old.close();
    const store = await createIndexedDbStore({ name, persist: false });
    const listed = (await store.list('customer', { sort: 'name' })).items.map((r) => r.value['name']);
    // With core's kinds the key would be pinyin (北京, 杭州, 上海); these plain JSON kinds sort by code point.
    expect(listed).to.deep.equal(['上海', '北京', '杭州']);
    await store.close();
    await dropDatabase(name);
  });

  it('keeps no name-order key on transaction lines (one index entry less per imported line) and still lists them by name', async () => {
    const name = freshDatabaseName();
    const store = await createIndexedDbStore({ name, persist: false });
    await store.importTransactions(
      [
        { customerId: 'c1', date: '2025-01-02', amount: 1 },
        { customerId: 'c2', date: '2025-01-03', amount: 2 },
      ],
      { importId: 'erp' },
    );
    // A line with a name: the only one with a sort key, so it comes last (the others sort by '' then id).
    await store.put('transaction', { id: 'a-named', name: 'zz', customerId: 'c1', date: '2025-01-04', amount: 3 });
    const raw = await openDB(name);
    const rows = (await raw.getAll('transaction')) as { id: string; nameOrder?: unknown }[];
    raw.close();
    expect(rows.map((row) => [row.id, row.nameOrder])).to.deep.equal([
      ['a-named', undefined],
      ['erp:1', undefined],
      ['erp:2', undefined],
    ]);
    const page = await store.list('transaction', { sort: 'name', limit: 2 });
    expect(page.items.map((r) => r.id)).to.deep.equal(['erp:1', 'erp:2']);
    const rest = await store.list('transaction', { sort: 'name', limit: 2, cursor: page.nextCursor! });
    expect(rest.items.map((r) => r.id)).to.deep.equal(['a-named']);
    expect((await store.list('transaction', { sort: 'name', direction: 'desc', limit: 1 })).items.map((r) => r.id)).to.deep.equal(['a-named']);
    await store.close();
    await dropDatabase(name);
  });
});
