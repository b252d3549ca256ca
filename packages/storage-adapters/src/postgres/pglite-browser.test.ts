import { expect } from '@open-wc/testing';
import { PGlite } from '@electric-sql/pglite';
import { isStoreError } from '../contract/index.js';
import { runStoreConformance } from '../testing/index.js';
import { createPostgresStore } from './postgres-store.js';
import { quoteIdentifier, toSqlClient } from './index.js';
import { postgresHarness } from '../../test-support/postgres-harness.ts';

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
  // A schema of its own per case in the page's one PGlite (the harness the node suites use).
  create: async (options) => postgresHarness(await database())(options),
});

describe('postgres store on PGlite in Chromium', () => {
  it('refuses to work after close, with an unavailable error, and leaves its rows to a new store', async () => {
    const sql = toSqlClient(await database());
    const schema = `browser_close_${++counter}`;
    const store = await createPostgresStore({ db: sql, schema });
    await store.put('customer', { id: 'c1' });
    await store.close();
    const error = await store.get('customer', 'c1').catch((e: unknown) => e);
    expect(isStoreError(error, 'unavailable')).to.equal(true);
    expect((error as Error).message).to.contain('closed');
    const again = await createPostgresStore({ db: sql, schema });
    expect((await again.get('customer', 'c1'))?.value).to.deep.equal({ id: 'c1' });
    await again.close();
    await sql.query(`DROP SCHEMA ${quoteIdentifier(schema)} CASCADE`);
  }).timeout(60_000);
});
