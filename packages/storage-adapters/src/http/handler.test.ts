import { describe, expect, it } from 'vitest';
import { storeError } from '../contract/index.js';
import type { Store, StoreViewer } from '../contract/index.js';
import { createMemoryStore } from '../memory/index.js';
import { createHttpStore } from './client.js';
import { createStoreHandler } from './handler.js';
import type { StoreHandlerOptions } from './handler.js';
import { forbiddenResponse, localeOfRequest, unauthenticatedResponse } from './responses.js';

const base = 'http://archive.test';
const manager: StoreViewer = { userId: 'mgr-1', role: { id: 'sales-manager' } };

/** Every route of the protocol, with a method it answers. */
const routes: [string, string, unknown?][] = [
  ['GET', '/records/customer'],
  ['GET', '/records/customer/c1'],
  ['PUT', '/records/customer/c1', { value: { id: 'c1', name: 'x' } }],
  ['DELETE', '/records/customer/c1', {}],
  ['GET', '/records/customer/c1/history'],
  ['GET', '/count/customer'],
  ['POST', '/records/customer/c1/restore', {}],
  ['POST', '/records/customer/c1/purge-history', {}],
  ['POST', '/batch', { ops: [{ op: 'put', kind: 'customer', value: { id: 'c2' } }] }],
  ['POST', '/transactions/import', { importId: 'i', columns: { length: 0, customer: [], customerIds: [], day: [], amount: [] } }],
  ['GET', '/transactions/columns'],
  ['GET', '/figures?asOf=2026-01-01'],
  ['GET', '/changes'],
  ['GET', '/nothing-here'],
];

function request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Request {
  return new Request(`${base}${path}`, { method, headers, ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }) });
}

async function errorOf(response: Response): Promise<{ code: string; message: string; messages: Record<string, string>; path?: string }> {
  return ((await response.json()) as { error: { code: string; message: string; messages: Record<string, string>; path?: string } }).error;
}

const bearer = (request: Request): string | undefined => /^Bearer (\S+)$/.exec(request.headers.get('authorization') ?? '')?.[1];

describe('store handler: authentication is the server’s job, closed by default', () => {
  it('refuses every route with 401 when no authenticate hook is given, and stores nothing', async () => {
    const store = createMemoryStore();
    await store.put('customer', { id: 'c1', name: 'secret' });
    const handler = createStoreHandler(store);
    for (const [method, path, body] of routes) {
      const response = await handler(request(method, path, body));
      expect(response.status, `${method} ${path}`).toBe(401);
      expect((await errorOf(response)).code).toBe('unauthenticated');
    }
    expect((await store.history('customer', 'c1')).length).toBe(1);
    expect((await store.list('customer')).items.map((r) => r.value)).toEqual([{ id: 'c1', name: 'secret' }]);
  });

  it('answers 401 in the language of Accept-Language, with every locale in the body', async () => {
    const handler = createStoreHandler(createMemoryStore());
    const zh = await errorOf(await handler(request('GET', '/records/customer', undefined, { 'accept-language': 'zh-CN,zh;q=0.9,en;q=0.8' })));
    expect(zh.message).toContain('请登录');
    expect(zh.messages['en']).toContain('Please sign in');
    const en = await errorOf(await handler(request('GET', '/records/customer', undefined, { 'accept-language': 'de-DE,en;q=0.5,zh;q=0.1' })));
    expect(en.message).toContain('Please sign in');
  });

  it('lets the hook answer 401 or 403 itself, translated', async () => {
    const handler = createStoreHandler(createMemoryStore(), {
      authenticate: (req) => {
        const token = bearer(req);
        if (!token) return unauthenticatedResponse(req);
        return token === 'intern' ? forbiddenResponse(req) : { userId: token };
      },
    });
    expect((await handler(request('GET', '/records/customer'))).status).toBe(401);
    const refused = await handler(request('GET', '/records/customer', undefined, { authorization: 'Bearer intern', 'accept-language': 'zh-CN' }));
    expect(refused.status).toBe(403);
    const error = await errorOf(refused);
    expect(error.code).toBe('forbidden');
    expect(error.message).toContain('无权访问');
    expect(error.messages['en']).toContain('Not allowed');
    expect((await handler(request('GET', '/records/customer', undefined, { authorization: 'Bearer mgr-1' }))).status).toBe(200);
  });

  it('awaits an async hook; a hook that throws answers 500 with a translated message and none of its text', async () => {
    const logged: unknown[] = [];
    const failing = createStoreHandler(createMemoryStore(), {
      authenticate: async () => {
        await Promise.resolve();
        throw new Error('relation "sessions" does not exist at character 15');
      },
      onError: (error) => logged.push(error),
    });
    const response = await failing(request('GET', '/records/customer', undefined, { 'accept-language': 'zh-CN' }));
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(text).not.toContain('sessions');
    expect(text).toContain('档案服务器未能响应');
    expect(logged.length).toBe(1);
    const asyncOk = createStoreHandler(createMemoryStore(), { authenticate: async () => manager });
    expect((await asyncOk(request('GET', '/records/customer'))).status).toBe(200);
  });

  it('treats a hook that returns no viewer as a server fault, never as a trusted call', async () => {
    const store = createMemoryStore();
    await store.put('customer', { id: 'c1' });
    const handler = createStoreHandler(store, { authenticate: (() => undefined) as unknown as StoreHandlerOptions['authenticate'], onError: () => {} });
    expect((await handler(request('GET', '/records/customer/c1'))).status).toBe(500);
    const deprecated = createStoreHandler(store, { viewer: () => undefined });
    expect((await deprecated(request('GET', '/records/customer/c1'))).status).toBe(401);
  });

  it('writes in the signed-in user’s name whatever the body says, on every write route', async () => {
    const store = createMemoryStore();
    const handler = createStoreHandler(store, { authenticate: (req) => ({ userId: bearer(req) ?? 'nobody' }) });
    const as = { authorization: 'Bearer rep-1', 'content-type': 'application/json' };
    const send = async (method: string, path: string, body: unknown) => (await handler(request(method, path, body, as))).json() as Promise<Record<string, unknown>>;
    await send('PUT', '/records/customer/c1', { value: { id: 'c1' }, by: 'mgr-1' });
    await send('POST', '/batch', { ops: [{ op: 'put', kind: 'customer', value: { id: 'c2' } }], by: 'mgr-1' });
    await send('DELETE', '/records/customer/c2', { by: 'mgr-1' });
    await send('POST', '/records/customer/c2/restore', { by: 'mgr-1' });
    const lines = { importId: 'i', by: 'mgr-1', columns: { length: 1, customer: [0], customerIds: ['c1'], day: [20_000], amount: [5] } };
    await send('POST', '/transactions/import', lines);
    const authors = [
      ...(await store.history('customer', 'c1')).map((r) => r.by),
      ...(await store.history('customer', 'c2')).map((r) => r.by),
      ...(await store.history('transaction', 'i:1')).map((r) => r.by),
    ];
    expect(authors).toEqual(['rep-1', 'rep-1', 'rep-1', 'rep-1', 'rep-1']);
  });

  it('in trusted mode (server-to-server) takes the body’s author and reads unmasked', async () => {
    const store = createMemoryStore();
    const handler = createStoreHandler(store, { trusted: true });
    const response = await handler(request('PUT', '/records/customer/c1', { value: { id: 'c1' }, by: 'etl' }));
    expect(response.status).toBe(200);
    expect((await store.get('customer', 'c1'))?.by).toBe('etl');
  });

  it('picks the locale from Accept-Language by weight', () => {
    const locale = (value: string) => localeOfRequest(new Request(base, { headers: { 'accept-language': value } }));
    expect(locale('en;q=0.4, zh-TW;q=0.8')).toBe('zh-CN');
    expect(locale('fr, en-GB;q=0.9, zh;q=0.8')).toBe('en');
    expect(locale('zh;q=0, en')).toBe('en');
    expect(locale('')).toBe('en');
  });
});

describe('store handler: requests of death answer 4xx and change nothing', () => {
  const trusted = (store: Store = createMemoryStore(), options: StoreHandlerOptions = {}) => createStoreHandler(store, { trusted: true, ...options });

  it('refuses a body over the size limit with 413 before reading it all, and stores nothing', async () => {
    const store = createMemoryStore();
    const handler = trusted(store, { limits: { maxBodyBytes: 10_000 } });
    const big = JSON.stringify({ value: { id: 'c1', notes: 'x'.repeat(20_000) } });
    const response = await handler(request('PUT', '/records/customer/c1', big, { 'accept-language': 'zh-CN' }));
    expect(response.status).toBe(413);
    expect((await errorOf(response)).message).toContain('10000');
    expect(await store.get('customer', 'c1')).toBeUndefined();
    // A stream without a declared length is cut off as well, having read little more than the limit.
    let sent = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 4096;
        controller.enqueue(new TextEncoder().encode(' '.repeat(4096)));
      },
    });
    const streamed = await handler(new Request(`${base}/batch`, { method: 'POST', body: endless, duplex: 'half' } as RequestInit));
    expect(streamed.status).toBe(413);
    expect(sent).toBeLessThan(10_000 + 3 * 4096);
  });

  it('refuses a record nested deeper than the limit with 400, stores nothing, and lists keep working', async () => {
    const store = createMemoryStore();
    const handler = trusted(store);
    const deep = `{"value":{"id":"c1","deep":${'{"d":'.repeat(5000)}1${'}'.repeat(5000)}}}`;
    const response = await handler(request('PUT', '/records/customer/c1', deep));
    expect(response.status).toBe(400);
    expect((await errorOf(response)).messages['en']).toContain('nested more than 32 levels');
    expect(await store.get('customer', 'c1')).toBeUndefined();
    expect((await handler(request('GET', '/records/customer'))).status).toBe(200);
    // A bracket inside a string is no nesting.
    const brackets = await handler(request('PUT', '/records/customer/c2', { value: { id: 'c2', name: '['.repeat(100) } }));
    expect(brackets.status).toBe(200);
  });

  it('answers every malformed request with 4xx naming what is wrong, never 5xx', async () => {
    const store = createMemoryStore();
    await store.put('customer', { id: 'c1' });
    const handler = trusted(store);
    const cases: [string, string, unknown, number, RegExp?][] = [
      ['POST', '/batch', { ops: [null] }, 400, /ops\.0/],
      ['POST', '/batch', { ops: [{ op: 'put', kind: 'customer', value: null }] }, 400],
      ['POST', '/batch', { ops: [{ op: 'drop', kind: 'customer', id: 'c1' }] }, 400],
      ['POST', '/batch', { ops: [{ op: 'remove', kind: 'unicorn', id: 'c1' }] }, 400],
      ['POST', '/batch', '[1,2]', 400],
      ['POST', '/batch', '{"ops":', 400],
      ['POST', '/transactions/import', {}, 400, /importId/],
      ['POST', '/transactions/import', { importId: 'x', columns: { length: 1 } }, 400, /columns/],
      ['POST', '/transactions/import', { importId: 'x', chunkSize: 0, columns: { length: 0, customer: [], customerIds: [], day: [], amount: [] } }, 400, /chunkSize/],
      ['GET', '/figures?asOf=2026-13-01', undefined, 400, /asOf/],
      ['GET', '/figures?asOf=2026-02-30', undefined, 400, /asOf/],
      ['GET', '/figures', undefined, 400, /asOf/],
      ['GET', '/figures?asOf=2026-01-01&windowDays=1e9', undefined, 400, /windowDays/],
      ['GET', '/figures?asOf=2026-01-01&windowDays=1000000000', undefined, 400, /windowDays/],
      ['GET', '/records/customer/c1?rev=2147483648', undefined, 400, /rev/],
      ['GET', '/records/customer?limit=0', undefined, 400, /limit/],
      ['GET', '/records/customer?sort=salary', undefined, 400, /sort/],
      ['GET', '/transactions/columns?from=yesterday', undefined, 400, /from/],
      ['GET', '/changes?kind=unicorn', undefined, 400, /kind/],
      ['PUT', '/records/customer/c1', { value: { id: 'c1' }, baseRev: 2147483648 }, 400, /baseRev/],
      ['PUT', '/records/customer/c1', { value: { id: 'c1', name: 'a\u0000b' } }, 400, /value\.name/],
      ['PUT', '/records/customer/%E0%A4%A', { value: { id: 'x' } }, 400],
      ['PUT', '/records/customer/c1', '\u00ff\u00fe', 400],
      ['PATCH', '/records/customer/c1', { value: { id: 'c1' } }, 405],
      ['OPTIONS', '/records/customer', undefined, 405],
    ];
    for (const [method, path, body, status, names] of cases) {
      const response = await handler(request(method, path, body));
      expect(response.status, `${method} ${path} ${JSON.stringify(body)}`).toBe(status);
      const error = await errorOf(response);
      if (names) expect(error.messages['en'], `${method} ${path}`).toMatch(names);
      expect(error.messages['en']).not.toMatch(/\{\w+\}/);
      expect(error.messages['zh-CN']).not.toMatch(/\{\w+\}/);
    }
    expect((await store.history('customer', 'c1')).length).toBe(1);
  });

  it('turns a database’s own error into a translated 4xx/503 without the driver’s text', async () => {
    const inner = createMemoryStore();
    const driver = (message: string, code: string) => Object.assign(new Error(message), { code });
    const failing: Store = {
      ...inner,
      put: async (kind, value) => {
        throw storeError('invalid', 'invalidRecord', { id: (value as { id: string }).id, cause: driver('invalid byte sequence for encoding "UTF8": 0x00', '22021'), params: { issues: 'invalid byte sequence for encoding "UTF8": 0x00' } });
      },
      list: async () => {
        throw storeError('unavailable', 'failed', { cause: driver('Connection terminated unexpectedly', '57P01'), params: { reason: 'Connection terminated unexpectedly' } });
      },
    };
    const handler = trusted(failing);
    const refused = await handler(request('PUT', '/records/customer/c1', { value: { id: 'c1' } }));
    expect(refused.status).toBe(400);
    const refusedText = await refused.text();
    expect(refusedText).not.toContain('UTF8');
    expect(refusedText).not.toContain('{kind}');
    expect(refusedText).toContain('c1');
    const down = await handler(request('GET', '/records/customer', undefined, { 'accept-language': 'zh-CN' }));
    expect(down.status).toBe(503);
    const downText = await down.text();
    expect(downText).not.toContain('terminated');
    expect(downText).toContain('档案存储暂时不可用');
    // The http client reads both as the codes they are.
    const client = createHttpStore({ baseUrl: base, fetch: async (input, init) => handler(new Request(input, init)) });
    await expect(client.list('customer')).rejects.toMatchObject({ code: 'unavailable' });
  });

  it('refuses a chunk size of 0 or less in every adapter through the contract', async () => {
    const store = createMemoryStore();
    for (const chunkSize of [0, -1, 0.5, Number.NaN, 1e9]) {
      await expect(store.importTransactions([{ customerId: 'c1', date: '2025-01-01', amount: 1 }], { importId: 'x', chunkSize })).rejects.toMatchObject({ code: 'invalid', path: 'chunkSize' });
    }
    expect((await store.readTransactionColumns()).length).toBe(0);
  });
});

describe('store handler behind node:http: methods a Request cannot carry', () => {
  it('answers TRACE with 405 (new Request() refuses that method), and keeps serving', async () => {
    const { createServer, request: send } = await import('node:http');
    const { toNodeListener } = await import('./node-listener.js');
    const server = createServer(toNodeListener(createStoreHandler(createMemoryStore(), { trusted: true })));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    const statusOf = (method: string) =>
      new Promise<number>((resolve, reject) => {
        const req = send({ host: '127.0.0.1', port, method, path: '/records/customer' }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on('error', reject);
        req.end();
      });
    try {
      expect(await statusOf('TRACE')).toBe(405);
      expect(await statusOf('GET')).toBe(200);
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});

describe('store handler behind node:http: a huge body is refused with bounded memory', () => {
  it('answers 413 to a 200 MB PUT streamed to the server, stores nothing, and the server keeps under 64 MB of extra heap', async () => {
    const { createServer } = await import('node:http');
    const { toNodeListener } = await import('./node-listener.js');
    const store = createMemoryStore();
    const server = createServer(toNodeListener(createStoreHandler(store, { trusted: true })));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    try {
      const before = process.memoryUsage().heapUsed;
      let peak = before;
      const chunk = new TextEncoder().encode(`{"value":{"id":"big","notes":"${'x'.repeat(1 << 20)}`);
      let sent = 0;
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          peak = Math.max(peak, process.memoryUsage().heapUsed);
          if (sent >= 200 << 20) return controller.close();
          sent += chunk.length;
          controller.enqueue(chunk);
        },
      });
      const response = await fetch(`http://127.0.0.1:${port}/records/customer/big`, { method: 'PUT', body, duplex: 'half' } as RequestInit).catch((error: unknown) => error);
      // The server answers 413 as soon as the limit is passed; the client may see it, or see the
      // connection end while it still sends.
      if (response instanceof Response) expect(response.status).toBe(413);
      expect(peak - before).toBeLessThan(64 << 20);
      // Refused long before the end: the server did not wait for 200 MB.
      expect(sent).toBeLessThan(100 << 20);
      expect(await store.get('customer', 'big')).toBeUndefined();
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  }, 60_000);
});

describe('store handler: GET /count/:kind', () => {
  it('counts what GET /records/:kind pages through, ignores paging, refuses unknown kinds and bad queries, and pages a store without count', async () => {
    const store = createMemoryStore();
    const ops = ['A', 'A', 'B', 'C', 'A'].map((grade, i) => ({ op: 'put' as const, kind: 'customer' as const, value: { id: `c${i}`, name: `客户${i}`, grade: { current: grade } } }));
    expect((await store.batch(ops)).ok).toBe(true);
    await store.remove('customer', 'c4');
    // Worked out by hand: live c0 A, c1 A, c2 B, c3 C; c4 A removed.
    const answers = async (handler: (request: Request) => Promise<Response>) => {
      const out: unknown[] = [];
      for (const query of ['', '?grade=A', '?grade=A&grade=B', '?grade=A&includeDeleted=true', '?text=%E5%AE%A2%E6%88%B73', '?grade=A&limit=1&sort=name&cursor=nonsense']) {
        const response = await handler(request('GET', `/count/customer${query}`));
        out.push([response.status, await response.json()]);
      }
      return out;
    };
    const expected = [[200, { count: 4 }], [200, { count: 2 }], [200, { count: 3 }], [200, { count: 3 }], [200, { count: 1 }], [200, { count: 2 }]];
    expect(await answers(createStoreHandler(store, { trusted: true }))).toEqual(expected);
    // A store written against the contract before count: the handler pages through its list.
    expect(await answers(createStoreHandler({ ...store, count: undefined }, { trusted: true }))).toEqual(expected);
    const handler = createStoreHandler(store, { trusted: true });
    const unknown = await handler(request('GET', '/count/supplier'));
    expect([unknown.status, (await errorOf(unknown)).code]).toEqual([404, 'not-found']);
    const bad = await handler(request('GET', '/count/customer?includeDeleted=yes'));
    expect([bad.status, (await errorOf(bad)).path]).toEqual([400, 'includeDeleted']);
    expect((await handler(request('POST', '/count/customer', {}))).status).toBe(405);
    // The client sends the selection only and reads the number.
    const client = createHttpStore({ baseUrl: base, fetch: async (input, init) => handler(new Request(input, init)) });
    expect(await client.count!('customer', { grade: ['A', 'B'], limit: 1 })).toBe(3);
  });
});
