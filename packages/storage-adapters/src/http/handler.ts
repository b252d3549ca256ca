import { computeCustomerFigures } from '@dossier/core';
import { checkFiguresQuery, countByPaging, invalidRecordError, isStoreError, isStoreKind, queryFilterFields, storeError, storeIssue } from '../contract/index.js';
import type { BatchOp, StoreError, JsonRecords, Query, RecordMap, Store, StoreKind, StoreViewer } from '../contract/index.js';
import { readJsonBody, RefusedRequest } from './body.js';
import { segmentToId } from './paths.js';
import { batchBody, changesSearch, columnsSearch, countSearch, deleteSearch, figuresSearch, getSearch, importBody, listSearch, parseBody, parseSearch, putBody, writeBody } from './requests.js';
import { jsonResponse, storeErrorResponse, unauthenticatedResponse } from './responses.js';
import { columnsFromJson, columnsToJson, conflictToJson, decodeValue, figuresToJson, recordToJson } from './wire.js';

/**
 * Who a request comes from, as your server knows it: a session cookie, a bearer token … Return
 * the viewer (user id and role), or a `Response` to answer instead — `unauthenticatedResponse`
 * (401) or `forbiddenResponse` (403), or your own. Throwing answers 500 with a translated message
 * (the error goes to `onError`, never to the client).
 */
export type Authenticate = (request: Request) => StoreViewer | Response | Promise<StoreViewer | Response>;

/** Limits of what a request may carry (each refused request changes nothing). */
export interface StoreHandlerLimits {
  /** Largest body of a record write or batch, in bytes (default 4 MiB); larger → 413. */
  maxBodyBytes?: number | undefined;
  /** Largest body of `POST /transactions/import`, in bytes (default 32 MiB); larger → 413. */
  maxImportBodyBytes?: number | undefined;
  /** Deepest nesting of arrays and objects in a body (default 32); deeper → 400. */
  maxDepth?: number | undefined;
}

/** Options of `createStoreHandler`. */
export interface StoreHandlerOptions {
  /**
   * Path prefix the protocol is mounted under, e.g. `/api/dossier` (default: none). Requests
   * whose path lacks it are routed as they are, so a framework that strips the mount path
   * (Express `app.use('/api/dossier', …)`, Hono `app.mount`) works with the same handler.
   */
  basePath?: string | undefined;
  /**
   * Signs the request in (your session or token check) and names the viewer that every read and
   * write runs as (a privacy store behind the handler masks reads and refuses forbidden writes).
   * The viewer's `userId` is the author of every write: a body's `by` is ignored. Without it
   * (and without `trusted`) every request is refused with 401.
   */
  authenticate?: Authenticate | undefined;
  /**
   * Serve every request as a trusted server call (no viewer, the body's `by` is the author),
   * for a handler only your own servers can reach. Ignored when `authenticate` is given.
   */
  trusted?: boolean | undefined;
  /**
   * @deprecated Use `authenticate`. A synchronous viewer hook; a request it names no viewer for
   * is refused with 401.
   */
  viewer?: ((request: Request) => StoreViewer | undefined) | undefined;
  /** Limits of a request's body. */
  limits?: StoreHandlerLimits | undefined;
  /** Called with each server fault (answered 500 without its text); default `console.error`. */
  onError?: ((error: unknown, request: Request) => void) | undefined;
  /** Milliseconds between keep-alive comments on the change stream (default 15 000). */
  heartbeatMs?: number | undefined;
}

/** Who is asking: the viewer, or a trusted server call. */
interface Caller {
  viewer: StoreViewer | undefined;
  /** The author of writes: the viewer, or for a trusted call the body's `by`. */
  by: (body: { by?: unknown }) => string | undefined;
}

const methods = new Set(['GET', 'PUT', 'POST', 'DELETE']);

function isViewer(value: unknown): value is StoreViewer {
  const viewer = value as { userId?: unknown; role?: { id?: unknown } | null } | null;
  return (
    typeof viewer === 'object' &&
    viewer !== null &&
    typeof viewer.userId === 'string' &&
    viewer.userId !== '' &&
    (viewer.role === undefined || (typeof viewer.role === 'object' && viewer.role !== null && typeof viewer.role.id === 'string'))
  );
}

/**
 * Serves the Dossier JSON-over-HTTP protocol (see the package README) on top of any store: a
 * standard `Request` → `Response` function that an ERP back office mounts in its own server
 * (Node via `toNodeListener`, Express, Fastify, Hono, Deno, Bun, workers). Closed by default:
 * `authenticate` signs each request in, or every request answers 401. Each request is parsed by
 * a schema and bounded in size and depth before it reaches the store; conflicts are answered
 * with HTTP 409 carrying both versions; errors with their code's status and the `StoreError`
 * JSON (the message in the request's `Accept-Language`, and in every locale); a server fault
 * with 500 and a translated message, never the driver's text.
 *
 * @example
 * const handler = createStoreHandler(store, {
 *   basePath: '/api/dossier',
 *   authenticate: async (request) => (await sessions.viewerOf(request)) ?? unauthenticatedResponse(request),
 * });
 * http.createServer(toNodeListener(handler)).listen(8080);
 */
export function createStoreHandler<R extends RecordMap = JsonRecords>(
  store: Store<R>,
  options: StoreHandlerOptions = {},
): (request: Request) => Promise<Response> {
  const basePath = (options.basePath ?? '').replace(/\/+$/, '');
  const heartbeatMs = options.heartbeatMs ?? 15_000;
  const bodyLimits = { maxBytes: options.limits?.maxBodyBytes ?? 4 << 20, maxDepth: options.limits?.maxDepth ?? 32 };
  const importLimits = { ...bodyLimits, maxBytes: options.limits?.maxImportBodyBytes ?? 32 << 20 };
  const onError = options.onError ?? ((error: unknown) => console.error('dossier: the store handler failed', error));
  const kinds = store.kinds;
  const deprecatedViewer = options.viewer;
  const authenticate: Authenticate | undefined =
    options.authenticate ?? (deprecatedViewer ? (request) => deprecatedViewer(request) ?? unauthenticatedResponse(request) : undefined);

  const kindOf = (segment: string | undefined): StoreKind => {
    if (segment !== undefined && isStoreKind(segment)) return segment;
    throw storeError('not-found', 'invalidQuery', { params: { issues: `unknown record kind "${segment ?? ''}"` } });
  };

  async function identify(request: Request): Promise<Caller | Response> {
    if (!authenticate) {
      if (options.trusted === true) return { viewer: undefined, by: (body) => (typeof body.by === 'string' && body.by !== '' ? body.by : undefined) };
      return unauthenticatedResponse(request);
    }
    const outcome = await authenticate(request);
    if (outcome instanceof Response) return outcome;
    if (!isViewer(outcome)) throw new TypeError('authenticate returned neither a viewer with a userId nor a Response');
    return { viewer: outcome, by: () => outcome.userId };
  }

  /** The path segments after the base path (the base path may already have been stripped). */
  function segmentsOf(pathname: string): string[] | undefined {
    const rest = basePath !== '' && (pathname === basePath || pathname.startsWith(`${basePath}/`)) ? pathname.slice(basePath.length) : pathname;
    return rest.startsWith('/') ? rest.slice(1).split('/') : undefined;
  }

  async function route(request: Request, caller: Caller): Promise<Response> {
    const url = new URL(request.url);
    const segments = segmentsOf(url.pathname);
    if (!segments) return notFound(url.pathname);
    const method = request.method.toUpperCase();
    const notAllowed = () => {
      throw new RefusedRequest(405, storeError('invalid', 'methodNotAllowed', { params: { method, path: url.pathname } }));
    };
    const { viewer } = caller;
    const [head, second, third, fourth] = segments;

    if (head === 'records' && second !== undefined) {
      const kind = kindOf(second);
      if (segments.length === 2) {
        if (method !== 'GET') notAllowed();
        const page = await store.list(kind, queryOf(parseSearch(listSearch, url.searchParams), viewer));
        return jsonResponse(200, { items: page.items.map((item) => recordToJson(kinds, item)), nextCursor: page.nextCursor ?? null });
      }
      const id = segmentToId(third ?? '');
      if (segments.length === 3) {
        if (method === 'GET') {
          const { rev, includeDeleted } = parseSearch(getSearch, url.searchParams);
          const record = await store.get(kind, id, { rev, includeDeleted, viewer });
          if (!record) throw storeError('not-found', 'notFound', { kind, id });
          return jsonResponse(200, { record: recordToJson(kinds, record) });
        }
        if (method === 'PUT') {
          const body = parseBody(putBody, await readJsonBody(request, bodyLimits));
          const value = decodeValue(kinds, kind, body.value);
          if (value.id !== id) {
            throw invalidRecordError(kind, id, [storeIssue('id', 'issueIdNotUrl', { bodyId: value.id })]);
          }
          return writeResponse(await store.put(kind, value, { baseRev: body.baseRev, by: caller.by(body), viewer }));
        }
        if (method === 'DELETE') {
          const body = parseBody(writeBody, await readJsonBody(request, bodyLimits));
          const baseRev = body.baseRev ?? parseSearch(deleteSearch, url.searchParams).baseRev;
          return writeResponse(await store.remove(kind, id, { baseRev, by: caller.by(body), viewer }));
        }
        notAllowed();
      }
      if (segments.length === 4 && fourth === 'history') {
        if (method !== 'GET') notAllowed();
        const revisions = await store.history(kind, id, { viewer });
        return jsonResponse(200, { revisions: revisions.map((r) => ({ ...recordToJson(kinds, r), changes: r.changes })) });
      }
      if (segments.length === 4 && fourth === 'restore') {
        if (method !== 'POST') notAllowed();
        const body = parseBody(writeBody, await readJsonBody(request, bodyLimits));
        return writeResponse(await store.restore(kind, id, { baseRev: body.baseRev, by: caller.by(body), viewer }));
      }
      if (segments.length === 4 && fourth === 'purge-history') {
        if (method !== 'POST') notAllowed();
        const body = parseBody(writeBody, await readJsonBody(request, bodyLimits));
        return jsonResponse(200, await store.purgeHistory(kind, id, { by: caller.by(body), viewer }));
      }
      return notFound(url.pathname);
    }

    if (head === 'count' && segments.length === 2) {
      if (method !== 'GET') notAllowed();
      const kind = kindOf(second);
      const query = queryOf(parseSearch(countSearch, url.searchParams), viewer);
      // A store written against an older contract: counted by paging through its list.
      return jsonResponse(200, { count: store.count ? await store.count(kind, query) : await countByPaging(store, kind, query) });
    }

    if (head === 'batch' && segments.length === 1) {
      if (method !== 'POST') notAllowed();
      const body = parseBody(batchBody, await readJsonBody(request, bodyLimits));
      const ops = body.ops.map((op): BatchOp<R> =>
        op.op === 'put'
          ? ({ op: 'put', kind: op.kind, value: decodeValue(kinds, op.kind, op.value), baseRev: op.baseRev } as BatchOp<R>)
          : ({ op: op.op, kind: op.kind, id: op.id, baseRev: op.baseRev } as BatchOp<R>),
      );
      const result = await store.batch(ops, { by: caller.by(body), viewer });
      if (result.ok) return jsonResponse(200, { records: result.records.map((r) => recordToJson(kinds, r)) });
      return jsonResponse(409, { conflicts: result.conflicts.map((c) => conflictToJson(kinds, c)) });
    }

    if (head === 'transactions' && segments.length === 2 && second === 'import') {
      if (method !== 'POST') notAllowed();
      const body = parseBody(importBody, await readJsonBody(request, importLimits));
      const result = await store.importTransactions(columnsFromJson(body.columns), {
        importId: body.importId,
        ids: body.ids,
        chunkSize: body.chunkSize,
        by: caller.by(body),
        viewer,
      });
      return jsonResponse(200, result);
    }

    if (head === 'transactions' && segments.length === 2 && second === 'columns') {
      if (method !== 'GET') notAllowed();
      const search = parseSearch(columnsSearch, url.searchParams);
      const columns = await store.readTransactionColumns({ viewer, customerIds: search.customerId, from: search.from, to: search.to });
      return jsonResponse(200, columnsToJson(columns));
    }

    if (head === 'figures' && segments.length === 1) {
      if (method !== 'GET') notAllowed();
      const { asOf, windowDays, customerId: customerIds } = parseSearch(figuresSearch, url.searchParams);
      checkFiguresQuery({ asOf, windowDays });
      // Pushed down where the store can; otherwise computed here, next to the data.
      const figures = store.customerFigures
        ? await store.customerFigures({ asOf, windowDays, customerIds, viewer })
        : computeCustomerFigures(await store.readTransactionColumns({ viewer }), { asOf, windowDays, customerIds });
      return jsonResponse(200, figuresToJson(figures));
    }

    if (head === 'changes' && segments.length === 1) {
      if (method !== 'GET') notAllowed();
      const { kind: kindsWanted } = parseSearch(changesSearch, url.searchParams);
      return changeStream(request, kindsWanted && kindsWanted.length > 0 ? kindsWanted : undefined);
    }

    return notFound(url.pathname);
  }

  function writeResponse(result: Awaited<ReturnType<Store<R>['put']>>): Response {
    if (result.ok) return jsonResponse(200, { record: recordToJson(kinds, result.record) });
    return jsonResponse(409, { conflict: conflictToJson(kinds, result.conflict) });
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

  /** The answer to an error: its own status for a store error, 500 for a server fault. */
  function failure(request: Request, error: unknown): Response {
    if (error instanceof RefusedRequest) return storeErrorResponse(request, error.error, error.status);
    if (error instanceof URIError) {
      return storeErrorResponse(request, storeError('invalid', 'invalidQuery', { params: { issues: 'the URL is not well encoded' } }));
    }
    if (isStoreError(error)) return storeErrorResponse(request, scrubbed(error));
    onError(error, request);
    return storeErrorResponse(request, storeError('unavailable', 'serverFault'), 500);
  }

  return async (request) => {
    try {
      if (!methods.has(request.method.toUpperCase())) {
        const path = new URL(request.url).pathname;
        throw new RefusedRequest(405, storeError('invalid', 'methodNotAllowed', { params: { method: request.method, path } }));
      }
      const caller = await identify(request);
      if (caller instanceof Response) return caller;
      return await route(request, caller);
    } catch (error) {
      return failure(request, error);
    }
  };
}

/** A store query from a parsed query string: a filter given once is one value, repeated a list. */
function queryOf(search: Record<string, unknown>, viewer: StoreViewer | undefined): Query {
  const query: Query = { ...search, viewer };
  for (const field of queryFilterFields) {
    const values = search[field] as string[] | undefined;
    if (values !== undefined) query[field] = values.length === 1 ? values[0]! : values;
  }
  return query;
}

/** A database's own error (an SQLSTATE code), which a client must never read. */
function isDriverError(cause: unknown): boolean {
  const code = (cause as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code);
}

/**
 * A store error fit for a client: an error the database raised (a value out of range, a
 * character it cannot store) becomes the store's own `refusedValue`; a storage outage
 * `storageDown`. Neither carries the driver's text.
 */
function scrubbed(error: StoreError): StoreError {
  if (error.code === 'unavailable') return storeError('unavailable', 'storageDown', { cause: error });
  if (error.code === 'invalid' && isDriverError(error.cause)) {
    return storeError('invalid', 'refusedValue', { kind: error.kind, id: error.id, cause: error });
  }
  return error;
}

function notFound(path: string): never {
  throw storeError('not-found', 'invalidQuery', { params: { issues: `no such endpoint: ${path}` } });
}
