/**
 * Conformance-suite harness for the postgres adapter: every case gets its own SQL schema in
 * the shared database (pg server or PGlite), dropped again by `cleanup`.
 */
import type { ConformanceOptions } from '../src/testing/index.js';
import { createPostgresStore, quoteIdentifier, toSqlClient } from '../src/postgres/index.js';
import type { PGliteLike, PgPoolLike } from '../src/postgres/index.js';
import { postgresRawReader } from './postgres-raw.ts';

let counter = 0;

/** A schema name no other case (or concurrent test file) uses. */
export function freshSchemaName(prefix = 'case'): string {
  // In a browser (the PGlite suite in Chromium) there is no process: one page, one database.
  const pid = typeof process === 'undefined' ? 'page' : process.pid;
  return `${prefix}_${pid}_${++counter}_${Math.random().toString(36).slice(2, 8)}`;
}

export function postgresHarness(db: PgPoolLike | PGliteLike): ConformanceOptions['create'] {
  const sql = toSqlClient(db);
  return async (options) => {
    const schema = freshSchemaName();
    const stores = [await createPostgresStore({ ...options, db: sql, schema })];
    const first = stores[0]!;
    return {
      store: first,
      raw: postgresRawReader(sql, quoteIdentifier(schema)),
      async reopen(next) {
        const store = await createPostgresStore({ ...next, db: sql, schema });
        stores.push(store);
        return store;
      },
      async cleanup() {
        for (const store of stores) await store.close();
        await sql.query(`DROP SCHEMA ${quoteIdentifier(schema)} CASCADE`);
      },
    };
  };
}
