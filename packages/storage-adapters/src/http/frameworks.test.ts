import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve as serveHono } from '@hono/node-server';
import express from 'express';
import Fastify from 'fastify';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importEncryptionKey } from '@dossier/core';
import type { StoreViewer } from '../contract/index.js';
import { createMemoryStore } from '../memory/index.js';
import { createMemoryAuditLog } from '../privacy/audit-log.js';
import { withPrivacy } from '../privacy/privacy-store.js';
import { person } from '../privacy/privacy-suite.js';
import { createHttpStore } from './client.js';
import { createStoreHandler } from './handler.js';
import { toNodeListener } from './node-listener.js';
import { unauthenticatedResponse } from './responses.js';

// The server's own sign-in: a session cookie or a bearer token, each naming a user of its users
// table with a role. Nothing the client sends besides them decides who it is.
const users: Record<string, StoreViewer> = {
  'mgr-1': { userId: 'mgr-1', role: { id: 'sales-manager' } },
  'rep-2': { userId: 'rep-2', role: { id: 'sales-rep' } },
};
const sessions: Record<string, string> = { 'sid-manager': 'mgr-1' };
const tokens: Record<string, string> = { 'token-rep2': 'rep-2' };

async function authenticate(request: Request): Promise<StoreViewer | Response> {
  await Promise.resolve(); // a session lookup is asynchronous
  const cookie = /(?:^|;\s*)sid=([^;]+)/.exec(request.headers.get('cookie') ?? '')?.[1];
  const token = /^Bearer (\S+)$/.exec(request.headers.get('authorization') ?? '')?.[1];
  const userId = (cookie && sessions[cookie]) || (token && tokens[token]);
  return userId ? users[userId]! : unauthenticatedResponse(request);
}

const mount = '/api/dossier';

/** A running server with the handler mounted under `mount` by one framework. */
interface Mounted {
  url: string;
  close(): Promise<void>;
}

type Handler = (request: Request) => Promise<Response>;

async function listen(server: Server): Promise<Mounted> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const frameworks: Record<string, (handler: Handler) => Promise<Mounted>> = {
  'node:http': (handler) => listen(createServer(toNodeListener(handler))),
  'Express 5': async (handler) => {
    const app = express();
    app.use(mount, toNodeListener(handler));
    return listen(createServer(app));
  },
  'Express 5 with express.json() in front': async (handler) => {
    const app = express();
    app.use(express.json());
    app.use(mount, toNodeListener(handler));
    return listen(createServer(app));
  },
  'Fastify 5': async (handler) => {
    const app = Fastify();
    const listener = toNodeListener(handler);
    // Fastify parses JSON bodies itself: the listener takes the parsed body as its third argument.
    app.all(`${mount}/*`, (request, reply) => {
      reply.hijack();
      listener(request.raw, reply.raw, request.body);
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as AddressInfo;
    return { url: `http://127.0.0.1:${port}`, close: () => app.close() };
  },
  'Hono (app.mount, which strips the mount path)': async (handler) => {
    const app = new Hono();
    app.mount(mount, handler);
    return new Promise<Mounted>((resolve) => {
      const server = serveHono({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
        resolve({ url: `http://127.0.0.1:${info.port}`, close: () => new Promise<void>((done) => server.close(() => done())) });
      });
    });
  },
};

for (const [name, start] of Object.entries(frameworks)) {
  describe(`the store handler mounted in ${name}`, () => {
    let server: Mounted;
    let store: ReturnType<typeof withPrivacy>;
    beforeAll(async () => {
      store = withPrivacy(createMemoryStore(), { key: await importEncryptionKey(new Uint8Array(32).fill(7)), audit: createMemoryAuditLog() });
      await store.put('customer', structuredClone(person));
      server = await start(createStoreHandler(store, { basePath: mount, authenticate }));
    });
    afterAll(() => server.close());

    const client = (headers: Record<string, string>) => createHttpStore({ baseUrl: `${server.url}${mount}`, headers });

    it('refuses a request without sign-in with 401, and one that forges a viewer header too', async () => {
      expect((await fetch(`${server.url}${mount}/records/customer/C-1`)).status).toBe(401);
      const forged = await fetch(`${server.url}${mount}/records/customer/C-1`, {
        headers: { 'x-dossier-viewer': 'mgr-1', 'x-user': 'mgr-1', 'x-role': 'sales-manager', cookie: 'sid=forged' },
      });
      expect(forged.status).toBe(401);
      await expect(client({}).list('customer')).rejects.toMatchObject({ code: 'unauthenticated' });
    });

    it('signs a sales rep in by bearer token and masks another rep’s customer, forged headers or not', async () => {
      const rep = client({ authorization: 'Bearer token-rep2', 'x-dossier-viewer': 'mgr-1', 'x-user': 'mgr-1', 'x-role': 'sales-manager' });
      const received = JSON.stringify([await rep.get('customer', 'C-1'), await rep.list('customer')]);
      expect(received).toContain('138****1234');
      expect(received).not.toContain('13812341234');
      expect(received).not.toContain('11010519491231002X');
    });

    it('signs a manager in by session cookie and shows the mobile unmasked', async () => {
      const manager = client({ cookie: 'theme=dark; sid=sid-manager' });
      expect((await manager.get('customer', 'C-1'))?.value).toMatchObject({ mobile: '13812341234' });
    });

    it('writes through the mount (body read by the framework or by the handler) in the signed-in user’s name', async () => {
      const manager = client({ cookie: 'sid=sid-manager' });
      const current = (await manager.get('customer', 'C-1'))!;
      const saved = await manager.put('customer', { ...current.value, tags: ['重点'] }, { baseRev: current.rev, by: 'rep-2' });
      expect(saved.ok).toBe(true);
      const head = (await store.history('customer', 'C-1')).at(-1)!;
      expect(head.by).toBe('mgr-1');
      expect((head.value as { tags?: string[] }).tags).toEqual(['重点']);
      // A sales rep may not take the customer over: 403 through every framework, nothing written.
      const rep = client({ authorization: 'Bearer token-rep2' });
      const shown = (await rep.get('customer', 'C-1'))!;
      await expect(rep.put('customer', { ...shown.value, salespersonId: 'rep-2' }, { baseRev: shown.rev })).rejects.toMatchObject({ code: 'forbidden' });
      expect((await store.history('customer', 'C-1')).length).toBe(head.rev);
    });
  });
}
