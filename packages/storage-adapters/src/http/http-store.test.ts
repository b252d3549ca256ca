import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importEncryptionKey } from '@dossier/core';
import { dossierKinds, isStoreError } from '../contract/index.js';
import type { Store, StoreError, StoreViewer } from '../contract/index.js';
import { createMemoryData, createMemoryStore } from '../memory/index.js';
import { createMemoryAuditLog } from '../privacy/audit-log.js';
import { withPrivacy } from '../privacy/privacy-store.js';
import { sealableKinds } from '../privacy/sealable-kinds.js';
import { memoryRawReader, runStoreConformance } from '../testing/index.js';
import { createHttpStore } from './client.js';
import { createStoreHandler } from './handler.js';
import { unauthenticatedResponse } from './responses.js';
import { toNodeListener } from './node-listener.js';

/** Serves a swappable handler on a real HTTP server on 127.0.0.1 (a free port). */
async function serve(): Promise<{ url: string; server: Server; use(handler: (r: Request) => Promise<Response>): void; close(): Promise<void> }> {
  let current: (r: Request) => Promise<Response> = async () => new Response('not ready', { status: 503 });
  const server = createServer(toNodeListener((request) => current(request)));
  // Client and server share one (busy) event loop here: keep idle connections open longer than
  // undici does, so a stall never lets the server close a socket the client is about to reuse.
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    use: (handler) => (current = handler),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

runStoreConformance('http (over a real local HTTP server, memory behind it)', {
  describe,
  it,
  create: async (options) => {
    const data = createMemoryData();
    const http = await serve();
    const stores: Store[] = [];
    const open = (next: typeof options) => {
      const backing = createMemoryStore({ ...next, data });
      http.use(createStoreHandler(backing, { basePath: '/api/dossier', trusted: true }));
      const client = createHttpStore({ baseUrl: `${http.url}/api/dossier`, kinds: next.kinds });
      stores.push(backing, client);
      return client;
    };
    return {
      store: open(options),
      raw: memoryRawReader(data),
      reopen: async (next) => open(next),
      cleanup: async () => {
        for (const store of stores) await store.close();
        await http.close();
      },
    };
  },
});

describe('http adapter', () => {
  const signedIn = { authorization: 'Bearer tester' };
  let http: Awaited<ReturnType<typeof serve>>;
  let seenViewer: StoreViewer | undefined;
  beforeAll(async () => {
    http = await serve();
    const backing = createMemoryStore();
    const spying: Store = { ...backing, get: (kind, id, options) => ((seenViewer = options?.viewer), backing.get(kind, id, options)) };
    http.use(
      createStoreHandler(spying, {
        // A test sign-in: the bearer token is the user id.
        authenticate: (request) => {
          const token = /^Bearer (\S+)$/.exec(request.headers.get('authorization') ?? '')?.[1];
          return token ? { userId: token } : unauthenticatedResponse(request);
        },
      }),
    );
  });
  afterAll(() => http.close());

  it('sends a conflict as HTTP 409 carrying both versions', async () => {
    const store = createHttpStore({ baseUrl: http.url, headers: signedIn });
    await store.put('customer', { id: 'c409', name: 'v1' });
    await store.put('customer', { id: 'c409', name: 'v2' }, { baseRev: 1 });
    const response = await fetch(`${http.url}/records/customer/c409`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', ...signedIn },
      body: JSON.stringify({ value: { id: 'c409', name: 'stale' }, baseRev: 1 }),
    });
    expect(response.status).toBe(409);
    const body = (await response.json()) as { conflict: { current: { rev: number; value: unknown }; attempted: { value: unknown } } };
    expect(body.conflict.current.rev).toBe(2);
    expect(body.conflict.current.value).toEqual({ id: 'c409', name: 'v2' });
    expect(body.conflict.attempted.value).toEqual({ id: 'c409', name: 'stale' });
  });

  it('takes the writer and the viewer from the request, not from the body', async () => {
    const store = createHttpStore({ baseUrl: http.url, headers: { authorization: 'Bearer rep-9' } });
    const result = await store.put('customer', { id: 'who' }, { by: 'someone-else' });
    expect(result.ok && result.record.by).toBe('rep-9');
    await store.get('customer', 'who');
    expect(seenViewer).toEqual({ userId: 'rep-9' });
  });

  it('round-trips ids that look like path segments or escapes', async () => {
    const store = createHttpStore({ baseUrl: http.url, headers: signedIn });
    for (const id of ['..', '.', '~', '~..', 'a/b', '%2F', '?x=1#y', ' ']) {
      await store.put('contact', { id, n: id });
      expect((await store.get('contact', id))?.value).toEqual({ id, n: id });
    }
  });

  it('reports a wrong base URL as an error, never as an empty archive', async () => {
    const store = createHttpStore({ baseUrl: `${http.url}/wrong`, headers: signedIn });
    await expect(store.get('customer', 'who')).rejects.toMatchObject({ code: 'not-found', id: undefined });
  });

  it('reports a server that does not answer as unavailable, in both locales', async () => {
    const store = createHttpStore({ baseUrl: 'http://127.0.0.1:9' });
    const error = await store.list('customer').catch((e: unknown) => e);
    expect(isStoreError(error, 'unavailable')).toBe(true);
    expect((error as { localized(l: string): string }).localized('zh-CN')).toContain('档案服务器');
  });

  it('rejects a body whose id differs from the URL', async () => {
    const response = await fetch(`${http.url}/records/customer/a`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', ...signedIn },
      body: JSON.stringify({ value: { id: 'b' } }),
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { code: string; path: string } }).error).toMatchObject({ code: 'invalid', path: 'id' });
  });

  it('answers unknown endpoints with 404 and wrong methods with 405', async () => {
    expect((await fetch(`${http.url}/nothing`, { headers: signedIn })).status).toBe(404);
    expect((await fetch(`${http.url}/records/unicorn`, { headers: signedIn })).status).toBe(404);
    expect((await fetch(`${http.url}/batch`, { headers: signedIn })).status).toBe(405);
  });

  it('splits a big import into requests and keeps line numbers of the whole book', async () => {
    const store = createHttpStore({ baseUrl: http.url, headers: signedIn, importRequestLines: 3 });
    const lines = Array.from({ length: 8 }, (_, i) => ({ customerId: `c${i % 2}`, date: '2025-01-01', amount: i }));
    expect(await store.importTransactions(lines, { importId: 'split' })).toEqual({ written: 8, unchanged: 0 });
    expect((await store.readTransactionColumns({ customerIds: ['c0', 'c1'] })).length).toBe(8);
  });
});

// The README's first write, from a page on the ERP's HTTP store: what a person knows about a
// customer (no schemaVersion, dates or empty lists), through a sign-in and the privacy store.
describe('a customer draft over a signed-in handler on a privacy store', () => {
  const people: Record<string, StoreViewer> = { 'Bearer mgr': { userId: 'M001', role: { id: 'sales-manager' } }, 'Bearer rep': { userId: 'R002', role: { id: 'sales-rep' } } };
  let http: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    http = await serve();
    const key = await importEncryptionKey(new Uint8Array(32).fill(3));
    const store = withPrivacy(createMemoryStore({ kinds: sealableKinds(dossierKinds()) }), { key, audit: createMemoryAuditLog() });
    http.use(createStoreHandler(store, { authenticate: (request) => people[request.headers.get('authorization') ?? ''] ?? unauthenticatedResponse(request) }));
  });
  afterAll(() => http.close());
  const as = (token: string) => createHttpStore({ baseUrl: http.url, kinds: dossierKinds(), headers: { authorization: token } });

  it('writes it filled in and stamped, shows it masked to another rep, and refuses one without a nature naming the field', async () => {
    const draft = { id: 'C-1', kind: 'person', name: '王秘芳', nature: 'individual-consumer', salespersonId: 'R001', territory: '华东', mobile: '13812341234' } as const;
    const written = await as('Bearer mgr').put('customer', draft);
    expect(written.ok && written.record.by).toBe('M001');
    const stored = (await as('Bearer mgr').get('customer', 'C-1'))!.value;
    expect(stored).toMatchObject({ mobile: '13812341234', addresses: [], tags: [], relationship: { stage: 'prospect' } });
    expect(stored.createdAt).toBeInstanceOf(Date);
    expect((await as('Bearer rep').get('customer', 'C-1'))!.value.mobile).toBe('138****1234');
    const { nature: _, ...withoutNature } = { ...draft, id: 'C-2' };
    const refused = await as('Bearer mgr').put('customer', withoutNature as never).catch((error: unknown) => error);
    expect(isStoreError(refused, 'invalid')).toBe(true);
    expect(refused).toMatchObject({ path: 'nature', message: 'The customer record "C-2" is not valid: Nature: please choose one of the offered values. Correct these fields and save again.' });
    expect((refused as StoreError).localized('zh-CN')).toBe('客户记录“C-2”无效：客户性质：请从给定的选项中选择。请更正这些字段后再保存。');
  });
});
