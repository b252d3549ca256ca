import fc from 'fast-check';
import { PGlite } from '@electric-sql/pglite';
import { recordCodecs } from '@dossier/core';
import { afterAll, describe, expect, it } from 'vitest';
import { dossierKinds, storeKinds } from '../contract/index.js';
import type { Store } from '../contract/index.js';
import { createMemoryStore } from '../memory/index.js';
import { createPostgresStore } from '../postgres/index.js';
import { person } from '../privacy/privacy-suite.js';
import { createStoreHandler } from './handler.js';
import type { StoreHandlerOptions } from './handler.js';
import { unauthenticatedResponse } from './responses.js';

// The handler as an outsider meets it: fast-check sends requests over every route, method,
// header, body and query string the protocol has (and many it has not). Whatever comes, the
// answer is never a 5xx, comes within the time limit, and a refused request (4xx) leaves the
// store as it was.

const timeLimitMs = 5_000;
const hostileStrings = ['', ' ', '0', '-1', '1.5', '1e9', 'NaN', 'null', 'true', '2147483648', '99999999999', '2026-13-01', '2026-02-30', '2026-01-01', '0001-01-01', 'a\u0000b', '%', '..', '~', '__proto__', 'constructor', '王秘芳', 'x'.repeat(300)];
const stringish = fc.oneof(fc.constantFrom(...hostileStrings), fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 8 }));
const kindish = fc.oneof(fc.constantFrom(...storeKinds), fc.constantFrom('unicorn', '', 'Customer', '__proto__'));
const idish = fc.oneof(fc.constantFrom('c1', 'c2', 'p1', 'imp:1', 'C-1'), stringish);
const numberish = fc.oneof(fc.integer({ min: -3, max: 5 }), fc.constantFrom(0, -1, 0.5, 1e9, 2147483648, Number.MAX_SAFE_INTEGER, -0), fc.double());
const anyJson = fc.oneof(fc.jsonValue({ maxDepth: 3 }), numberish, stringish, fc.constant(null));

/** Nested `depth` levels deep, written as text (JSON.stringify would recurse). */
const deepText = (depth: number) => `{"value":{"id":"c1","d":${'['.repeat(depth)}1${']'.repeat(depth)}}}`;

const valueish = fc.oneof(
  fc.record({ id: idish, name: stringish }, { requiredKeys: ['id'] }),
  fc.record({ id: fc.constant('c1'), name: stringish, tags: fc.array(stringish, { maxLength: 3 }), n: numberish }),
  anyJson,
);
const opish = fc.oneof(
  fc.record({ op: fc.constantFrom('put', 'remove', 'restore', 'drop'), kind: kindish, id: idish, value: valueish, baseRev: numberish }, { requiredKeys: [] }),
  anyJson,
);
const columnsish = fc.oneof(
  fc.record({ length: fc.constant(1), customer: fc.constant([0]), customerIds: fc.array(stringish, { maxLength: 2 }), day: fc.array(numberish, { maxLength: 2 }), amount: fc.array(numberish, { maxLength: 2 }) }),
  fc.record({ length: numberish, customer: fc.array(numberish, { maxLength: 3 }), customerIds: fc.array(stringish, { maxLength: 3 }), day: fc.array(numberish, { maxLength: 3 }), amount: fc.array(numberish, { maxLength: 3 }) }, { requiredKeys: [] }),
  anyJson,
);
const bodyish: fc.Arbitrary<string | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.record({ value: valueish, baseRev: numberish, by: stringish }, { requiredKeys: [] }).map((b) => JSON.stringify(b)),
  fc.record({ ops: fc.oneof(fc.array(opish, { maxLength: 3 }), anyJson), by: stringish }, { requiredKeys: [] }).map((b) => JSON.stringify(b)),
  fc.record({ importId: stringish, ids: fc.array(stringish, { maxLength: 2 }), chunkSize: numberish, columns: columnsish }, { requiredKeys: [] }).map((b) => JSON.stringify(b)),
  anyJson.map((b) => JSON.stringify(b)),
  fc.string({ maxLength: 40 }),
  fc.integer({ min: 30, max: 3000 }).map(deepText),
);
const pathish = fc.oneof(
  fc.tuple(kindish, idish).map(([k, id]) => `/records/${encodeURIComponent(k)}/${encodeURIComponent(id)}`),
  fc.tuple(kindish, idish, fc.constantFrom('history', 'restore', 'purge-history', 'nope')).map(([k, id, s]) => `/records/${encodeURIComponent(k)}/${encodeURIComponent(id)}/${s}`),
  kindish.map((k) => `/records/${encodeURIComponent(k)}`),
  fc.constantFrom('/batch', '/transactions/import', '/transactions/columns', '/figures', '/changes', '/', '/records', '/records/customer/%E0%A4%A', '/records/customer/c1/history/x'),
);
const queryish = fc
  .array(fc.tuple(fc.constantFrom('rev', 'limit', 'sort', 'direction', 'cursor', 'includeDeleted', 'asOf', 'windowDays', 'customerId', 'from', 'to', 'kind', 'text', 'grade', 'baseRev'), stringish), { maxLength: 4 })
  .map((pairs) => new URLSearchParams(pairs).toString());
const requestish = fc.record({
  method: fc.constantFrom('GET', 'GET', 'PUT', 'POST', 'DELETE', 'PATCH', 'OPTIONS'),
  path: pathish,
  query: queryish,
  body: bodyish,
  contentType: fc.constantFrom(undefined, 'application/json', 'text/plain', 'application/x-www-form-urlencoded'),
  language: fc.constantFrom(undefined, 'zh-CN', 'en', '*', 'zh;q=0,xx'),
  authorization: fc.oneof(
    fc.constantFrom(undefined, 'Bearer ok', 'Bearer ok', 'Bearer nope', 'Basic b2s6b2s=', 'Bearer'),
    // What a header can carry: visible ASCII and spaces.
    fc.string({ unit: fc.constantFrom(...'Bearer ok0Z+/=:;,._-'), maxLength: 20 }),
  ),
  cookie: fc.constantFrom(undefined, 'sid=ok', 'sid=', '%%%', 'a=b; sid=ok; c'),
});

/** What a store holds: every record's head revision, and the number of transaction lines. */
async function stateOf(store: Store): Promise<string> {
  const heads: string[] = [];
  for (const kind of storeKinds) {
    const page = await store.list(kind, { includeDeleted: true, limit: 1000 });
    for (const item of page.items) heads.push(`${kind}/${item.id}@${item.rev}${item.deleted ? '-' : ''}`);
  }
  return `${heads.join(',')}|${(await store.readTransactionColumns()).length}`;
}

async function seed(store: Store, typed: boolean): Promise<void> {
  if (typed) {
    await store.put('customer', recordCodecs.customer.decode(structuredClone(person) as never) as never);
  } else {
    await store.put('customer', { id: 'c1', name: 'one' });
    await store.put('contact', { id: 'p1', customerId: 'c1' });
  }
  await store.importTransactions([{ customerId: 'c1', date: '2025-03-01', amount: 100 }], { importId: 'imp' });
}

/** The sign-in of the fuzzed handler: `Bearer ok` is a manager, anything else 401. */
const signIn: StoreHandlerOptions = {
  authenticate: (request) => (request.headers.get('authorization') === 'Bearer ok' ? { userId: 'mgr-1', role: { id: 'sales-manager' } } : unauthenticatedResponse(request)),
};

function fuzz(name: string, open: () => Promise<Store>, runs: number, typed = false, access: StoreHandlerOptions = { trusted: true }): void {
  it(`${name}: no 5xx, no hang, and a refused request changes nothing (${runs} requests)`, async () => {
    const store = await open();
    await seed(store, typed);
    const handler = createStoreHandler(store, { ...access, heartbeatMs: 60_000, onError: () => {} });
    // The state before each request: read once, then again only after a request that changed it.
    let before = await stateOf(store);
    try {
      await fc.assert(
        fc.asyncProperty(requestish, async (r) => {
          const headers: Record<string, string> = {};
          if (r.contentType) headers['content-type'] = r.contentType;
          if (r.language) headers['accept-language'] = r.language;
          if (r.authorization !== undefined) headers['authorization'] = r.authorization;
          if (r.cookie) headers['cookie'] = r.cookie;
          const withBody = r.body !== undefined && r.method !== 'GET';
          const abort = new AbortController();
          const request = new Request(`http://archive.test${r.path}${r.query ? `?${r.query}` : ''}`, { method: r.method, headers, signal: abort.signal, ...(withBody ? { body: r.body } : {}) });
          let timer: ReturnType<typeof setTimeout> | undefined;
          const response = await Promise.race([
            handler(request),
            new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${timeLimitMs} ms`)), timeLimitMs))),
          ]).finally(() => clearTimeout(timer));
          // The change feed never ends: close it.
          if (response.headers.get('content-type')?.startsWith('text/event-stream')) abort.abort();
          else await response.text();
          expect(response.status, `${r.method} ${r.path}?${r.query} ${r.body?.slice(0, 200) ?? ''}`).toBeLessThan(500);
          const after = await stateOf(store);
          if (response.status >= 400) expect(after, `${r.method} ${r.path} changed the store`).toBe(before);
          before = after;
        }),
        { numRuns: runs, seed: Number(process.env['FUZZ_SEED'] ?? 20_261_207) },
      );
    } finally {
      await store.close();
    }
  }, 60_000);
}

describe('store handler fuzzing', () => {
  const lite = new PGlite();
  afterAll(() => lite.close());
  fuzz('memory store, JSON kinds', async () => createMemoryStore(), 200);
  fuzz('memory store behind a sign-in', async () => createMemoryStore(), 150, false, signIn);
  fuzz('memory store, Dossier kinds', async () => createMemoryStore({ kinds: dossierKinds() }) as unknown as Store, 150, true);
  fuzz('PGlite store, JSON kinds', () => createPostgresStore({ db: lite, schema: 'fuzz' }) as Promise<Store>, 60);
});
