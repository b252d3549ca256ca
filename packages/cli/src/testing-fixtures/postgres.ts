import { afterAll, beforeAll } from 'vitest';
import { startPostgresServer } from '../../../storage-adapters/test-support/postgres-server.ts';
import type { PostgresServer } from '../../../storage-adapters/test-support/postgres-server.ts';

/** The PostgreSQL of a test file, once its `beforeAll` has run. */
export interface TestPostgres {
  /** The connection URL; undefined when there is no server. */
  url: string | undefined;
  /** Why there is no server (for `context.skip`). */
  unavailable: string;
}

/**
 * The PostgreSQL for a test file's `--database-url` tests: DOSSIER_TEST_DATABASE_URL, else a
 * throwaway cluster (storage-adapters' test support) started before the file's tests and
 * stopped after them; when neither exists, `unavailable` says why (and a warning is printed).
 *
 * @example
 * const pgServer = usePostgres();
 * it('…', async (context) => { if (!pgServer.url) context.skip(pgServer.unavailable); … });
 */
export function usePostgres(): TestPostgres {
  const db: TestPostgres = { url: undefined, unavailable: '' };
  let server: PostgresServer | undefined;
  beforeAll(async () => {
    db.url = process.env.DOSSIER_TEST_DATABASE_URL;
    if (db.url) return;
    try {
      server = await startPostgresServer();
      db.url = server.url;
    } catch (error) {
      db.unavailable = `no PostgreSQL for the --database-url tests (set DOSSIER_TEST_DATABASE_URL or install the server, scripts/system-deps.sh): ${(error as Error).message}`;
      console.warn(db.unavailable);
    }
  }, 120_000);
  afterAll(() => server?.stop());
  return db;
}
