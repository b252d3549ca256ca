// The demo server's ERP back office: Dossier's HTTP protocol (`createStoreHandler`) mounted
// under /api/ on the postgres adapter — a real PostgreSQL when DATABASE_URL is set, an embedded
// PGlite (data under .tmp/demo-pglite) otherwise. Loaded by the Vite plugin in vite.config.ts.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { mkdirSync } from 'node:fs';
import { createPostgresStore, createStoreHandler, dossierKinds, toNodeListener, type DossierRecords, type PostgresStore } from '@dossier/storage-adapters';

/** Options of `createErpApi`. */
export interface ErpApiOptions {
  /** A PostgreSQL connection string; without one, PGlite in `dataDir`. */
  databaseUrl?: string | undefined;
  /** Where PGlite keeps its files (`memory://` for none). */
  dataDir: string;
  /** SQL schema of the demo's tables. */
  schema?: string | undefined;
}

/** A connect-style middleware serving `/api/…` and `POST /demo-admin/reset`, and a close. */
export interface ErpApi {
  middleware(req: IncomingMessage, res: ServerResponse, next: () => void): void;
  /** Opens the database ahead of the first request (PGlite takes seconds to start). */
  warm(): void;
  /** `postgres` or `pglite`, once opened. */
  readonly adapter: string | undefined;
  close(): Promise<void>;
}

/**
 * @example
 * const api = createErpApi({ databaseUrl: process.env.DATABASE_URL, dataDir: '.tmp/demo-pglite' });
 * server.middlewares.use(api.middleware);
 */
export function createErpApi(options: ErpApiOptions): ErpApi {
  const schema = options.schema ?? 'dossier_demo';
  let opening: Promise<{ store: PostgresStore<DossierRecords>; listener: ReturnType<typeof toNodeListener>; closeDb: () => Promise<void> }> | undefined;
  let adapter: string | undefined;

  async function openDatabase(): Promise<{ db: Parameters<typeof createPostgresStore>[0]['db']; closeDb: () => Promise<void> }> {
    if (options.databaseUrl) {
      const pg = (await import('pg')).default;
      const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 4 });
      return { db: pool, closeDb: () => pool.end() };
    }
    const { PGlite } = await import('@electric-sql/pglite');
    if (!options.dataDir.startsWith('memory://')) mkdirSync(options.dataDir, { recursive: true });
    const db = new PGlite(options.dataDir);
    await db.waitReady;
    return { db, closeDb: () => db.close() };
  }

  const open = () =>
    (opening ??= (async () => {
      const { db, closeDb } = await openDatabase();
      const store = await createPostgresStore<DossierRecords>({ db, schema, kinds: dossierKinds(), actor: 'erp' });
      adapter = store.adapter;
      const handler = createStoreHandler(store, { basePath: '/api' });
      return { store, listener: toNodeListener(handler), closeDb };
    })());

  async function reset(): Promise<void> {
    const { store } = await open();
    await store.sql.query(`DROP SCHEMA IF EXISTS ${store.schemaSql} CASCADE`);
    await store.close();
    const { closeDb } = await opening!;
    await closeDb();
    opening = undefined;
    await open();
  }

  return {
    warm() {
      open().catch((error: unknown) => console.error(error));
    },
    get adapter() {
      return adapter;
    },
    middleware(req, res, next) {
      const url = req.url ?? '';
      if (url.startsWith('/api/') || url === '/api') {
        open().then(
          ({ listener }) => listener(req, res),
          (error: unknown) => {
            console.error(error);
            res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' }).end(`The ERP database could not be opened: ${String(error)}`);
          },
        );
        return;
      }
      if (url === '/demo-admin/info') {
        open().then(
          () => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ adapter })),
          (error: unknown) => res.writeHead(503).end(String(error)),
        );
        return;
      }
      if (url === '/demo-admin/reset' && req.method === 'POST') {
        reset().then(
          () => res.writeHead(204).end(),
          (error: unknown) => {
            console.error(error);
            res.writeHead(500).end(String(error));
          },
        );
        return;
      }
      next();
    },
    async close() {
      if (!opening) return;
      const { store, closeDb } = await opening;
      await store.close();
      await closeDb();
      opening = undefined;
    },
  };
}
