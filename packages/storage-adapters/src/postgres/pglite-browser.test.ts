import { PGlite } from '@electric-sql/pglite';
import { runStoreConformance } from '../testing/index.js';
import { createPostgresStore } from './postgres-store.js';
import { quoteIdentifier, toSqlClient } from './index.js';
import { postgresRawReader } from '../../test-support/postgres-raw.ts';

// The postgres adapter on PGlite in real Chromium: the same SQL as on the server, in the page.
// PGlite's binary files come base64-encoded (see web-test-runner.config.mjs).
async function bytes(file: string): Promise<Uint8Array<ArrayBuffer>> {
  const text = await (await fetch(`/__pglite/${file}.b64`)).text();
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}
let db: Promise<PGlite> | undefined;
const database = () =>
  (db ??= (async () => {
    const [data, wasm] = await Promise.all([bytes('pglite.data'), bytes('pglite.wasm')]);
    return PGlite.create({ fsBundle: new Blob([data]), wasmModule: await WebAssembly.compile(wasm) });
  })());
let counter = 0;

runStoreConformance('postgres (PGlite in Chromium)', {
  describe,
  it: (name, body, timeout) => it(name, body).timeout(timeout ?? 60_000),
  timeout: 120_000,
  create: async (options) => {
    const sql = toSqlClient(await database());
    const schema = `browser_${++counter}_${Math.random().toString(36).slice(2, 8)}`;
    const stores = [await createPostgresStore({ ...options, db: sql, schema })];
    const s = quoteIdentifier(schema);
    const raw = postgresRawReader(sql, s);
    return {
      store: stores[0]!,
      raw,
      async reopen(next) {
        const store = await createPostgresStore({ ...next, db: sql, schema });
        stores.push(store);
        return store;
      },
      async cleanup() {
        for (const store of stores) await store.close();
        await sql.query(`DROP SCHEMA ${s} CASCADE`);
      },
    };
  },
});
