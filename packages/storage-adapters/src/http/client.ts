import { encodeLeniently } from './lenient-codec.js';
import {
  checkBatchRevisions,
  checkRevisionOption,
  invalidRecordError,
  isStoreError,
  prepareImport,
  queryFilterFields,
  resolveKinds,
  StoreError,
  storeError,
  storeIssue,
  thrownIssues,
} from '../contract/index.js';
import type {
  BatchOp,
  BatchResult,
  ChangeEvent,
  ChangeListener,
  Conflict,
  JsonObject,
  JsonRecords,
  KindDefinition,
  Query,
  RecordMap,
  Store,
  StoreErrorJson,
  StoreKind,
  StoreOptions,
  Subscription,
  WriteResult,
} from '../contract/index.js';
import { idToSegment } from './paths.js';
import {
  columnsFromJson,
  columnsToJson,
  conflictFromJson,
  figuresFromJson,
  recordFromJson,
} from './wire.js';
import type { ColumnsJson, ConflictJson, FiguresJson, RecordRevisionJson, StoredRecordJson } from './wire.js';

/** Options of `createHttpStore`. */
export interface HttpStoreOptions<R extends RecordMap = JsonRecords> extends Pick<StoreOptions<R>, 'kinds'> {
  /** Where the protocol is served, e.g. `https://erp.example.com/api/dossier`. */
  baseUrl: string;
  /** The fetch to use (default: the global one); pass one to add auth or retries. */
  fetch?: typeof fetch | undefined;
  /** Headers sent with every request (e.g. an authorization header). */
  headers?: Record<string, string> | undefined;
  /** Lines per request of a bulk import (default 50 000). */
  importRequestLines?: number | undefined;
  /**
   * Milliseconds before the first reconnection of a dropped change stream (default 1 000); each
   * further attempt waits twice as long, up to `maxReconnectMs`. A stream the server refuses
   * (401/403) is not reconnected: `subscribe`'s `onError` hears why.
   */
  reconnectMs?: number | undefined;
  /** Longest wait between reconnections of the change stream (default 30 000). */
  maxReconnectMs?: number | undefined;
}

interface Reply {
  status: number;
  body: Record<string, unknown>;
}

/**
 * A store that talks to a Dossier server over the JSON-over-HTTP protocol of the package README
 * (served by `createStoreHandler`). Values are encoded with the kind table before they leave and
 * decoded when they arrive; a 409 comes back as a conflict value; a server that cannot be
 * reached is an `unavailable` error, never an empty archive. The change feed is the server's
 * event stream (`GET /changes`).
 *
 * @example
 * const store = createHttpStore({ baseUrl: '/api/dossier', headers: { authorization: `Bearer ${token}` } });
 * const page = await store.list('customer', { grade: 'A' });
 */
export function createHttpStore<R extends RecordMap = JsonRecords>(options: HttpStoreOptions<R>): Store<R> {
  const kinds = resolveKinds<R>(options.kinds);
  const base = options.baseUrl.replace(/\/+$/, '');
  const fetchImpl = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));
  const importRequestLines = options.importRequestLines ?? 50_000;
  const reconnectMs = options.reconnectMs ?? 1000;
  const maxReconnectMs = Math.max(reconnectMs, options.maxReconnectMs ?? 30_000);
  const live = new Set<AbortController>();

  const recordPath = (kind: StoreKind, id?: string) => `/records/${kind}${id === undefined ? '' : `/${idToSegment(id)}`}`;
  const encode = (kind: StoreKind, value: unknown): JsonObject => {
    try {
      return encodeLeniently(kinds[kind] as KindDefinition<{ id: string }>, value as { id: string });
    } catch (cause) {
      const id = typeof (value as { id?: unknown } | null)?.id === 'string' ? (value as { id: string }).id : '?';
      throw invalidRecordError(kind, id, thrownIssues(cause) ?? [{ path: '', message: cause instanceof Error ? cause.message : String(cause) }], { cause });
    }
  };

  const unavailable = (url: string, reason: string, cause?: unknown) =>
    storeError('unavailable', 'unavailableHttp', { cause, params: { url, reason } });

  async function call(method: string, path: string, init: { search?: URLSearchParams; body?: unknown; expect?: number[] } = {}): Promise<Reply> {
    const query = init.search && [...init.search.keys()].length > 0 ? `?${init.search.toString()}` : '';
    const url = `${base}${path}${query}`;
    const request = () =>
      fetchImpl(url, {
        method,
        headers: { accept: 'application/json', ...(init.body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' }), ...options.headers },
        ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
      });
    let response: Response;
    try {
      response = await request();
    } catch (first) {
      // A read is retried once: a kept-alive connection the server has just closed fails the
      // first attempt. Writes are not retried, so that none can be applied twice.
      if (method !== 'GET') throw unavailable(url, first instanceof Error ? first.message : String(first), first);
      try {
        response = await request();
      } catch (cause) {
        throw unavailable(url, cause instanceof Error ? cause.message : String(cause), cause);
      }
    }
    let body: Record<string, unknown> | undefined;
    try {
      body = (await response.json()) as Record<string, unknown>;
    } catch (cause) {
      if (response.ok) throw unavailable(url, `HTTP ${response.status} without a JSON body`, cause);
    }
    if (body && (response.ok || init.expect?.includes(response.status))) return { status: response.status, body };
    throw refusal(url, response.status, body?.['error']);
  }

  /** The error of a refused request: the server's own, else one for its status. */
  function refusal(url: string, status: number, json: unknown): StoreError {
    const error = json as StoreErrorJson | undefined;
    const own = error && typeof error.code === 'string' && error.messages ? StoreError.fromJSON(error) : undefined;
    // 401 and 403 are the server's sign-in speaking, whatever body its middleware wrote.
    if (status === 401) return own?.code === 'unauthenticated' ? own : storeError('unauthenticated', 'unauthenticated');
    if (status === 403) return own?.code === 'forbidden' ? own : storeError('forbidden', 'notAllowed');
    return own ?? unavailable(url, `HTTP ${status}`);
  }

  function writeResult<K extends StoreKind>(reply: Reply): WriteResult<R[K], K> {
    if (reply.status === 409) return { ok: false, conflict: conflictFromJson(kinds, reply.body['conflict'] as ConflictJson) as Conflict<R[K], K> };
    return { ok: true, record: recordFromJson<R, K>(kinds, reply.body['record'] as StoredRecordJson) };
  }

  const store: Store<R> = {
    adapter: 'http',
    kinds,

    async get(kind, id, getOptions = {}) {
      checkRevisionOption(getOptions.rev, 'rev', { kind, id });
      const search = new URLSearchParams();
      if (getOptions.rev !== undefined) search.set('rev', String(getOptions.rev));
      if (getOptions.includeDeleted) search.set('includeDeleted', 'true');
      try {
        const reply = await call('GET', recordPath(kind, id), { search });
        return recordFromJson(kinds, reply.body['record'] as StoredRecordJson);
      } catch (error) {
        // A 404 naming this very record means "no such record"; any other 404 is a wrong URL.
        if (isStoreError(error, 'not-found') && error.id === id && error.kind === kind) return undefined;
        throw error;
      }
    },

    async list(kind, query = {}) {
      const search = selectionSearch(query);
      if (query.sort !== undefined) search.set('sort', query.sort);
      if (query.direction !== undefined) search.set('direction', query.direction);
      if (query.limit !== undefined) search.set('limit', String(query.limit));
      if (query.cursor !== undefined) search.set('cursor', query.cursor);
      const reply = await call('GET', recordPath(kind), { search });
      const items = (reply.body['items'] as StoredRecordJson[]).map((item) => recordFromJson<R, typeof kind>(kinds, item));
      const nextCursor = reply.body['nextCursor'];
      return { items, nextCursor: typeof nextCursor === 'string' ? nextCursor : undefined };
    },

    async count(kind, query = {}) {
      const reply = await call('GET', `/count/${kind}`, { search: selectionSearch(query) });
      return reply.body['count'] as number;
    },

    async history(kind, id) {
      const reply = await call('GET', `${recordPath(kind, id)}/history`);
      return (reply.body['revisions'] as RecordRevisionJson[]).map((r) => ({ ...recordFromJson<R, typeof kind>(kinds, r), changes: r.changes }));
    },

    async put(kind, value, writeOptions = {}) {
      const id = (value as { id?: unknown } | undefined)?.id;
      if (typeof id !== 'string' || id === '') {
        throw invalidRecordError(kind, undefined, [storeIssue('id', 'issueIdEmpty')]);
      }
      checkRevisionOption(writeOptions.baseRev, 'baseRev', { kind, id });
      const body = { value: encode(kind, value), baseRev: writeOptions.baseRev, by: writeOptions.by };
      return writeResult(await call('PUT', recordPath(kind, id), { body, expect: [409] }));
    },

    async remove(kind, id, writeOptions = {}) {
      checkRevisionOption(writeOptions.baseRev, 'baseRev', { kind, id });
      const body = { baseRev: writeOptions.baseRev, by: writeOptions.by };
      return writeResult(await call('DELETE', recordPath(kind, id), { body, expect: [409] }));
    },

    async restore(kind, id, writeOptions = {}) {
      checkRevisionOption(writeOptions.baseRev, 'baseRev', { kind, id });
      const body = { baseRev: writeOptions.baseRev, by: writeOptions.by };
      return writeResult(await call('POST', `${recordPath(kind, id)}/restore`, { body, expect: [409] }));
    },

    async purgeHistory(kind, id, purgeOptions = {}) {
      const reply = await call('POST', `${recordPath(kind, id)}/purge-history`, { body: { by: purgeOptions.by } });
      return { rev: reply.body['rev'] as number, purged: reply.body['purged'] as number };
    },

    async batch(ops: readonly BatchOp<R>[], batchOptions = {}): Promise<BatchResult<R>> {
      checkBatchRevisions(ops);
      const wire = ops.map((op) =>
        op.op === 'put'
          ? { op: 'put', kind: op.kind, value: encode(op.kind, op.value), baseRev: op.baseRev }
          : { op: op.op, kind: op.kind, id: op.id, baseRev: op.baseRev },
      );
      const reply = await call('POST', '/batch', { body: { ops: wire, by: batchOptions.by }, expect: [409] });
      if (reply.status === 409) {
        return { ok: false, conflicts: (reply.body['conflicts'] as ConflictJson[]).map((c) => conflictFromJson(kinds, c)) as never };
      }
      return { ok: true, records: (reply.body['records'] as StoredRecordJson[]).map((r) => recordFromJson(kinds, r)) as never };
    },

    async importTransactions(book, importOptions) {
      // Checked here first, so a bad line is reported with its number before anything is sent.
      const { columns, ids } = prepareImport(book, importOptions, kinds.transaction);
      let written = 0;
      let unchanged = 0;
      for (let start = 0; start < Math.max(columns.length, 1); start += importRequestLines) {
        const end = Math.min(columns.length, start + importRequestLines);
        const slice = start === 0 && end === columns.length ? columns : sliceColumns(columns, start, end);
        try {
          const reply = await call('POST', '/transactions/import', {
            body: {
              importId: importOptions.importId,
              ids: ids.slice(start, end),
              chunkSize: importOptions.chunkSize,
              by: importOptions.by,
              columns: columnsToJson(slice),
            },
          });
          written += reply.body['written'] as number;
          unchanged += reply.body['unchanged'] as number;
        } catch (error) {
          if (isStoreError(error) && error.line !== undefined && start > 0) {
            throw new StoreError(error.code, error.messages, { kind: error.kind, id: error.id, path: error.path, line: error.line + start, issues: error.issues, cause: error });
          }
          throw error;
        }
      }
      return { written, unchanged };
    },

    async readTransactionColumns(readOptions = {}) {
      const search = new URLSearchParams();
      for (const id of readOptions.customerIds ?? []) search.append('customerId', id);
      if (readOptions.from !== undefined) search.set('from', readOptions.from);
      if (readOptions.to !== undefined) search.set('to', readOptions.to);
      const reply = await call('GET', '/transactions/columns', { search });
      return columnsFromJson(reply.body as unknown as ColumnsJson);
    },

    async customerFigures(query) {
      const search = new URLSearchParams({ asOf: query.asOf, windowDays: String(query.windowDays) });
      for (const id of query.customerIds ?? []) search.append('customerId', id);
      const reply = await call('GET', '/figures', { search });
      return figuresFromJson(reply.body as unknown as FiguresJson);
    },

    subscribe(listener: ChangeListener, subscribeOptions = {}): Subscription {
      const search = new URLSearchParams();
      for (const kind of subscribeOptions.kinds ?? []) search.append('kind', kind);
      const url = `${base}/changes${[...search.keys()].length > 0 ? `?${search.toString()}` : ''}`;
      let stopped = false;
      let controller: AbortController | undefined;
      let markReady: () => void = () => {};
      const ready = new Promise<void>((resolve) => (markReady = resolve));

      const connect = async (): Promise<void> => {
        let wait = reconnectMs;
        while (!stopped) {
          controller = new AbortController();
          live.add(controller);
          try {
            const response = await fetchImpl(url, { headers: { accept: 'text/event-stream', ...options.headers }, signal: controller.signal });
            if (response.status === 401 || response.status === 403) {
              const error = refusal(url, response.status, ((await response.json().catch(() => undefined)) as { error?: unknown } | undefined)?.error);
              stopped = true;
              subscribeOptions.onError?.(error);
              return;
            }
            if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
            await readEvents(response.body, listener, () => {
              wait = reconnectMs;
              markReady();
            });
          } catch (error) {
            if (stopped) return;
            if (!(error instanceof Error && error.name === 'AbortError')) console.warn(`dossier: change stream ${url} dropped (${String(error)}); reconnecting`);
          } finally {
            live.delete(controller);
          }
          if (stopped) return;
          await new Promise((resolve) => setTimeout(resolve, wait));
          wait = Math.min(maxReconnectMs, wait * 2);
        }
      };
      void connect();
      return {
        ready,
        unsubscribe() {
          stopped = true;
          controller?.abort();
        },
      };
    },

    async close() {
      for (const controller of live) controller.abort();
      live.clear();
    },
  };
  return store;
}

/** The query string of what a query selects (filters, text, `includeDeleted`): `list` adds its paging, `count` sends it as it is. */
function selectionSearch(query: Query): URLSearchParams {
  const search = new URLSearchParams();
  for (const field of queryFilterFields) {
    const filter = query[field];
    if (filter === undefined) continue;
    for (const value of typeof filter === 'string' ? [filter] : filter) search.append(field, value);
  }
  if (query.text !== undefined) search.set('text', query.text);
  if (query.includeDeleted) search.set('includeDeleted', 'true');
  return search;
}

/** Reads a `text/event-stream` body, calling the listener with each `data:` event. */
async function readEvents(body: ReadableStream<Uint8Array>, listener: ChangeListener, onOpen: () => void): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += decoder.decode(value, { stream: true });
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      if (block.startsWith(': ready')) onOpen();
      const data = block
        .split('\n')
        .filter((line) => line.startsWith('data:'))
        .map((line) => line.slice(5).trimStart())
        .join('\n');
      if (data === '') continue;
      try {
        listener(JSON.parse(data) as ChangeEvent);
      } catch (error) {
        console.error(error);
      }
    }
  }
}

function sliceColumns(columns: ReturnType<typeof prepareImport>['columns'], start: number, end: number) {
  return {
    ...columns,
    length: end - start,
    customer: columns.customer.subarray(start, end),
    day: columns.day.subarray(start, end),
    amount: columns.amount.subarray(start, end),
    ...(columns.cost ? { cost: columns.cost.subarray(start, end) } : {}),
    ...(columns.paid ? { paid: columns.paid.subarray(start, end) } : {}),
    ...(columns.quantity ? { quantity: columns.quantity.subarray(start, end) } : {}),
    ...(columns.order ? { order: columns.order.subarray(start, end) } : {}),
    ...(columns.product ? { product: columns.product.subarray(start, end) } : {}),
    ...(columns.category ? { category: columns.category.subarray(start, end) } : {}),
  };
}
