import pg from 'pg';
import { generateTransactionColumns } from '@dossier/core/sample';
import { createPostgresStore, toSqlClient } from '@dossier/storage-adapters';
import type { SqlClient, SqlQueryable } from '@dossier/storage-adapters';
import { startPostgresServer } from '../../packages/storage-adapters/test-support/postgres-server.ts';
const server = await startPostgresServer();
const pool = new pg.Pool({ connectionString: server.url });
const base = toSqlClient(pool);
const stats = new Map<string, number>();
const wrap = (q: SqlQueryable): SqlQueryable => ({
  async query(text, params) {
    const t = performance.now();
    try { return await q.query(text, params); } finally {
      const key = text.trim().slice(0, 40).replace(/\s+/g, ' ');
      stats.set(key, (stats.get(key) ?? 0) + performance.now() - t);
    }
  },
});
const sql: SqlClient = { dialect: 'pg', ...wrap(base), transaction: (work) => base.transaction((tx) => work(wrap(tx))) };
const store = await createPostgresStore({ db: sql, schema: 'p' });
const book = generateTransactionColumns({ seed: 1, customers: 5000, transactions: 30000, asOf: '2026-01-01' });
const t0 = performance.now();
await store.importTransactions(book, { importId: 'x' });
console.log('import', performance.now() - t0);
console.log([...stats.entries()].map(([k, v]) => `${Math.round(v)} ms  ${k}`).join('\n'));
await store.close(); await pool.end(); server.stop();
