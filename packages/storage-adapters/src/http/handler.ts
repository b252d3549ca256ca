import { computeCustomerFigures } from '@dossier/core';
import { isStoreError, isStoreKind, queryFilterFields, storeError } from '../contract/index.js';
import type { BatchOp, StoreError, JsonRecords, Query, RecordMap, Store, StoreKind, StoreViewer } from '../contract/index.js';
import { segmentToId } from './paths.js';
import {
  columnsFromJson,
  columnsToJson,
  conflictToJson,
  decodeValue,
  figuresToJson,
  recordToJson,
  statusOfErrorCode,
} from './wire.js';
import type { ColumnsJson } from './wire.js';

/** Options of `createStoreHandler`. */
export interface StoreHandlerOptions {
  /** Path prefix the protocol is mounted under, e.g. `/api/dossier` (default: none). */
  basePath?: string | undefined;
  /**
   * Who is reading and writing, from the request (your session or token check). Passed to every
   * read and write as `viewer` (a privacy store behind the handler masks reads and refuses
   * forbidden writes with 403); the client never chooses it.
   */
  viewer?: ((request: Request) => StoreViewer | undefined) | undefined;
  /**
   * Who is writing, from the request. When given it overrides the `by` of the request body, so
   * a client cannot write in someone else's name.
   */
  actor?: ((request: Request) => string | undefined) | undefined;
  /** Milliseconds between keep-alive comments on the change stream (default 15 000). */
  heartbeatMs?: number | undefined;
}

const jsonHeaders = { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' };

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: jsonHeaders });
}

function errorResponse(error: StoreError, status: number = statusOfErrorCode[error.code]): Response {
  return json(status, { error: error.toJSON() });
}

async function readBody(request: Request): Promise<Record<string, unknown>> {
  const text = await request.text();
  if (text === '') return {};
  try {
    const body = JSON.parse(text) as unknown;
    if (typeof body === 'object' && body !== null && !Array.isArray(body)) return body as Record<string, unknown>;
  } catch {
    // reported below
  }
  throw storeError('invalid', 'invalidQuery', { params: { issues: 'the request body is not a JSON object' } });
}

function optionalInt(value: unknown, name: string): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isInteger(n)) throw storeError('invalid', 'invalidQuery', { params: { issues: `${name} must be an integer` } });
  return n;
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function queryFromSearch(params: URLSearchParams, viewer: StoreViewer | undefined): Query {
  const query: Query = { viewer };
  for (const field of queryFilterFields) {
    const values = params.getAll(field);
    if (values.length > 0) query[field] = values.length === 1 ? values[0]! : values;
  }
  const text = params.get('text');
  if (text !== null) query.text = text;
  const sort = params.get('sort');
  if (sort !== null) query.sort = sort as Query['sort'];
  const direction = params.get('direction');
  if (direction !== null) query.direction = direction as Query['direction'];
  const limit = optionalInt(params.get('limit') ?? undefined, 'limit');
  if (limit !== undefined) query.limit = limit;
  const cursor = params.get('cursor');
  if (cursor !== null) query.cursor = cursor;
  if (params.get('includeDeleted') === 'true') query.includeDeleted = true;
  return query;
}

/**
 * Serves the Dossier JSON-over-HTTP protocol (see the package README) on top of any store: a
 * standard `Request` → `Response` function that an ERP back office mounts in its own server
 * (Node via `toNodeListener`, Deno, Bun, workers, Express through an adapter). Conflicts are
 * answered with HTTP 409 carrying both versions; errors with their code's status and the
 * `StoreError` JSON (messages in every locale).
 *
 * @example
 * const handler = createStoreHandler(createMemoryStore(), { basePath: '/api/dossier' });
 * http.createServer(toNodeListener(handler)).listen(8080);
 */
export function createStoreHandler<R extends RecordMap = JsonRecords>(
  store: Store<R>,
  options: StoreHandlerOptions = {},
): (request: Request) => Promise<Response> {
  const basePath = (options.basePath ?? '').replace(/\/+$/, '');
  const heartbeatMs = options.heartbeatMs ?? 15_000;
  const kinds = store.kinds;

  const kindOf = (segment: string | undefined): StoreKind => {
    if (segment !== undefined && isStoreKind(segment)) return segment;
    throw storeError('not-found', 'invalidQuery', { params: { issues: `unknown record kind "${segment ?? ''}"` } });
  };

  async function route(request: Request): Promise<Response> {
    const url = new URL(request.url);
    if (!url.pathname.startsWith(`${basePath}/`)) return notFound(url.pathname);
    const segments = url.pathname.slice(basePath.length + 1).split('/');
    const method = request.method.toUpperCase();
    const viewer = options.viewer?.(request);
    const actorOf = (body: Record<string, unknown>) => options.actor?.(request) ?? optionalString(body['by']);
    const [head, second, third, fourth] = segments;

    if (head === 'records' && second !== undefined) {
      const kind = kindOf(second);
      if (segments.length === 2) {
        if (method !== 'GET') return notAllowed(method, url.pathname);
        const page = await store.list(kind, queryFromSearch(url.searchParams, viewer));
        return json(200, { items: page.items.map((item) => recordToJson(kinds, item)), nextCursor: page.nextCursor ?? null });
      }
      const id = segmentToId(third ?? '');
      if (segments.length === 3) {
        if (method === 'GET') {
          const rev = optionalInt(url.searchParams.get('rev') ?? undefined, 'rev');
          const includeDeleted = url.searchParams.get('includeDeleted') === 'true';
          const record = await store.get(kind, id, { rev, includeDeleted, viewer });
          if (!record) return errorResponse(storeError('not-found', 'notFound', { kind, id }));
          return json(200, { record: recordToJson(kinds, record) });
        }
        if (method === 'PUT') {
          const body = await readBody(request);
          const value = decodeValue(kinds, kind, body['value']);
          if (value.id !== id) {
            throw storeError('invalid', 'invalidRecord', { kind, id, path: 'id', params: { issues: `id: the body's id "${value.id}" is not the id of the URL` } });
          }
          return writeResponse(await store.put(kind, value, { baseRev: optionalInt(body['baseRev'], 'baseRev'), by: actorOf(body), viewer }));
        }
        if (method === 'DELETE') {
          const body = await readBody(request);
          const baseRev = optionalInt(body['baseRev'] ?? url.searchParams.get('baseRev') ?? undefined, 'baseRev');
          return writeResponse(await store.remove(kind, id, { baseRev, by: actorOf(body), viewer }));
        }
        return notAllowed(method, url.pathname);
      }
      if (segments.length === 4 && fourth === 'history') {
        if (method !== 'GET') return notAllowed(method, url.pathname);
        const revisions = await store.history(kind, id, { viewer });
        return json(200, { revisions: revisions.map((r) => ({ ...recordToJson(kinds, r), changes: r.changes })) });
      }
      if (segments.length === 4 && fourth === 'restore') {
        if (method !== 'POST') return notAllowed(method, url.pathname);
        const body = await readBody(request);
        return writeResponse(await store.restore(kind, id, { baseRev: optionalInt(body['baseRev'], 'baseRev'), by: actorOf(body), viewer }));
      }
      if (segments.length === 4 && fourth === 'purge-history') {
        if (method !== 'POST') return notAllowed(method, url.pathname);
        const body = await readBody(request);
        return json(200, await store.purgeHistory(kind, id, { by: actorOf(body), viewer }));
      }
      return notFound(url.pathname);
    }

    if (head === 'batch' && segments.length === 1) {
      if (method !== 'POST') return notAllowed(method, url.pathname);
      const body = await readBody(request);
      if (!Array.isArray(body['ops'])) throw storeError('invalid', 'invalidQuery', { params: { issues: 'ops must be an array' } });
      const ops = (body['ops'] as Record<string, unknown>[]).map((op): BatchOp<R> => {
        const kind = kindOf(optionalString(op['kind']));
        const baseRev = optionalInt(op['baseRev'], 'baseRev');
        if (op['op'] === 'put') return { op: 'put', kind, value: decodeValue(kinds, kind, op['value']), baseRev } as BatchOp<R>;
        if (op['op'] === 'remove' || op['op'] === 'restore') {
          return { op: op['op'], kind, id: String(op['id'] ?? ''), baseRev } as BatchOp<R>;
        }
        throw storeError('invalid', 'invalidQuery', { params: { issues: 'op must be put, remove or restore' } });
      });
      const result = await store.batch(ops, { by: actorOf(body), viewer });
      if (result.ok) return json(200, { records: result.records.map((r) => recordToJson(kinds, r)) });
      return json(409, { conflicts: result.conflicts.map((c) => conflictToJson(kinds, c)) });
    }

    if (head === 'transactions' && segments.length === 2 && second === 'import') {
      if (method !== 'POST') return notAllowed(method, url.pathname);
      const body = await readBody(request);
      const columns = columnsFromJson(body['columns'] as ColumnsJson);
      const result = await store.importTransactions(columns, {
        importId: String(body['importId'] ?? ''),
        ids: Array.isArray(body['ids']) ? (body['ids'] as string[]) : undefined,
        chunkSize: optionalInt(body['chunkSize'], 'chunkSize'),
        by: actorOf(body),
        viewer,
      });
      return json(200, result);
    }

    if (head === 'transactions' && segments.length === 2 && second === 'columns') {
      if (method !== 'GET') return notAllowed(method, url.pathname);
      const customerIds = url.searchParams.getAll('customerId');
      const columns = await store.readTransactionColumns({
        viewer,
        customerIds: customerIds.length > 0 ? customerIds : undefined,
        from: url.searchParams.get('from') ?? undefined,
        to: url.searchParams.get('to') ?? undefined,
      });
      return json(200, columnsToJson(columns));
    }

    if (head === 'figures' && segments.length === 1) {
      if (method !== 'GET') return notAllowed(method, url.pathname);
      const asOf = url.searchParams.get('asOf') ?? '';
      const windowDays = optionalInt(url.searchParams.get('windowDays') ?? undefined, 'windowDays') ?? 365;
      const ids = url.searchParams.getAll('customerId');
      const customerIds = ids.length > 0 ? ids : undefined;
      // Pushed down where the store can; otherwise computed here, next to the data.
      const figures = store.customerFigures
        ? await store.customerFigures({ asOf, windowDays, customerIds, viewer })
        : computeCustomerFigures(await store.readTransactionColumns({ viewer }), { asOf, windowDays, customerIds });
      return json(200, figuresToJson(figures));
    }

    if (head === 'changes' && segments.length === 1) {
      if (method !== 'GET') return notAllowed(method, url.pathname);
      const kindsWanted = url.searchParams.getAll('kind').map((k) => kindOf(k));
      return changeStream(request, kindsWanted.length > 0 ? kindsWanted : undefined);
    }

    return notFound(url.pathname);
  }

  function writeResponse(result: Awaited<ReturnType<Store<R>['put']>>): Response {
    if (result.ok) return json(200, { record: recordToJson(kinds, result.record) });
    return json(409, { conflict: conflictToJson(kinds, result.conflict) });
  }

  function changeStream(request: Request, kindsWanted: StoreKind[] | undefined): Response {
    const encoder = new TextEncoder();
    let stop = () => {};
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        const send = (text: string) => {
          try {
            controller.enqueue(encoder.encode(text));
          } catch {
            stop();
          }
        };
        const subscription = store.subscribe((event) => send(`data: ${JSON.stringify(event)}\n\n`), { kinds: kindsWanted });
        const heartbeat = setInterval(() => send(': ping\n\n'), heartbeatMs);
        stop = () => {
          clearInterval(heartbeat);
          subscription.unsubscribe();
        };
        request.signal.addEventListener('abort', () => {
          stop();
          try {
            controller.close();
          } catch {
            // already closed
          }
        });
        send(': ready\n\n');
      },
      cancel() {
        stop();
      },
    });
    return new Response(body, {
      status: 200,
      headers: { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive' },
    });
  }

  return async (request) => {
    try {
      return await route(request);
    } catch (error) {
      if (isStoreError(error)) return errorResponse(error);
      if (error instanceof URIError) {
        return errorResponse(storeError('invalid', 'invalidQuery', { params: { issues: 'the URL is not well encoded' } }));
      }
      const reason = error instanceof Error ? error.message : String(error);
      return errorResponse(storeError('unavailable', 'failed', { cause: error, params: { reason } }), 500);
    }
  };
}

function notFound(path: string): Response {
  return errorResponse(storeError('not-found', 'invalidQuery', { params: { issues: `no such endpoint: ${path}` } }));
}

function notAllowed(method: string, path: string): Response {
  return errorResponse(storeError('invalid', 'invalidQuery', { params: { issues: `${method} is not allowed on ${path}` } }), 405);
}
