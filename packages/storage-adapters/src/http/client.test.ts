import { afterEach, describe, expect, it, vi } from 'vitest';
import { isStoreError } from '../contract/index.js';
import type { StoreError } from '../contract/index.js';
import { createMemoryStore } from '../memory/index.js';
import { createHttpStore } from './client.js';
import { createStoreHandler } from './handler.js';

const base = 'http://archive.test';

describe('http client: what the server’s sign-in says', () => {
  it('reports 401 as unauthenticated and 403 as forbidden, in both locales, whatever body the server wrote', async () => {
    const replies: Response[] = [
      new Response('<html>login</html>', { status: 401, headers: { 'content-type': 'text/html' } }),
      new Response('{"message":"no"}', { status: 403 }),
    ];
    const store = createHttpStore({ baseUrl: base, fetch: async () => replies.shift()! });
    const unauthenticated = (await store.list('customer').catch((e: unknown) => e)) as StoreError;
    expect(isStoreError(unauthenticated, 'unauthenticated')).toBe(true);
    expect(unauthenticated.localized('zh-CN')).toContain('请登录');
    expect(unauthenticated.localized('en')).toContain('Please sign in');
    const forbidden = (await store.list('customer').catch((e: unknown) => e)) as StoreError;
    expect(isStoreError(forbidden, 'forbidden')).toBe(true);
    expect(forbidden.localized('zh-CN')).toContain('无权访问');
    expect(forbidden.localized('en')).toContain('Not allowed');
  });

  it('keeps the server’s own 403 (a privacy refusal naming the fields)', async () => {
    const handler = createStoreHandler(createMemoryStore(), { trusted: true });
    const refusing = async (input: RequestInfo | URL, init?: RequestInit) => {
      const response = await handler(new Request(input, init));
      return response.status === 200 && init?.method === 'PUT'
        ? new Response(JSON.stringify({ error: { code: 'forbidden', message: 'may not change mobile', messages: { en: 'may not change mobile', 'zh-CN': '无权修改 mobile' }, path: 'mobile' } }), { status: 403 })
        : response;
    };
    const store = createHttpStore({ baseUrl: base, fetch: refusing });
    await expect(store.put('customer', { id: 'c1' })).rejects.toMatchObject({ code: 'forbidden', path: 'mobile', message: 'may not change mobile' });
  });
});

describe('http client: the change feed backs off and stops when refused', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('reconnects a failing stream with exponential waits up to the cap', async () => {
    vi.useFakeTimers();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const attempts: number[] = [];
    const store = createHttpStore({
      baseUrl: base,
      reconnectMs: 100,
      maxReconnectMs: 800,
      fetch: async () => {
        attempts.push(Date.now());
        return new Response('down', { status: 502 });
      },
    });
    const start = Date.now();
    const subscription = store.subscribe(() => {});
    await vi.advanceTimersByTimeAsync(5_000);
    subscription.unsubscribe();
    // Waits 100, 200, 400, 800, 800 …: attempts at 0, 100, 300, 700, 1500, 2300, 3100, 3900, 4700.
    expect(attempts.map((t) => t - start)).toEqual([0, 100, 300, 700, 1500, 2300, 3100, 3900, 4700]);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(attempts.length).toBe(9);
  });

  it('stops on 401 and on 403 after one attempt, and tells the subscriber why', async () => {
    vi.useFakeTimers();
    for (const [status, code] of [
      [401, 'unauthenticated'],
      [403, 'forbidden'],
    ] as const) {
      let attempts = 0;
      const store = createHttpStore({ baseUrl: base, reconnectMs: 10, fetch: async () => (attempts++, new Response('{}', { status })) });
      const errors: StoreError[] = [];
      store.subscribe(() => {}, { onError: (error) => errors.push(error) });
      await vi.advanceTimersByTimeAsync(10_000);
      expect(attempts).toBe(1);
      expect(errors.map((e) => e.code)).toEqual([code]);
    }
  });

  it('over a closed-by-default handler: the feed asks to sign in instead of retrying', async () => {
    const handler = createStoreHandler(createMemoryStore());
    let attempts = 0;
    const store = createHttpStore({ baseUrl: base, reconnectMs: 1, fetch: async (input, init) => (attempts++, handler(new Request(input, init))) });
    const error = await new Promise<StoreError>((resolve) => store.subscribe(() => {}, { onError: resolve }));
    expect(error.code).toBe('unauthenticated');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(attempts).toBe(1);
  });
});
