import { expect } from '@open-wc/testing';
import { openDB } from 'idb';
import fc from 'fast-check';
import type { TransactionColumns } from '@dossier/core';
import { compareCodePoints, jsonKind } from '../contract/index.js';
import { createIndexedDbStore } from './indexeddb-store.js';
import type { IndexedDbStore } from './indexeddb-store.js';
import { lineChunkStoreName, looseIndex } from './line-chunks.js';
import { dropDatabase, freshDatabaseName } from './testing-fixtures/idb-raw.js';

type Line = { customerId: string; date: string; amount: number; cost?: number; paid?: number; quantity?: number; orderId?: string; productId?: string; category?: string };

/** Each line of the columns as text, sorted: the order of lines is not part of the contract. */
function linesOf(c: TransactionColumns): string[] {
  const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
  return Array.from({ length: c.length }, (_, i) =>
    JSON.stringify([
      c.customerIds[c.customer[i]!],
      iso(c.day[i]!),
      c.amount[i],
      c.cost ? c.cost[i] : null,
      c.paid ? c.paid[i] : null,
      c.quantity ? c.quantity[i] : null,
      c.order && c.order[i]! >= 0 ? c.orderIds![c.order[i]!] : null,
      c.product && c.product[i]! >= 0 ? c.productIds![c.product[i]!] : null,
      c.category && c.category[i]! >= 0 ? c.categories![c.category[i]!] : null,
    ]).replaceAll('NaN', 'null'),
  ).sort(compareCodePoints);
}

/** The same text computed from the stored rows themselves (raw IndexedDB, no adapter code). */
async function rowWise(name: string, keep: (line: Line) => boolean = () => true): Promise<string[]> {
  const raw = await openDB(name);
  const rows = (await raw.getAll('transaction')) as { deleted?: boolean; data: Line }[];
  raw.close();
  return rows
    .filter((row) => !row.deleted && keep(row.data))
    .map(({ data: l }) =>
      JSON.stringify([l.customerId, l.date, l.amount, l.cost ?? null, l.paid ?? null, l.quantity ?? null, l.orderId ?? null, l.productId ?? null, l.category ?? null]),
    )
    .sort(compareCodePoints);
}

async function rawChunks(name: string): Promise<{ ids: string[]; columns: TransactionColumns }[]> {
  const raw = await openDB(name);
  const chunks = (await raw.getAll(lineChunkStoreName)) as { ids: string; columns: TransactionColumns }[];
  raw.close();
  return chunks.map((chunk) => ({ ids: JSON.parse(chunk.ids) as string[], columns: chunk.columns }));
}

async function looseCount(name: string): Promise<number> {
  const raw = await openDB(name);
  const count = await raw.transaction('transaction').store.index(looseIndex).count();
  raw.close();
  return count;
}

async function expectSameAsRows(store: IndexedDbStore, name: string): Promise<void> {
  expect(linesOf(await store.readTransactionColumns())).to.deep.equal(await rowWise(name));
  expect(linesOf(await store.readTransactionColumns({ customerIds: ['c1', 'c3'] }))).to.deep.equal(
    await rowWise(name, (l) => l.customerId === 'c1' || l.customerId === 'c3'),
  );
  expect(linesOf(await store.readTransactionColumns({ from: '2025-02-01', to: '2025-03-01' }))).to.deep.equal(
    await rowWise(name, (l) => l.date >= '2025-02-01' && l.date < '2025-03-01'),
  );
}

const book: Line[] = [
  { customerId: 'c1', date: '2025-01-02', amount: 100, cost: 60, paid: 100, quantity: 2, orderId: 'o1', productId: 'p1', category: '饮料' },
  { customerId: 'c2', date: '2025-02-03', amount: 55.5 },
  { customerId: 'c3', date: '2025-02-28', amount: -20, orderId: 'o2' },
  { customerId: 'c1', date: '2025-03-04', amount: 1e9, category: '电子' },
  { customerId: 'c3', date: '2025-01-31', amount: 0.01, productId: 'p2' },
];

describe('indexeddb line chunks', () => {
  it('reads imported lines from chunks, one per import chunk, and no row', async () => {
    const name = freshDatabaseName();
    const store = await createIndexedDbStore({ name, persist: false });
    await store.importTransactions(book, { importId: 'erp', chunkSize: 2 });
    // Five lines in chunks of 2: three chunks (2 + 2 + 1), no loose line.
    expect((await rawChunks(name)).map((c) => c.ids.length).sort()).to.deep.equal([1, 2, 2]);
    expect(await looseCount(name)).to.equal(0);
    expect(linesOf(await store.readTransactionColumns())).to.deep.equal([
      '["c1","2025-01-02",100,60,100,2,"o1","p1","饮料"]',
      '["c1","2025-03-04",1000000000,null,null,null,null,null,"电子"]',
      '["c2","2025-02-03",55.5,null,null,null,null,null,null]',
      '["c3","2025-01-31",0.01,null,null,null,null,"p2",null]',
      '["c3","2025-02-28",-20,null,null,null,"o2",null,null]',
    ]);
    expect(linesOf(await store.readTransactionColumns({ customerIds: ['c3'] }))).to.deep.equal([
      '["c3","2025-01-31",0.01,null,null,null,null,"p2",null]',
      '["c3","2025-02-28",-20,null,null,null,"o2",null,null]',
    ]);
    await expectSameAsRows(store, name);
    await store.close();
    await dropDatabase(name);
  });

  it('follows puts, removes, re-runs and erasure of lines, leaving nothing of a removed line in the chunks', async () => {
    const name = freshDatabaseName();
    const store = await createIndexedDbStore({ name, persist: false });
    await store.importTransactions(book, { importId: 'erp', chunkSize: 2 });
    // A re-run changes nothing.
    expect(await store.importTransactions(book, { importId: 'erp', chunkSize: 2 })).to.deep.equal({ written: 0, unchanged: 5 });
    expect((await rawChunks(name)).length).to.equal(3);
    await expectSameAsRows(store, name);

    // A line written by hand is loose; an imported line edited by hand leaves its chunk.
    await store.put('transaction', { id: 'hand-1', customerId: 'c3', date: '2025-02-10', amount: 7 });
    const edited = await store.get('transaction', 'erp:2');
    await store.put('transaction', { ...edited!.value, amount: 56 });
    expect(await looseCount(name)).to.equal(2);
    await expectSameAsRows(store, name);

    // A re-run with a changed line writes it into a new chunk and out of its old one.
    const changed = book.map((line, i) => (i === 3 ? { ...line, amount: 999 } : line));
    expect(await store.importTransactions(changed, { importId: 'erp', chunkSize: 2 })).to.deep.equal({ written: 2, unchanged: 3 });
    await expectSameAsRows(store, name);
    expect(linesOf(await store.readTransactionColumns({ customerIds: ['c1'] }))).to.deep.equal([
      '["c1","2025-01-02",100,60,100,2,"o1","p1","饮料"]',
      '["c1","2025-03-04",999,null,null,null,null,null,"电子"]',
    ]);

    // Erasure of a line: removed and its history purged — its values are in no chunk any more.
    await store.remove('transaction', 'erp:1');
    await store.purgeHistory('transaction', 'erp:1');
    await expectSameAsRows(store, name);
    const chunks = await rawChunks(name);
    expect(chunks.flatMap((c) => c.ids)).to.not.include('erp:1');
    expect(chunks.flatMap((c) => [...c.columns.amount])).to.not.include(100);
    expect(chunks.flatMap((c) => [...(c.columns.productIds ?? []), ...(c.columns.orderIds ?? []), ...(c.columns.categories ?? [])])).to.not.include.members(['p1', 'o1', '饮料']);

    // Removing the other lines of a chunk deletes the chunk; restoring brings the line back (loose).
    await store.remove('transaction', 'erp:5');
    await store.remove('transaction', 'erp:4');
    await expectSameAsRows(store, name);
    await store.restore('transaction', 'erp:5');
    await expectSameAsRows(store, name);
    expect(linesOf(await store.readTransactionColumns({ customerIds: ['c3'] }))).to.deep.equal([
      '["c3","2025-01-31",0.01,null,null,null,null,"p2",null]',
      '["c3","2025-02-10",7,null,null,null,null,null,null]',
      '["c3","2025-02-28",-20,null,null,null,"o2",null,null]',
    ]);
    await store.close();
    await dropDatabase(name);
  });

  it('an import over a line that already exists writes each line once', async () => {
    const name = freshDatabaseName();
    const store = await createIndexedDbStore({ name, persist: false });
    await store.importTransactions(book.slice(0, 2), { importId: 'a', chunkSize: 5 });
    // b:2 exists before import b (a loose line): that chunk reads its heads, and each line is read back once.
    const raw = await openDB(name);
    const row = (await raw.get('transaction', 'a:1')) as Record<string, unknown>;
    await raw.put('transaction', { ...row, id: 'b:2', data: { ...(row['data'] as object), id: 'b:2' }, loose: 1 });
    raw.close();
    await store.importTransactions(book.slice(0, 3), { importId: 'b', chunkSize: 5 });
    await expectSameAsRows(store, name);
    expect((await store.readTransactionColumns()).length).to.equal(5);
    await store.close();
    await dropDatabase(name);
  });

  it('equals the row-wise read after any sequence of imports, puts and removes (property)', async () => {
    const customer = fc.constantFrom('c1', 'c2', 'c3', '客户四');
    const line = fc.record({
      customerId: customer,
      date: fc.constantFrom('2025-01-02', '2025-02-15', '2025-03-01', '2024-12-31'),
      amount: fc.integer({ min: -100_000, max: 100_000 }).map((fen) => fen / 100),
      category: fc.option(fc.constantFrom('饮料', '电子'), { nil: undefined }),
      orderId: fc.option(fc.constantFrom('o1', 'o2'), { nil: undefined }),
    });
    const op = fc.oneof(
      fc.record({ op: fc.constant('import' as const), importId: fc.constantFrom('x', 'y'), lines: fc.array(line, { maxLength: 7 }), chunkSize: fc.integer({ min: 1, max: 4 }) }),
      fc.record({ op: fc.constant('put' as const), id: fc.constantFrom('x:1', 'x:2', 'y:3', 'h1'), line }),
      fc.record({ op: fc.constant('remove' as const), id: fc.constantFrom('x:1', 'x:2', 'x:3', 'y:1', 'h1') }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 8 }), async (ops) => {
        const name = freshDatabaseName();
        const store = await createIndexedDbStore({ name, persist: false });
        try {
          for (const step of ops) {
            if (step.op === 'import') await store.importTransactions(step.lines.map(clean), { importId: step.importId, chunkSize: step.chunkSize });
            else if (step.op === 'put') await store.put('transaction', { id: step.id, ...clean(step.line) });
            else if (await store.get('transaction', step.id)) await store.remove('transaction', step.id);
            await expectSameAsRows(store, name);
          }
        } finally {
          await store.close();
          await dropDatabase(name);
        }
      }),
      { numRuns: 15 },
    );
  });

  it('reads the rows, migrated, when the chunks were built at an older version of the transaction kind, and builds them again', async () => {
    const name = freshDatabaseName();
    const v1 = await createIndexedDbStore({ name, persist: false });
    await v1.importTransactions(book.slice(0, 2), { importId: 'erp' });
    await v1.close();
    // Version 2 of the kind keeps amounts in fen: 100 yuan → 10000, 55.5 → 5550.
    const v2Kind = { ...jsonKind({ version: 2 }), migrate: (json: Record<string, unknown>) => ({ ...json, amount: Math.round((json['amount'] as number) * 100) }) };
    const v2 = await createIndexedDbStore({ name, persist: false, kinds: { transaction: v2Kind as never } });
    expect((await v2.readTransactionColumns()).amount).to.deep.equal(new Float64Array([10000, 5550]));
    // That read built the chunks again at version 2, from the migrated rows.
    const raw = await openDB(name);
    expect(((await raw.getAll(lineChunkStoreName)) as { version: number }[]).map((c) => c.version)).to.deep.equal([2]);
    raw.close();
    expect(await looseCount(name)).to.equal(0);
    expect((await v2.readTransactionColumns()).amount).to.deep.equal(new Float64Array([10000, 5550]));
    await v2.close();
    await dropDatabase(name);
  });

  it('upgrades a schema-4 database: its lines are chunked on open and read the same', async () => {
    // Rows as the adapter stores them, taken from a new database and stripped of the chunk fields.
    const source = freshDatabaseName();
    const writer = await createIndexedDbStore({ name: source, persist: false });
    await writer.importTransactions(book, { importId: 'erp' });
    await writer.remove('transaction', 'erp:2');
    await writer.close();
    let raw = await openDB(source);
    const rows = ((await raw.getAll('transaction')) as Record<string, unknown>[]).map(({ lineChunk: _c, loose: _l, nameOrder: _n, ...row }) => row);
    raw.close();
    await dropDatabase(source);
    const name = freshDatabaseName();
    const old = await openDB(name, 4, {
      upgrade(db) {
        for (const kind of ['customer', 'contact', 'transaction', 'interaction', 'opportunity', 'competitor-note', 'grading-run', 'task', 'service-case', 'contract', 'satisfaction']) {
          const store = db.createObjectStore(kind, { keyPath: 'id' });
          for (const field of ['grade', 'stage', 'owner', 'region', 'nature', 'customerId']) store.createIndex(field, `index.${field}`);
          store.createIndex('nameOrder', 'nameOrder');
        }
        db.createObjectStore('history', { keyPath: ['kind', 'id', 'rev'] });
        db.createObjectStore('meta');
      },
    });
    for (const row of rows) await old.put('transaction', row);
    old.close();
    const store = await createIndexedDbStore({ name, persist: false });
    // Four live lines (erp:2 removed) in one chunk, none loose, the tombstone in neither.
    expect((await rawChunks(name)).map((c) => c.ids.sort())).to.deep.equal([['erp:1', 'erp:3', 'erp:4', 'erp:5']]);
    expect(await looseCount(name)).to.equal(0);
    expect(linesOf(await store.readTransactionColumns())).to.deep.equal([
      '["c1","2025-01-02",100,60,100,2,"o1","p1","饮料"]',
      '["c1","2025-03-04",1000000000,null,null,null,null,null,"电子"]',
      '["c3","2025-01-31",0.01,null,null,null,null,"p2",null]',
      '["c3","2025-02-28",-20,null,null,null,"o2",null,null]',
    ]);
    // Written to after the upgrade, it stays equal to its rows.
    await store.restore('transaction', 'erp:2');
    await store.remove('transaction', 'erp:4');
    await expectSameAsRows(store, name);
    raw = await openDB(name);
    expect(((await raw.get('transaction', 'erp:1')) as { nameOrder?: unknown }).nameOrder).to.not.equal(undefined);
    raw.close();
    await store.close();
    await dropDatabase(name);
  });
});

function clean(line: Line): Line {
  return Object.fromEntries(Object.entries(line).filter(([, v]) => v !== undefined)) as Line;
}
