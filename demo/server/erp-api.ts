// The demo server's ERP back office: Dossier's HTTP protocol (`createStoreHandler`) mounted
// under /api/ on the postgres adapter — a real PostgreSQL when DATABASE_URL is set, an embedded
// PGlite (data under .tmp/demo-pglite) otherwise — behind the privacy store, so that a viewer's
// secrets are masked and sealed on the server and never cross the wire. Loaded by the Vite
// plugin in vite.config.ts.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { importEncryptionKey } from '@dossier/core';
import {
  createPostgresAuditLog,
  createPostgresStore,
  createStoreHandler,
  dossierKinds,
  isStoreError,
  sealableKinds,
  withPrivacy,
  type PostgresAuditLog,
  type PrivacyStore,
  type StoreError,
  type DossierRecords,
  type PostgresStore,
  type StoreViewer,
} from '@dossier/storage-adapters';
import { toNodeListener } from '@dossier/storage-adapters/node';
import { erpViewerHeader } from '../src/erp-viewer.ts';

// The demo has no sign-in: the page's viewer switch names who is looking in a header, and a
// request without it is the page seeding its archive, served by a second handler made with
// `trusted: true`. A demo shortcut only: a real server signs each request in with
// `authenticate` (its session cookie or token, see the package README) and has no trusted
// handler reachable from outside.

const demoViewers: Readonly<Record<string, StoreViewer>> = {
  manager: { userId: 'M001', role: { id: 'sales-manager' } },
  rep: { userId: 'R001', role: { id: 'sales-rep' } },
  'call-centre': { userId: 'CC01', role: { id: 'call-centre' } },
};

// A header naming nobody the demo knows gets a viewer without rights, never a trusted call.
const noRights: StoreViewer = { userId: 'unknown', role: { id: 'unknown' } };
const viewerOf = (header: string | null | undefined): StoreViewer | undefined =>
  header ? (demoViewers[header] ?? noRights) : undefined;

/** The demo's AES-GCM key for secret fields: 32 bytes kept in a file of its own (never in the database). */
async function demoKey(keyFile: string | undefined): Promise<CryptoKey> {
  if (!keyFile) return importEncryptionKey(new Uint8Array(randomBytes(32)));
  if (!existsSync(keyFile)) {
    mkdirSync(dirname(keyFile), { recursive: true });
    writeFileSync(keyFile, randomBytes(32), { mode: 0o600 });
  }
  return importEncryptionKey(new Uint8Array(readFileSync(keyFile)));
}

/** Options of `createErpApi`. */
export interface ErpApiOptions {
  /** A PostgreSQL connection string; without one, PGlite in `dataDir`. */
  databaseUrl?: string | undefined;
  /** Where PGlite keeps its files (`memory://` for none). */
  dataDir: string;
  /** SQL schema of the demo's tables. */
  schema?: string | undefined;
  /** Where the key of the secret fields is kept (created on first start); without it, a key per process. */
  keyFile?: string | undefined;
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
  let opening:
    | Promise<{ store: PostgresStore<DossierRecords>; audit: PostgresAuditLog; privacy: PrivacyStore<DossierRecords>; listener: ReturnType<typeof toNodeListener>; closeDb: () => Promise<void> }>
    | undefined;
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
      const store = await createPostgresStore<DossierRecords>({ db, schema, kinds: sealableKinds(dossierKinds()), actor: 'erp' });
      const audit = await createPostgresAuditLog(db, { schema });
      const privacy = withPrivacy(store, { key: await demoKey(options.keyFile), audit, actor: 'erp' });
      adapter = store.adapter;
      const signedIn = createStoreHandler(privacy, { basePath: '/api', authenticate: (request) => viewerOf(request.headers.get(erpViewerHeader)) ?? noRights });
      // Seeding writes batches of 2 000 generated records: more than the default 4 MiB a request.
      const seeding = createStoreHandler(privacy, { basePath: '/api', trusted: true, limits: { maxBodyBytes: 64 << 20 } });
      const handler = (request: Request) => (request.headers.has(erpViewerHeader) ? signedIn : seeding)(request);
      return { store, audit, privacy, listener: toNodeListener(handler), closeDb };
    })());

  async function reset(): Promise<void> {
    const { store } = await open();
    await store.sql.query(`DROP SCHEMA IF EXISTS ${store.schemaSql} CASCADE`);
    await store.close();
    (await opening!).audit.close();
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
      // The audit log for the page's audit view, read as the viewer: the privacy store's own rule
      // (the role's readAudit right: managers and auditors) decides, not this route.
      if (url.startsWith('/demo-admin/audit')) {
        const viewer = viewerOf(req.headers[erpViewerHeader] as string | undefined) ?? noRights;
        const params = new URL(url, 'http://demo').searchParams;
        open()
          .then(({ privacy }) => privacy.readAudit({ ...(params.get('customerId') ? { customerId: params.get('customerId')! } : {}), ...(params.get('userId') ? { userId: params.get('userId')! } : {}) }, viewer))
          .then(
            (entries) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(entries)),
            (error: unknown) =>
              isStoreError(error, 'forbidden')
                ? res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' }).end((error as StoreError).messages[req.headers['accept-language']?.startsWith('zh') ? 'zh-CN' : 'en'])
                : res.writeHead(503).end(String(error)),
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
      const { store, audit, closeDb } = await opening;
      await store.close();
      audit.close();
      await closeDb();
      opening = undefined;
    },
  };
}
