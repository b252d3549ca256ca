// Runs in Chromium (bundled by bench/storage.bench.ts): the IndexedDB adapter against Dexie's
// bulkPut / toArray on the same data, in the same page, one after the other.
import Dexie from 'dexie';
import { generateTransactionColumns } from '@dossier/core/sample';
import { createIndexedDbStore, transactionJson } from '@dossier/storage-adapters';
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
