import { afterAll, describe, it } from 'vitest';
import { PGlite } from '@electric-sql/pglite';
import { runStoreConformance } from '../testing/index.js';
import { postgresHarness } from '../../test-support/postgres-harness.ts';
import { postgresRegressions } from '../../test-support/postgres-regressions.ts';

// The same adapter and SQL on PGlite (embedded Postgres in WebAssembly), in Node. One
// instance for the file (it takes seconds to start); every case gets its own schema.
const db = new PGlite();
afterAll(() => db.close());

runStoreConformance('postgres (PGlite)', { describe, it, create: postgresHarness(db), timeout: 60_000 });
postgresRegressions('PGlite', db);
