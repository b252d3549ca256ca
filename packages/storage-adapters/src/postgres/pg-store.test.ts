import { afterAll, describe, it } from 'vitest';
import pg from 'pg';
import { runStoreConformance } from '../testing/index.js';
import { testDatabaseUrl } from '../../test-support/database-url.ts';
import { postgresHarness } from '../../test-support/postgres-harness.ts';

// The postgres adapter through node-postgres against the real server of this test run.
const pool = new pg.Pool({ connectionString: testDatabaseUrl(), max: 8 });
afterAll(() => pool.end());

runStoreConformance('postgres (pg)', { describe, it, create: postgresHarness(pool) });
