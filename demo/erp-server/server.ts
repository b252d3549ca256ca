// The reference ERP server: PostgreSQL (DATABASE_URL through a pg.Pool, else an embedded
// PGlite), a real sign-in (users table, scrypt hashes, a session cookie), roles from that table,
// Dossier's HTTP handler behind it with the privacy store, and a page with the elements.
// Start it with `pnpm erp-server`; `startErpServer` is what the end-to-end test starts.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { importEncryptionKey } from '@dossier/core';
import {
  createPostgresAuditLog,
  createPostgresStore,
  createStoreHandler,
  dossierKinds,
  localeOfRequest,
  sealableKinds,
  unauthenticatedResponse,
  withPrivacy,
  type DossierRecords,
} from '@dossier/storage-adapters';
import { toNodeListener } from '@dossier/storage-adapters/node';
import { archivePage, signInPage } from './pages.ts';
import { createUsers, sessionOf, sessionSetCookie, viewerOf, type SeedUser, type Sql } from './users.ts';

/** Options of {@link startErpServer}. */
export interface ErpServerOptions {
  /** A PostgreSQL connection string; without one, PGlite (`dataDir`, default in memory). */
  databaseUrl?: string | undefined;
  dataDir?: string | undefined;
  /** Port on 127.0.0.1 (default: a free one). */
  port?: number | undefined;
  /** The 32-byte key of the secret fields (default: a new one per start: sealed values of an earlier start stay unreadable). */
  key?: Uint8Array | undefined;
  /** Users created on the first start (default: {@link demoUsers}). */
  users?: readonly SeedUser[] | undefined;
  /** Mark the session cookie `Secure` (behind HTTPS). */
  secureCookie?: boolean | undefined;
}

/** The users of a first start: a manager and two sales reps (change the passwords). */
export const demoUsers: readonly SeedUser[] = [
  { id: 'M001', login: 'manager', password: 'manager-2026', name: '王经理', roleId: 'sales-manager' },
  { id: 'R001', login: 'rep1', password: 'rep1-2026', name: '李业务', roleId: 'sales-rep' },
  { id: 'R002', login: 'rep2', password: 'rep2-2026', name: '张业务', roleId: 'sales-rep' },
];

const bundlePath = resolve(import.meta.dirname, '../../packages/components/dist/dossier.bundle.js');

async function openDatabase(options: ErpServerOptions): Promise<{ db: Parameters<typeof createPostgresStore>[0]['db']; sql: Sql; close: () => Promise<void> }> {
  if (options.databaseUrl) {
    const pg = (await import('pg')).default;
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 8 });
    // Without it, a PostgreSQL restart ends the process (an idle client's 'error' event).
    pool.on('error', (error) => console.warn('erp-server: PostgreSQL connection lost; the pool reconnects:', error.message));
    return { db: pool, sql: pool as unknown as Sql, close: () => pool.end() };
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const lite = new PGlite(options.dataDir ?? 'memory://');
  await lite.waitReady;
  return { db: lite, sql: lite as unknown as Sql, close: () => lite.close() };
}

/** Two customers of the reps, on the first start, so that the page shows something. */
async function seedArchive(store: { list: (kind: 'customer', query: { limit: number }) => Promise<{ items: unknown[] }>; put: (kind: 'customer', value: never) => Promise<unknown> }): Promise<void> {
  if ((await store.list('customer', { limit: 1 })).items.length > 0) return;
  const customers = [
    { id: 'C-1001', kind: 'organisation', name: '杭州远景科技有限公司', nature: 'manufacturer', salespersonId: 'R001', territory: '华东', mobile: '13911112222' },
    { id: 'C-1002', kind: 'person', name: '王秘芳', nature: 'individual-consumer', salespersonId: 'R002', territory: '华东', mobile: '13812341234' },
  ];
  for (const customer of customers) await store.put('customer', customer as never);
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  let text = '';
  for await (const chunk of req) {
    text += String(chunk);
    if (text.length > 4096) break;
  }
  return new URLSearchParams(text);
}

const html = (res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}) =>
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...headers }).end(body);
const redirect = (res: ServerResponse, to: string, headers: Record<string, string> = {}) => res.writeHead(303, { location: to, ...headers }).end();

/**
 * Starts the reference server; resolves once it listens.
 *
 * @example
 * const server = await startErpServer({ databaseUrl: process.env.DATABASE_URL, port: 8080 });
 * process.once('SIGTERM', () => void server.close());
 */
export async function startErpServer(options: ErpServerOptions = {}): Promise<{ url: string; close(): Promise<void> }> {
  const database = await openDatabase(options);
  const users = await createUsers(database.sql, 'erp', options.users ?? demoUsers);
  const store = await createPostgresStore<DossierRecords>({ db: database.db, schema: 'dossier', kinds: sealableKinds(dossierKinds()), actor: 'erp' });
  const audit = await createPostgresAuditLog(database.db, { schema: 'dossier' });
  const key = await importEncryptionKey(new Uint8Array(options.key ?? randomBytes(32)));
  const privacy = withPrivacy(store, { key, audit, actor: 'erp' });
  await seedArchive(privacy as never);

  // The one place a request becomes a viewer: the session cookie, looked up in the users table.
  const handler = createStoreHandler(privacy, {
    basePath: '/api/dossier',
    authenticate: async (request) => {
      const user = await users.userOf(sessionOf(request.headers.get('cookie')));
      return user ? viewerOf(user) : unauthenticatedResponse(request);
    },
  });
  const api = toNodeListener(handler);
  const localeOf = (req: IncomingMessage) => localeOfRequest(new Request('http://erp/', { headers: { 'accept-language': String(req.headers['accept-language'] ?? '') } }));
  const secure = options.secureCookie ?? false;

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://erp');
    const route = `${req.method ?? 'GET'} ${url.pathname}`;
    const respond = async () => {
      if (url.pathname.startsWith('/api/dossier/')) return api(req, res);
      const token = sessionOf(req.headers.cookie);
      if (route === 'GET /login') return html(res, 200, signInPage(localeOf(req), url.searchParams.has('failed')));
      if (route === 'POST /login') {
        const form = await readForm(req);
        const signedIn = await users.signIn(form.get('login') ?? '', form.get('password') ?? '');
        return signedIn ? redirect(res, '/', { 'set-cookie': sessionSetCookie(signedIn, secure) }) : redirect(res, '/login?failed');
      }
      if (route === 'POST /logout') {
        await users.signOut(token);
        return redirect(res, '/login', { 'set-cookie': sessionSetCookie(undefined, secure) });
      }
      if (route === 'GET /') {
        const user = await users.userOf(token);
        return user ? html(res, 200, archivePage(localeOf(req), user)) : redirect(res, '/login');
      }
      if (route === 'GET /assets/dossier.bundle.js') {
        const bundle = await readFile(bundlePath);
        return res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(bundle);
      }
      return res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    };
    respond().catch((error: unknown) => {
      console.error('erp-server:', error);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end();
    });
  });
  await new Promise<void>((done) => server.listen(options.port ?? 0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    // Graceful: no new connections, open ones (the change feeds) ended, then the database.
    async close() {
      await new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      });
      await store.close();
      audit.close();
      await database.close();
    },
  };
}
