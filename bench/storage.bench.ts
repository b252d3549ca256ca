// Storage benchmark (issue 4): bulk import of customers and transactions, and reading the
// transactions back for grading —
//   * the IndexedDB adapter against Dexie's bulkPut / toArray, on the same data, in the same
//     Chromium page (Debian's Chromium driven by playwright-core);
//   * the postgres adapter (node-postgres) against plain `COPY … FROM STDIN` (sent through pg
//     with the adapter's own COPY submittable, src/postgres/pg-copy.ts) and a plain SELECT, on the same
//     server (a throwaway cluster unless DOSSIER_BENCH_DATABASE_URL is set).
// Ratios (adapter time / peer time; lower is better) go to bench/results/storage.json.
//
//   pnpm bench                                  100k customers, 1M transactions
//   BENCH_ONLY=storage pnpm bench -- --size small   10k customers, 100k transactions
//   STORAGE_BENCH_PARTS=postgres pnpm bench …   only one half (postgres | indexeddb)
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { computeCustomerFigures, isoDate, TransactionColumnsBuilder } from '@dossier/core';
import type { TransactionColumns } from '@dossier/core';
import { generateTransactionColumns } from '@dossier/core/sample';
import { createPostgresStore } from '@dossier/storage-adapters';
import type { BatchOp } from '@dossier/storage-adapters';
import { startPostgresServer } from '../packages/storage-adapters/test-support/postgres-server.ts';
import { benchCustomer } from './storage/browser.ts';
import type { BrowserBenchTimes } from './storage/browser.ts';
import { startChromiumBench } from './storage/chromium.ts';
import { copyFromText as copyFrom, copyText } from '../packages/storage-adapters/src/postgres/pg-copy.ts';
import { LoadLog } from './shared/load.ts';

const root = resolve(import.meta.dirname, '..');
const sizes = {
  full: { customers: 100_000, transactions: 1_000_000 },
  small: { customers: 10_000, transactions: 100_000 },
} as const;
const sizeName = (process.argv.includes('--size') ? process.argv[process.argv.indexOf('--size') + 1] : process.env.STORAGE_BENCH_SIZE) ?? 'full';
if (!(sizeName in sizes)) throw new Error(`unknown size ${sizeName}; sizes: ${Object.keys(sizes).join(', ')}`);
const size = sizes[sizeName as keyof typeof sizes];
const parts = (process.env.STORAGE_BENCH_PARTS ?? 'postgres,indexeddb').split(',');
const seed = 2026;
const asOf = '2026-01-01';
const chunk = 5000;
const loads = new LoadLog();

const seconds = (ms: number) => Math.round(ms) / 1000;
const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;

async function time(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

function makeBook(): TransactionColumns {
  return generateTransactionColumns({ seed, customers: size.customers, transactions: size.transactions, asOf });
}

// ---------------------------------------------------------------- PostgreSQL

interface PgTimes {
  customersImport: number;
  transactionsImport: number;
  /** The same import again: nothing to write (the adapter's idempotent re-run). */
  transactionsReimport?: number;
  transactionsRead: number;
  figures?: number;
  count: number;
}

async function postgresAdapter(pool: pg.Pool, book: TransactionColumns): Promise<PgTimes> {
  const store = await createPostgresStore({ db: pool, schema: 'bench_adapter', chunkSize: chunk });
  const customersImport = await time(async () => {
    for (let start = 0; start < size.customers; start += chunk) {
      const ops: BatchOp[] = [];
      for (let i = start; i < Math.min(size.customers, start + chunk); i++) ops.push({ op: 'put', kind: 'customer', value: benchCustomer(i) });
      await store.batch(ops);
    }
  });
  const transactionsImport = await time(() => store.importTransactions(book, { importId: 'bench' }));
  let again = { written: -1, unchanged: -1 };
  const transactionsReimport = await time(async () => {
    again = await store.importTransactions(book, { importId: 'bench' });
  });
  if (again.written !== 0 || again.unchanged !== book.length) throw new Error(`the re-run wrote ${again.written} lines`);
  let columns: TransactionColumns | undefined;
  const transactionsRead = await time(async () => {
    columns = await store.readTransactionColumns();
  });
  // Pushed down: one SQL statement. Core: the figures from the columns just read.
  const figures = await time(() => store.customerFigures({ asOf, windowDays: 365 }));
  const coreFigures = await time(async () => computeCustomerFigures(columns!, { asOf, windowDays: 365 }));
  console.log(`  postgres adapter: customerFigures in SQL ${seconds(figures)} s (core on the read columns: ${seconds(coreFigures)} s more after the read)`);
  await store.close();
  return { customersImport, transactionsImport, transactionsReimport, transactionsRead, figures, count: columns!.length };
}

async function postgresCopy(pool: pg.Pool, book: TransactionColumns): Promise<PgTimes> {
  await pool.query(`DROP SCHEMA IF EXISTS bench_copy CASCADE`);
  await pool.query(`CREATE SCHEMA bench_copy`);
  // The same typed book table as the adapter's transaction_lines, and customers as json.
  await pool.query(`CREATE TABLE bench_copy.customers (id text COLLATE "C" PRIMARY KEY, data json NOT NULL)`);
  await pool.query(`CREATE TABLE bench_copy.transaction_lines (
    id text COLLATE "C" PRIMARY KEY, customer_id text COLLATE "C" NOT NULL, day date NOT NULL, amount numeric NOT NULL,
    cost numeric, paid numeric, quantity numeric, order_id text COLLATE "C", product_id text COLLATE "C", category text COLLATE "C")`);
  await pool.query(`CREATE INDEX ON bench_copy.transaction_lines (customer_id, day)`);
  const client = await pool.connect();
  try {
    const customersImport = await time(() =>
      copyFrom(client, 'COPY bench_copy.customers (id, data) FROM STDIN', (function* () {
        for (let start = 0; start < size.customers; start += chunk) {
          let text = '';
          for (let i = start; i < Math.min(size.customers, start + chunk); i++) {
            const customer = benchCustomer(i);
            text += `${copyText(customer.id)}\t${copyText(JSON.stringify(customer))}\n`;
          }
          yield text;
        }
      })()),
    );
    const label = (index: Int32Array | undefined, dictionary: readonly string[] | undefined, i: number) => {
      const at = index?.[i] ?? -1;
      return at >= 0 ? dictionary![at]! : null;
    };
    const transactionsImport = await time(() =>
      copyFrom(
        client,
        'COPY bench_copy.transaction_lines (id, customer_id, day, amount, cost, paid, quantity, order_id, product_id, category) FROM STDIN',
        (function* () {
          for (let start = 0; start < book.length; start += 20_000) {
            let text = '';
            for (let i = start; i < Math.min(book.length, start + 20_000); i++) {
              text += [
                `bench:${i + 1}`,
                copyText(book.customerIds[book.customer[i]!]!),
                isoDate(book.day[i]!),
                book.amount[i]!,
                copyText(book.cost?.[i]),
                copyText(book.paid?.[i]),
                copyText(book.quantity?.[i]),
                copyText(label(book.order, book.orderIds, i)),
                copyText(label(book.product, book.productIds, i)),
                copyText(label(book.category, book.categories, i)),
              ].join('\t') + '\n';
            }
            yield text;
          }
        })(),
      ),
    );
    let count = 0;
    const transactionsRead = await time(async () => {
      // The fastest plain pg read: one SELECT, rows as arrays, into the same column builder.
      const result = await client.query({
        text: `SELECT customer_id, (day - DATE '1970-01-01') AS day, amount::float8, cost::float8, paid::float8, quantity::float8,
                      order_id, product_id, category FROM bench_copy.transaction_lines`,
        rowMode: 'array',
      });
      const builder = new TransactionColumnsBuilder(result.rows.length);
      for (const row of result.rows as unknown[][]) {
        builder.push(row[0] as string, row[1] as number, row[2] as number, {
          cost: (row[3] as number | null) ?? undefined,
          paid: (row[4] as number | null) ?? undefined,
          quantity: (row[5] as number | null) ?? undefined,
          orderId: (row[6] as string | null) ?? undefined,
          productId: (row[7] as string | null) ?? undefined,
          category: (row[8] as string | null) ?? undefined,
        });
      }
      count = builder.finish().length;
    });
    return { customersImport, transactionsImport, transactionsRead, count };
  } finally {
    client.release();
    await pool.query(`DROP SCHEMA IF EXISTS bench_copy CASCADE`);
  }
}

async function benchPostgres(book: TransactionColumns) {
  const external = process.env.DOSSIER_BENCH_DATABASE_URL;
  const server = external ? undefined : await startPostgresServer();
  const pool = new pg.Pool({ connectionString: external ?? server!.url, max: 4 });
  try {
    await pool.query('DROP SCHEMA IF EXISTS bench_adapter CASCADE');
    console.log(`  postgres: ${(await pool.query<{ v: string }>('SELECT version() AS v')).rows[0]!.v.split(' on ')[0]}`);
    const copy = await loads.around('postgres COPY', () => postgresCopy(pool, book));
    console.log(`  plain COPY: customers ${seconds(copy.customersImport)} s, transactions ${seconds(copy.transactionsImport)} s, read ${seconds(copy.transactionsRead)} s`);
    const adapter = await loads.around('postgres adapter', () => postgresAdapter(pool, book));
    console.log(`  adapter:    customers ${seconds(adapter.customersImport)} s, transactions ${seconds(adapter.transactionsImport)} s (re-run ${seconds(adapter.transactionsReimport!)} s), read ${seconds(adapter.transactionsRead)} s`);
    console.log(`  ratios to COPY: customers ${ratio(adapter.customersImport, copy.customersImport)}×, transactions ${ratio(adapter.transactionsImport, copy.transactionsImport)}× (goal ≤ 1.3×)`);
    if (adapter.count !== book.length || copy.count !== book.length) throw new Error(`read back ${adapter.count} / ${copy.count} lines of ${book.length}`);
    await pool.query('DROP SCHEMA IF EXISTS bench_adapter CASCADE');
    return {
      peer: 'COPY FROM STDIN through pg (customers as json, lines into the same typed table); plain SELECT for the read',
      seconds: {
        adapter: { customersImport: seconds(adapter.customersImport), transactionsImport: seconds(adapter.transactionsImport), transactionsReimport: seconds(adapter.transactionsReimport!), transactionsRead: seconds(adapter.transactionsRead), customerFiguresSql: seconds(adapter.figures!) },
        copy: { customersImport: seconds(copy.customersImport), transactionsImport: seconds(copy.transactionsImport), transactionsRead: seconds(copy.transactionsRead) },
      },
      ratios: {
        customersImport: ratio(adapter.customersImport, copy.customersImport),
        transactionsImport: ratio(adapter.transactionsImport, copy.transactionsImport),
        transactionsRead: ratio(adapter.transactionsRead, copy.transactionsRead),
      },
      target: 1.3,
    };
  } finally {
    await pool.end();
    server?.stop();
  }
}

// ---------------------------------------------------------------- IndexedDB

async function benchIndexedDb() {
  const chromium = await startChromiumBench();
  try {
    const options = { customers: size.customers, transactions: size.transactions, chunk, seed, asOf };
    // Dexie first, then the adapter, in the same page; each deletes its database afterwards.
    const dexie: BrowserBenchTimes = await loads.around('Dexie', () => chromium.run('dexie', options));
    console.log(`  Dexie:   customers ${seconds(dexie.customersImport)} s, transactions ${seconds(dexie.transactionsImport)} s, read ${seconds(dexie.transactionsRead)} s`);
    const adapter: BrowserBenchTimes = await loads.around('IndexedDB adapter', () => chromium.run('adapter', options));
    console.log(`  adapter: customers ${seconds(adapter.customersImport)} s, transactions ${seconds(adapter.transactionsImport)} s, read ${seconds(adapter.transactionsRead)} s`);
    if (adapter.count !== size.transactions || dexie.count !== size.transactions) throw new Error(`read back ${adapter.count} / ${dexie.count} lines`);
    return {
      peer: "Dexie 4 bulkPut (chunks of 5000) / toArray on the same records, same Chromium page",
      seconds: {
        adapter: { customersImport: seconds(adapter.customersImport), transactionsImport: seconds(adapter.transactionsImport), transactionsRead: seconds(adapter.transactionsRead) },
        dexie: { customersImport: seconds(dexie.customersImport), transactionsImport: seconds(dexie.transactionsImport), transactionsRead: seconds(dexie.transactionsRead) },
      },
      ratios: {
        customersImport: ratio(adapter.customersImport, dexie.customersImport),
        transactionsImport: ratio(adapter.transactionsImport, dexie.transactionsImport),
        transactionsRead: ratio(adapter.transactionsRead, dexie.transactionsRead),
      },
      target: 1.0,
    };
  } finally {
    await chromium.close();
  }
}

async function main(): Promise<void> {
  console.log(`storage: ${size.customers} customers, ${size.transactions} transactions (${sizeName}); ${cpus().length} cores`);
  const results: Record<string, unknown> = {
    date: new Date().toISOString(),
    size: { name: sizeName, ...size },
    machine: { cores: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version, loadAverageAtStart: loadavg()[0] },
    note: 'ratio = adapter time / peer time (lower is better). The adapters also keep a revision per record and query indexes; the peers store bare rows.',
  };
  if (parts.includes('postgres')) {
    console.log('\npostgres adapter vs plain COPY');
    results['postgres'] = await benchPostgres(makeBook());
  }
  if (parts.includes('indexeddb')) {
    console.log('\nIndexedDB adapter vs Dexie (Chromium)');
    results['indexeddb'] = await benchIndexedDb();
  }
  // Other work on the machine skews single runs: keep the load next to the numbers.
  (results['machine'] as Record<string, unknown>)['loadAverageAtEnd'] = loadavg()[0];
  (results['machine'] as Record<string, unknown>)['loadAverageAroundEngines'] = loads.engines;
  if (loads.loaded) {
    results['warning'] = 'load average above 1 around an engine: ratios from this run are indicative; pnpm bench on a quiet machine must confirm them';
    console.warn(`\nwarning: ${String(results['warning'])}`);
  }
  const dir = join(root, 'bench/results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'storage.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\n${JSON.stringify({ postgres: (results['postgres'] as { ratios?: unknown } | undefined)?.ratios, indexeddb: (results['indexeddb'] as { ratios?: unknown } | undefined)?.ratios })}`);
  console.log('wrote bench/results/storage.json');
}

await main();
