import { afterAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { isStoreError } from '../contract/index.js';
import { runStoreConformance } from '../testing/index.js';
import { testDatabaseUrl } from '../../test-support/database-url.ts';
import { freePort } from '../../test-support/postgres-server.ts';
import { freshSchemaName, postgresHarness } from '../../test-support/postgres-harness.ts';
import { postgresRegressions } from '../../test-support/postgres-regressions.ts';
import { createPostgresStore } from './postgres-store.js';

// The postgres adapter through node-postgres against the real server of this test run.
const pool = new pg.Pool({ connectionString: testDatabaseUrl(), max: 8 });
afterAll(() => pool.end());

runStoreConformance('postgres (pg)', { describe, it, create: postgresHarness(pool) });
postgresRegressions('pg', pool);

describe('postgres adapter on node-postgres', () => {
  it('serialises transactions on a single Client', async () => {
    const client = new pg.Client({ connectionString: testDatabaseUrl() });
    await client.connect();
    const store = await createPostgresStore({ db: client, schema: freshSchemaName('client') });
    // Ten concurrent unconditional puts of one record on one connection: each is its own
    // BEGIN … COMMIT, never interleaved, so revisions 1…10 all exist.
    await Promise.all(Array.from({ length: 10 }, (_, n) => store.put('customer', { id: 'c', n })));
    expect((await store.history('customer', 'c')).map((r) => r.rev)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    await client.query(`DROP SCHEMA ${store.schemaSql} CASCADE`);
    await store.close();
    await client.end();
  });

  it('says unavailable when the server cannot be reached', async () => {
    const port = await freePort(); // nothing listens there
    const unreachable = new pg.Pool({ connectionString: `postgres://postgres@127.0.0.1:${port}/postgres`, connectionTimeoutMillis: 2000 });
    const error = await createPostgresStore({ db: unreachable }).catch((e: unknown) => e);
    expect(isStoreError(error, 'unavailable')).toBe(true);
    expect((error as Error).message).toMatch(/ECONNREFUSED|connect/);
    await unreachable.end();
  });
});
