import { afterAll, describe, expect, it } from 'vitest';
import { PGlite } from '@electric-sql/pglite';
import { runStoreConformance } from '../testing/index.js';
import { isStoreError } from '../contract/index.js';
import { createPostgresStore } from './index.js';
import { freshSchemaName, postgresHarness } from '../../test-support/postgres-harness.ts';
import { postgresRegressions } from '../../test-support/postgres-regressions.ts';
import { postgresImportRegressions } from '../../test-support/postgres-import.ts';

// The same adapter and SQL on PGlite (embedded Postgres in WebAssembly), in Node. One
// instance for the file (it takes seconds to start); every case gets its own schema.
const db = new PGlite();
afterAll(() => db.close());

runStoreConformance('postgres (PGlite)', { describe, it, create: postgresHarness(db), timeout: 60_000 });
postgresRegressions('PGlite', db);
postgresImportRegressions('PGlite', db);

describe('postgres adapter on PGlite', () => {
  it('says unavailable, not failed, when the PGlite instance is closed under it', async () => {
    const own = new PGlite();
    const store = await createPostgresStore({ db: own, schema: freshSchemaName('closed') });
    await store.put('customer', { id: 'c1' });
    await own.close(); // what an app shutting its database down first does
    const error = await store.get('customer', 'c1').catch((e: unknown) => e);
    expect(isStoreError(error, 'unavailable')).toBe(true);
    expect((error as Error).message).toMatch(/^The archive storage is not available \(.*closed/i);
    await store.close();
  }, 60_000);
});
