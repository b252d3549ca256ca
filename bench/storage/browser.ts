// Runs in Chromium (bundled by bench/storage.bench.ts): the IndexedDB adapter against Dexie's
// bulkPut / toArray on the same data, in the same page, one after the other.
import Dexie from 'dexie';
import { generateTransactionColumns } from '@dossier/core/sample';
import { createIndexedDbStore } from '@dossier/storage-adapters';
import { transactionJson } from '@dossier/storage-adapters';
import type { BatchOp } from '@dossier/storage-adapters';

export interface BrowserBenchOptions {
  customers: number;
  transactions: number;
  chunk: number;
  seed: number;
  asOf: string;
}

export interface BrowserBenchTimes {
  customersImport: number;
  transactionsImport: number;
  transactionsRead: number;
  count: number;
}

const regions = ['华东', '华南', '华北', '西南'];
const grades = ['A', 'B', 'C'];

/** The customer records both stores write: core's record shape, small. */
export function benchCustomer(i: number) {
  return {
    id: `C${String(i).padStart(7, '0')}`,
    name: { zh: `客户${i}号贸易有限公司` },
    grade: { current: grades[i % grades.length]! },
    territory: regions[i % regions.length]!,
    salespersonId: `rep-${i % 40}`,
    nature: 'private',
  };
}

async function time(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

function book(options: BrowserBenchOptions) {
  return generateTransactionColumns({ seed: options.seed, customers: options.customers, transactions: options.transactions, asOf: options.asOf });
}

export async function runAdapter(options: BrowserBenchOptions): Promise<BrowserBenchTimes> {
  const lines = book(options);
  const name = `bench-adapter-${Date.now()}`;
  const store = await createIndexedDbStore({ name, persist: false, chunkSize: options.chunk });
  const customersImport = await time(async () => {
    for (let start = 0; start < options.customers; start += options.chunk) {
      const ops: BatchOp[] = [];
      for (let i = start; i < Math.min(options.customers, start + options.chunk); i++) ops.push({ op: 'put', kind: 'customer', value: benchCustomer(i) });
      await store.batch(ops);
    }
  });
  const transactionsImport = await time(() => store.importTransactions(lines, { importId: 'bench' }));
  let count = 0;
  const transactionsRead = await time(async () => {
    count = (await store.readTransactionColumns()).length;
  });
  await store.close();
  await Dexie.delete(name);
  return { customersImport, transactionsImport, transactionsRead, count };
}

export async function runDexie(options: BrowserBenchOptions): Promise<BrowserBenchTimes> {
  const lines = book(options);
  const name = `bench-dexie-${Date.now()}`;
  const db = new Dexie(name);
  db.version(1).stores({ customers: 'id', transactions: 'id, customerId' });
  await db.open();
  const customersImport = await time(async () => {
    for (let start = 0; start < options.customers; start += options.chunk) {
      const rows = [];
      for (let i = start; i < Math.min(options.customers, start + options.chunk); i++) rows.push(benchCustomer(i));
      await db.table('customers').bulkPut(rows);
    }
  });
  const transactionsImport = await time(async () => {
    for (let start = 0; start < lines.length; start += options.chunk) {
      const rows = [];
      for (let i = start; i < Math.min(lines.length, start + options.chunk); i++) rows.push(transactionJson(lines, i, `bench:${i + 1}`));
      await db.table('transactions').bulkPut(rows);
    }
  });
  let count = 0;
  const transactionsRead = await time(async () => {
    count = (await db.table('transactions').toArray()).length;
  });
  db.close();
  await Dexie.delete(name);
  return { customersImport, transactionsImport, transactionsRead, count };
}

import { checkImportLines, planImportChunk, prepareImport, resolveKinds } from '@dossier/storage-adapters';
export async function cpuOnly(options: BrowserBenchOptions) {
  const lines = book(options);
  const kinds = resolveKinds();
  const t0 = performance.now();
  const { columns, ids } = prepareImport(lines, { importId: 'x' });
  const t1 = performance.now();
  checkImportLines(columns, ids, kinds, { at: 'now', by: 'me' });
  const t2 = performance.now();
  let size = 0;
  for (let start = 0; start < columns.length; start += options.chunk) {
    const end = Math.min(columns.length, start + options.chunk);
    const plan = planImportChunk(columns, ids, start, end, { kinds, heads: new Map(), by: 'me', at: 'now' });
    if (start === 0) size = JSON.stringify(plan.rows[0]).length;
  }
  const t3 = performance.now();
  return { prepare: t1 - t0, check: t2 - t1, plan: t3 - t2, rowBytes: size };
}

export async function rawExperiment(options: BrowserBenchOptions & { bytes: number; durability: IDBTransactionDurability; gets: boolean }) {
  const name = `raw-${Date.now()}`;
  const db: IDBDatabase = await new Promise((ok, fail) => {
    const r = indexedDB.open(name, 1);
    r.onupgradeneeded = () => r.result.createObjectStore('s', { keyPath: 'id' });
    r.onsuccess = () => ok(r.result);
    r.onerror = () => fail(r.error);
  });
  const pad = 'x'.repeat(options.bytes);
  const start = performance.now();
  for (let s = 0; s < options.transactions; s += options.chunk) {
    const tx = db.transaction('s', 'readwrite', { durability: options.durability });
    const st = tx.objectStore('s');
    const puts = () => { for (let i = s; i < s + options.chunk; i++) st.put({ id: `bench:${i + 1}`, pad }); };
    if (options.gets) {
      let pending = options.chunk;
      for (let i = s; i < s + options.chunk; i++) st.get(`bench:${i + 1}`).onsuccess = () => { if (--pending === 0) puts(); };
    } else puts();
    await new Promise((ok, fail) => { tx.oncomplete = ok; tx.onerror = () => fail(tx.error); });
  }
  const ms = performance.now() - start;
  db.close();
  indexedDB.deleteDatabase(name);
  return ms;
}
