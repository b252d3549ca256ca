import { addNameOrderKeys, nameOrderIndex, nameOrderKey, nameOrderKeyPath, nameOrderPage, readsInNameOrder, withoutNameOrder } from './name-order.js';
import { TransactionColumnsBuilder } from '@dossier/core';
import {
  assembleColumns,
  buildChunks,
  chunkCustomerIndex,
  chunkIds,
  chunkStoredLines,
  dropFromChunks,
  lineChunkStoreName,
  looseIndex,
  withoutLineFields,
} from './line-chunks.js';
import type { LineChunk, LineRow } from './line-chunks.js';
import type { TransactionColumns } from '@dossier/core';
import {
  checkRevisionOption,
  batchWrites,
  ChangeHub,
  purgeChangeOf,
  appendTransactionJson,
  batchKeys,
  changeOf,
  checkImportLines,
  columnsFilter,
  decodeRevision,
  decodeRow,
  defaultImportChunkSize,
  changesImplied,
  countQuery,
  impliedChanges,
  matchesQuery,
  migrateJson,
  normalizeSearchText,
  planBatch,
  planImportChunk,
  openImport,
  queryFilterFields,
  resolveKinds,
  rowKey,
  selectPage,
  storeKinds,
} from '../contract/index.js';
import { adapterError } from '../contract/adapter-errors.js';
import type {
  BatchOp,
  BatchResult,
  JsonRecords,
  KindDefinition,
  Query,
  ReadColumnsOptions,
  RecordMap,
  RevisionRow,
  Store,
  StoreKind,
  StoreOptions,
} from '../contract/index.js';
import { idbFailure } from './errors.js';
import { openWatched, type Upgrade } from './open.js';
import { idbRequest, withDone, type Transaction } from './requests.js';

/**
 * Reads many keys with raw requests and one promise for all of them (a promise per request
 * costs more than the read itself in a bulk import). Resolves inside the transaction's task.
 */
function getMany<T>(store: IDBObjectStore, keys: readonly string[]): Promise<(T | undefined)[]> {
  return new Promise((resolve, reject) => {
    const out = new Array<T | undefined>(keys.length);
    let pending = keys.length;
    if (pending === 0) resolve(out);
    keys.forEach((key, i) => {
      const request = store.get(key);
      request.onsuccess = () => {
        out[i] = request.result as T | undefined;
        if (--pending === 0) resolve(out);
      };
      request.onerror = () => reject(request.error);
    });
  });
}

/**
 * The form a revision is kept in: without `changes` when they are "every field added" (a new
 * record, or one written over a tombstone — recomputed on read by `changesOf`), and without
 * undefined index entries. Rows are stored as structured clones, so every byte saved is time saved
 * in a bulk import and a bulk read.
 */
function compactRow(row: RevisionRow, fresh: boolean): RevisionRow {
  const index: Record<string, string> = {};
  for (const [key, value] of Object.entries(row.index)) if (value !== undefined) index[key] = value;
  const { changes, ...rest } = row;
  return { ...rest, index: index as unknown as RevisionRow['index'], ...(changesImplied(row, fresh) ? {} : { changes }) } as RevisionRow;
}

/** The field changes of a stored revision (see `compactRow`). */
function changesOf(row: RevisionRow): RevisionRow['changes'] {
  return row.changes ?? impliedChanges(row);
}

const asValues = (filter: string | readonly string[]): readonly string[] => (typeof filter === 'string' ? [filter] : filter);

/**
 * How many rows of a store, or of an index's `value`, pass the query: read in pages of 1000 by
 * key (or all of the value's rows, as `list` reads them), never all records at once. Pages, not a
 * cursor: a cursor costs a task per record, which a busy page (a list drawing, figures loading)
 * stretches from milliseconds to a minute for 2,500 customers.
 */
async function countAlong(source: IDBObjectStore | IDBIndex, value: string | undefined, query: Query): Promise<number> {
  let n = 0;
  const count = (rows: RevisionRow[]) => {
    for (const row of rows) if (matchesQuery(row, query)) n++;
  };
  if (value !== undefined) count((await idbRequest(source.getAll(value))) as RevisionRow[]);
  else await eachPage(source as IDBObjectStore, 1000, count);
  return n;
}

/** Every row of a store, read by key in pages of `pageSize` (a `getAll` each), handed to `visit` page by page. */
async function eachPage(store: IDBObjectStore, pageSize: number, visit: (rows: RevisionRow[]) => void): Promise<void> {
  let range: IDBKeyRange | undefined;
  for (;;) {
    const rows = (await idbRequest(store.getAll(range, pageSize))) as RevisionRow[];
    visit(rows);
    if (rows.length < pageSize) return;
    range = IDBKeyRange.lowerBound(rows[rows.length - 1]!.id, true);
  }
}

const isConstraintError = (error: unknown) => (error as { name?: unknown } | null)?.name === 'ConstraintError';

/**
 * The current rows of many ids of one store. When the ids are dense in key order (a batch of
 * C0001…C5000) one `getAll` over their key range is far cheaper than a read per key (a read
 * of a missing key costs more than a write); otherwise one raw request per key.
 */
async function readHeads<T>(factory: IDBFactory, store: IDBObjectStore, ids: readonly string[]): Promise<Map<string, T>> {
  const heads = new Map<string, T>();
  if (ids.length === 0) return heads;
  const sorted = [...ids].sort((a, b) => factory.cmp(a, b));
  const range = IDBKeyRange.bound(sorted[0], sorted[sorted.length - 1]);
  const inRange = await idbRequest(store.count(range));
  if (inRange <= 2 * ids.length + 16) {
    const wanted = new Set(ids);
    const rows = (await idbRequest(store.getAll(range))) as T[];
    for (const row of rows) {
      const id = (row as { id: string }).id;
      if (wanted.has(id)) heads.set(id, row);
    }
    return heads;
  }
  const found = await getMany<T>(store, ids);
  ids.forEach((id, i) => {
    const row = found[i];
    if (row !== undefined) heads.set(id, row);
  });
  return heads;
}

/** The object store holding superseded revisions of every kind. */
export const historyStoreName = 'history';
/** The object store holding the database's identity (to tell a recreated database from ours). */
export const metaStoreName = 'meta';
/**
 * The IndexedDB schema version this adapter creates (2 added the task, service-case and contract
 * stores, 3 the satisfaction store, 4 the name-order index of every kind's store, 5 the columnar
 * chunks of transaction lines, `lineChunks`, and the `loose` index of the lines outside them).
 */
export const idbSchemaVersion = 5;

/** Indexes on every kind's store: the filterable `RecordIndex` fields. */
export const indexedFields = queryFilterFields;

/** Options of `createIndexedDbStore`. */
export interface IndexedDbStoreOptions<R extends RecordMap = JsonRecords> extends StoreOptions<R> {
  /** Database name (one archive per name). Default `dossier`. */
  name?: string | undefined;
  /** Ask the browser to keep the data under storage pressure (`navigator.storage.persist()`). Default true. */
  persist?: boolean | undefined;
  /** Lines per atomic chunk (one transaction each) of `importTransactions`. Default 5000. */
  chunkSize?: number | undefined;
}

/** An IndexedDB store: the contract plus what the browser said about persistence. */
export interface IndexedDbStore<R extends RecordMap = JsonRecords> extends Store<R> {
  /** Whether the browser granted persistent storage (false when not asked or refused). */
  readonly persisted: Promise<boolean>;
  /** The open database (for raw reads in tests and tools; do not write to it). */
  readonly database: IDBDatabase;
  /** By index counts where they serve, else one cursor over the records (see the contract's `count`). */
  count: NonNullable<Store<R>['count']>;
}

const systemClock = () => new Date().toISOString();

/**
 * Creates the object stores: one per kind (key `id`, the head revision of each record, with an
 * index per filter field), one for superseded revisions (key `[kind, id, rev]`), one for meta data,
 * one for the columnar chunks of transaction lines (see line-chunks.ts). The lines of an older
 * database are chunked here, in the upgrade transaction.
 */
const upgradeWith =
  (lineDefinition: KindDefinition<{ id: string }>): Upgrade =>
  (db, _old, tx) => {
    const chunkLines = !db.objectStoreNames.contains(lineChunkStoreName);
    if (chunkLines) {
      const chunks = db.createObjectStore(lineChunkStoreName, { keyPath: 'key' });
      chunks.createIndex(chunkCustomerIndex, 'customerIds', { multiEntry: true });
    }
    for (const kind of storeKinds) {
      if (db.objectStoreNames.contains(kind)) {
        // A database of an earlier version: add the name-order index (built from the stored rows).
        const store = tx.objectStore(kind);
        const addNameOrder = !store.indexNames.contains(nameOrderIndex);
        if (addNameOrder) store.createIndex(nameOrderIndex, nameOrderKeyPath);
        if (kind === 'transaction' && chunkLines) {
          // One cursor keys the rows for both (two cursors updating the same rows would race).
          if (!store.indexNames.contains(looseIndex)) store.createIndex(looseIndex, looseIndex);
          chunkStoredLines(lineDefinition, store, tx.objectStore(lineChunkStoreName), (row) => ({ nameOrder: nameOrderKey(row) }));
        } else if (addNameOrder) addNameOrderKeys(store);
        continue;
      }
      const store = db.createObjectStore(kind, { keyPath: 'id' });
      for (const field of indexedFields) store.createIndex(field, `index.${field}`);
      store.createIndex(nameOrderIndex, nameOrderKeyPath);
      if (kind === 'transaction') store.createIndex(looseIndex, looseIndex);
    }
    if (!db.objectStoreNames.contains(historyStoreName)) db.createObjectStore(historyStoreName, { keyPath: ['kind', 'id', 'rev'] });
    if (!db.objectStoreNames.contains(metaStoreName)) db.createObjectStore(metaStoreName);
  };

/**
 * A store in the browser's IndexedDB, on its own API (no wrapper library). Every write, batch and import chunk is
 * ONE transaction, and nothing but IndexedDB requests is awaited inside it (planning and
 * validation are synchronous), so a batch is all or nothing and never fails with
 * `TransactionInactiveError`. A full disk surfaces as a `quota` error. The store asks for
 * persistent storage, and when the database disappears under it (deleted from devtools or by
 * another tab, upgraded elsewhere, closed by the browser) every call fails with `unavailable`
 * instead of showing an empty archive.
 *
 * Layout: one object store per kind holding each record's current revision (key `id`, indexes
 * on grade, stage, owner, region, nature and customerId); superseded revisions move to
 * `history`. A new record is one `put`, an edit two.
 *
 * @example
 * const store = await createIndexedDbStore({ name: 'dossier', actor: 'rep-7' });
 * await store.put('customer', { id: 'c1', name: '杭州科技' });
 */
export async function createIndexedDbStore<R extends RecordMap = JsonRecords>(
  options: IndexedDbStoreOptions<R> = {},
): Promise<IndexedDbStore<R>> {
  const name = options.name ?? 'dossier';
  const kinds = resolveKinds<R>(options.kinds);
  const now = options.now ?? systemClock;
  const actor = options.actor ?? 'unknown';
  const defaultChunk = options.chunkSize ?? defaultImportChunkSize;
  const lineDefinition = kinds.transaction as KindDefinition<{ id: string }>;
  const hub = new ChangeHub();
  let closed = false;
  let vanished: string | undefined;

  const db = await openWatched(name, idbSchemaVersion, upgradeWith(lineDefinition), 'archive', (reason) => {
    vanished = reason;
  });
  const factory = indexedDB;
  const missing = [...storeKinds, historyStoreName, metaStoreName, lineChunkStoreName].filter((store) => !db.objectStoreNames.contains(store));
  if (missing.length > 0) {
    db.close();
    throw adapterError('unavailable', 'unavailable', { params: { reason: `the database "${name}" lacks the stores ${missing.join(', ')}` } });
  }

  const persisted: Promise<boolean> =
    options.persist === false || typeof navigator === 'undefined' || !navigator.storage?.persist
      ? Promise.resolve(false)
      : navigator.storage.persist().catch(() => false);

  const open = () => {
    if (closed) throw adapterError('unavailable', 'unavailable', { params: { reason: 'the store was closed' } });
    if (vanished) throw adapterError('unavailable', 'unavailable', { params: { reason: vanished } });
  };

  /** Starts a transaction, mapping "database closed / store missing" to `unavailable`. */
  function begin(stores: string[], mode: IDBTransactionMode): Transaction {
    open();
    try {
      return withDone(db.transaction(stores, mode, { durability: 'default' }));
    } catch (error) {
      throw idbFailure(error);
    }
  }

  /** Awaits a transaction's end and maps its failure. */
  async function finish(tx: Transaction, where: { kind?: StoreKind; id?: string } = {}) {
    try {
      await tx.done;
    } catch (error) {
      throw idbFailure(error, where, tx);
    }
  }

  /** Aborts a transaction that failed in our code, ignoring "already finished". */
  const abort = (tx: Transaction) => {
    try {
      tx.abort();
    } catch {
      // already committed or aborted
    }
    tx.done.catch(() => undefined);
  };

  /**
   * Runs `body` in a read-only transaction over `stores` and waits for the transaction's end;
   * what IndexedDB throws becomes a `StoreError` naming `where`.
   */
  async function reading<T>(stores: string[], where: { kind?: StoreKind; id?: string }, body: (tx: Transaction) => Promise<T>): Promise<T> {
    const tx = begin(stores, 'readonly');
    try {
      const result = await body(tx);
      await tx.done;
      return result;
    } catch (error) {
      // A failed request fails the transaction too: its `done` is not awaited on this path.
      tx.done.catch(() => undefined);
      throw idbFailure(error, where, tx);
    }
  }

  /**
   * Writes planned rows in the transaction: the previous head of a record moves to history,
   * the new row becomes the head. Raw requests, fired without awaiting each one (and without a
   * promise per request): the transaction's completion reports any failure. With `create`
   * the rows are known to be new and are `add`ed, so a record that appeared meanwhile fails the
   * transaction (ConstraintError) instead of being overwritten.
   *
   * Transaction lines: a line of one of `chunks` (written in the same transaction by the caller)
   * is marked with its chunk's key, any other live line is `loose`. Returns the lines that left a chunk
   * (chunk key → ids): the caller rewrites those chunks without them (`dropFromChunks`).
   */
  function putRows(
    tx: Transaction,
    rows: readonly RevisionRow[],
    heads: Map<string, RevisionRow | undefined>,
    create = false,
    chunks: readonly LineChunk[] = [],
  ): Map<string, Set<string>> {
    const history = tx.objectStore(historyStoreName);
    const stores = new Map<StoreKind, IDBObjectStore>();
    const working = new Map<string, LineRow | undefined>(heads);
    const chunkOf = new Map(chunks.flatMap((chunk) => chunkIds(chunk).map((id) => [id, chunk.key] as const)));
    const dropped = new Map<string, Set<string>>();
    for (const row of rows) {
      const key = rowKey(row.kind, row.id);
      const previous = working.get(key);
      if (previous) history.put(withoutLineFields(withoutNameOrder(previous)));
      if (previous?.lineChunk !== undefined) {
        const ids = dropped.get(previous.lineChunk) ?? new Set<string>();
        dropped.set(previous.lineChunk, ids.add(row.id));
      }
      let target = stores.get(row.kind);
      if (!target) stores.set(row.kind, (target = tx.objectStore(row.kind)));
      const chunkKey = chunkOf.get(row.id);
      const line = row.kind !== 'transaction' ? {} : chunkKey !== undefined ? { lineChunk: chunkKey } : row.deleted ? {} : { loose: 1 as const };
      // Transaction lines carry no name-order key (nobody pages lines by name; `list` sorts them
      // in memory): one index entry less per imported line.
      const order = row.kind === 'transaction' ? {} : { nameOrder: nameOrderKey(row) };
      const stored: LineRow = { ...compactRow(row, !previous || previous.deleted), ...order, ...line } as unknown as LineRow;
      if (create) target.add(stored);
      else target.put(stored);
      working.set(key, stored);
    }
    return dropped;
  }

  async function runBatch(ops: readonly BatchOp<R>[], by: string): Promise<BatchResult<R>> {
    const keys = batchKeys(ops);
    const touched = [...new Set(ops.map((op) => op.kind))];
    const at = now();
    const tx = begin([...touched, historyStoreName, ...(touched.includes('transaction') ? [lineChunkStoreName] : [])], 'readwrite');
    let plan: ReturnType<typeof planBatch<R>>;
    const heads = new Map<string, RevisionRow | undefined>();
    try {
      for (const kind of touched) {
        const found = await readHeads<RevisionRow>(factory, tx.objectStore(kind), keys.filter((k) => k.kind === kind).map((k) => k.id));
        for (const k of keys) if (k.kind === kind) heads.set(k.key, found.get(k.id));
      }
      // Synchronous: nothing but IndexedDB is awaited while the transaction is open.
      plan = planBatch(ops, { kinds, heads, by, at });
      const dropped = plan.ok ? putRows(tx, plan.rows, heads) : new Map<string, Set<string>>();
      if (dropped.size > 0) await dropFromChunks(tx.objectStore(lineChunkStoreName), dropped);
    } catch (error) {
      abort(tx);
      const first = keys[0];
      throw idbFailure(error, first ? { kind: first.kind, id: first.id } : {}, tx);
    }
    const first = plan.ok ? plan.rows[0] : undefined;
    await finish(tx, first ? { kind: first.kind, id: first.id } : {});
    if (!plan.ok) return plan;
    hub.emit({ changes: plan.rows.map(changeOf) });
    return { ok: true, records: plan.rows.map((row) => decodeRow(row, kinds)) as never };
  }

  /** The heads of a kind a query may return: through an index when it filters on one field. */
  function candidates(kind: StoreKind, query: Query): Promise<RevisionRow[]> {
    return reading([kind], { kind }, async (tx) => {
      const store = tx.objectStore(kind);
      const field = indexedFields.find((f) => query[f] !== undefined);
      if (!field) return (await idbRequest(store.getAll())) as RevisionRow[];
      const values = [...new Set(asValues(query[field]!))];
      const parts = await Promise.all(values.map((value) => idbRequest(store.index(field).getAll(value)) as Promise<RevisionRow[]>));
      return parts.flat();
    });
  }

  /**
   * `count`: by the indexes' own counts when they serve (tombstones counted, at most one filter
   * field, no text: a count per value, no record read); otherwise the records a filter's index
   * finds (or all of them, page by page), tested like `list` tests them and not kept.
   */
  function countOf(kind: StoreKind, query: Query): Promise<number> {
    return reading([kind], { kind }, async (tx) => {
      const store = tx.objectStore(kind);
      const fields = indexedFields.filter((f) => query[f] !== undefined);
      const field = fields[0];
      const values = field === undefined ? [] : [...new Set(asValues(query[field]!))];
      const text = query.text === undefined ? '' : normalizeSearchText(query.text);
      const byIndex = query.includeDeleted && text === '' && fields.length <= 1;
      const counts =
        field === undefined
          ? [byIndex ? idbRequest(store.count()) : countAlong(store, undefined, query)]
          : values.map((value) => (byIndex ? idbRequest(store.index(field).count(value)) : countAlong(store.index(field), value, query)));
      let n = 0;
      for (const part of await Promise.all(counts)) n += part;
      return n;
    });
  }

  /** A page in name order read along the name-order index (see `nameOrderPage`). */
  function namePage(kind: StoreKind, query: Query): Promise<{ rows: RevisionRow[]; nextCursor: string | undefined }> {
    return reading([kind], { kind }, (tx) => nameOrderPage(tx.objectStore(kind).index(nameOrderIndex), query));
  }

  /** The keys of the `transaction` store that start with `prefix` (a key-only scan). */
  function existingKeys(prefix: string): Promise<Set<string>> {
    return reading(['transaction'], { kind: 'transaction' }, async (tx) => {
      const keys = await idbRequest(tx.objectStore('transaction').getAllKeys(IDBKeyRange.bound(prefix, `${prefix}\uffff`, false, true)));
      return new Set(keys as string[]);
    });
  }

  /**
   * Writes one chunk of an import in one transaction. `allNew`: no head is read and every line
   * is `add`ed (fails with ConstraintError if one exists after all).
   */
  async function importChunkWith(
    context: { columns: TransactionColumns; ids: readonly string[]; by: string; at: string },
    start: number,
    end: number,
    chunkIds: readonly string[],
    allNew: boolean,
  ): Promise<{ rows: RevisionRow[]; unchanged: number }> {
    const tx = begin(['transaction', historyStoreName, lineChunkStoreName], 'readwrite');
    let plan: { rows: RevisionRow[]; unchanged: number };
    try {
      const heads = new Map<string, RevisionRow | undefined>();
      if (allNew) {
        for (const id of chunkIds) heads.set(rowKey('transaction', id), undefined);
      } else {
        const found = await readHeads<RevisionRow>(factory, tx.objectStore('transaction'), chunkIds);
        for (const id of chunkIds) heads.set(rowKey('transaction', id), found.get(id));
      }
      plan = planImportChunk(context.columns, context.ids, start, end, { kinds, heads, by: context.by, at: context.at });
      // The chunk's lines also go into columnar chunks, in the same transaction.
      const built = buildChunks(lineDefinition, plan.rows);
      const dropped = putRows(tx, plan.rows, heads, allNew, built);
      const chunks = tx.objectStore(lineChunkStoreName);
      for (const chunk of built) chunks.put(chunk);
      if (dropped.size > 0) await dropFromChunks(chunks, dropped);
    } catch (error) {
      abort(tx);
      throw idbFailure(error, { kind: 'transaction', id: chunkIds[0] }, tx);
    }
    try {
      await tx.done;
    } catch (error) {
      if (isConstraintError(error)) throw error;
      throw idbFailure(error, { kind: 'transaction', id: chunkIds[0] }, tx);
    }
    return plan;
  }

  /** The book read row by row (every line's JSON migrated to the kind's version). */
  async function readRowWise(lines: IDBObjectStore, readOptions: ReadColumnsOptions): Promise<TransactionColumns> {
    const keep = columnsFilter(readOptions);
    const builder = new TransactionColumnsBuilder();
    const append = (row: RevisionRow) => {
      if (row.deleted) return;
      const json = row.version === lineDefinition.version ? row.data : migrateJson(lineDefinition, row.data, row.version, row);
      if (keep(String(json['customerId']), String(json['date']))) appendTransactionJson(builder, json);
    };
    if (readOptions.customerIds) {
      const parts = await Promise.all([...new Set(readOptions.customerIds)].map((id) => idbRequest(lines.index('customerId').getAll(id)) as Promise<RevisionRow[]>));
      for (const part of parts) part.forEach(append);
    } else {
      // Pages of getAll keep the transaction busy with IndexedDB only, and memory bounded.
      await eachPage(lines, 20_000, (rows) => rows.forEach(append));
    }
    return builder.finish();
  }

  /** The book from the chunks and loose rows, or from the rows when chunks are of another kind version (`older`: all older). */
  function readColumns(readOptions: ReadColumnsOptions): Promise<{ columns: TransactionColumns; older: boolean }> {
    return reading(['transaction', lineChunkStoreName], { kind: 'transaction' }, async (tx) => {
      const chunkStore = tx.objectStore(lineChunkStoreName);
      // Both reads at once: the chunks (through the multi-entry index when filtered by
      // customer) and the lines outside them.
      const loosePending = idbRequest(tx.objectStore('transaction').index(looseIndex).getAll()) as Promise<RevisionRow[]>;
      const chunkParts = readOptions.customerIds
        ? [...new Set(readOptions.customerIds)].map((id) => idbRequest(chunkStore.index(chunkCustomerIndex).getAll(id)) as Promise<LineChunk[]>)
        : [idbRequest(chunkStore.getAll()) as Promise<LineChunk[]>];
      const [loose, ...parts] = await Promise.all([loosePending, ...chunkParts]);
      const byKey = new Map<string, LineChunk>();
      for (const part of parts) for (const chunk of part) byKey.set(chunk.key, chunk);
      const chunks = [...byKey.values()];
      // Chunks of another version of the transaction kind: the rows, migrated one by one.
      const stale = chunks.some((chunk) => chunk.version !== lineDefinition.version);
      const older = stale && chunks.every((chunk) => chunk.version <= lineDefinition.version);
      const columns = stale ? await readRowWise(tx.objectStore('transaction'), readOptions) : assembleColumns(lineDefinition, chunks, loose as RevisionRow[], readOptions);
      return { columns, older };
    });
  }

  /** Builds every chunk again from the rows (after the transaction kind's version went up). */
  async function rechunkLines(): Promise<void> {
    const tx = begin(['transaction', lineChunkStoreName], 'readwrite');
    const chunks = tx.objectStore(lineChunkStoreName);
    chunks.clear();
    chunkStoredLines(lineDefinition, tx.objectStore('transaction'), chunks, () => ({}));
    await finish(tx, { kind: 'transaction' });
  }

  const store: IndexedDbStore<R> = {
    adapter: 'indexeddb',
    kinds,
    persisted,
    get database() {
      return db;
    },

    async get(kind, id, getOptions = {}) {
      checkRevisionOption(getOptions.rev, 'rev', { kind, id });
      const row = await reading([kind, historyStoreName], { kind, id }, async (tx) => {
        const head = (await idbRequest(tx.objectStore(kind).get(id))) as RevisionRow | undefined;
        if (getOptions.rev === undefined) return head && head.deleted && !getOptions.includeDeleted ? undefined : head;
        return head?.rev === getOptions.rev ? head : ((await idbRequest(tx.objectStore(historyStoreName).get([kind, id, getOptions.rev]))) as RevisionRow | undefined);
      });
      return row ? decodeRow(row as RevisionRow & { kind: typeof kind }, kinds) : undefined;
    },

    async list(kind, query = {}) {
      const page =
        kind !== 'transaction' && readsInNameOrder(query, indexedFields) ? await namePage(kind, query) : selectPage(await candidates(kind, query), query);
      return { items: page.rows.map((row) => decodeRow(row as RevisionRow & { kind: typeof kind }, kinds)), nextCursor: page.nextCursor };
    },

    async count(kind, query = {}) {
      return countOf(kind, countQuery(query));
    },

    async history(kind, id) {
      const rows = await reading([kind, historyStoreName], { kind, id }, async (tx) => {
        const [older, head] = await Promise.all([
          idbRequest(tx.objectStore(historyStoreName).getAll(IDBKeyRange.bound([kind, id, -Infinity], [kind, id, Infinity]))) as Promise<RevisionRow[]>,
          idbRequest(tx.objectStore(kind).get(id)) as Promise<RevisionRow | undefined>,
        ]);
        return head ? [...older, head] : older;
      });
      if (rows.length === 0) throw adapterError('not-found', 'notFound', { kind, id });
      return rows
        .sort((a, b) => a.rev - b.rev)
        .map((row) => decodeRevision({ ...row, changes: changesOf(row) } as RevisionRow & { kind: typeof kind }, kinds));
    },

    ...batchWrites(runBatch, actor),

    async purgeHistory(kind, id, purgeOptions = {}) {
      // One transaction: count and delete the superseded revisions, rewrite the head without
      // its field changes. Nothing but IndexedDB requests is awaited while it is open.
      const tx = begin([kind, historyStoreName], 'readwrite');
      const range = IDBKeyRange.bound([kind, id, -Infinity], [kind, id, Infinity]);
      let head: RevisionRow | undefined;
      let purged = 0;
      try {
        head = (await idbRequest(tx.objectStore(kind).get(id))) as RevisionRow | undefined;
        if (head) {
          purged = await idbRequest(tx.objectStore(historyStoreName).count(range));
          await idbRequest(tx.objectStore(historyStoreName).delete(range));
          await idbRequest(tx.objectStore(kind).put({ ...head, changes: [] }));
        }
      } catch (error) {
        abort(tx);
        throw idbFailure(error, { kind, id }, tx);
      }
      await finish(tx, { kind, id });
      if (!head) throw adapterError('not-found', 'notFound', { kind, id });
      hub.emit({ changes: [purgeChangeOf(head, purgeOptions.by ?? actor, now())] });
      return { rev: head.rev, purged };
    },

    async importTransactions(book, importOptions) {
      open();
      const { columns, ids, by, at, chunkSize } = openImport(book, importOptions, { actor, now, chunkSize: defaultChunk, transactionKind: kinds.transaction });
      // Every line is checked before the first chunk is written: a bad line leaves nothing.
      checkImportLines(columns, ids, kinds, { at, by });
      // Which of the import's ids exist already: one key-only scan of the import's id prefix
      // (ids derived from importId), so that chunks of new lines skip reading 5000 missing
      // keys one by one (a read per key costs more than the write).
      const known = importOptions.ids ? undefined : await existingKeys(`${importOptions.importId}:`);
      let written = 0;
      let unchanged = 0;
      let optimistic = !importOptions.ids;
      for (let start = 0; start < columns.length; start += chunkSize) {
        const end = Math.min(columns.length, start + chunkSize);
        const chunkIds = ids.slice(start, end);
        const allNew = optimistic && known !== undefined && chunkIds.every((id) => !known.has(id));
        let plan: ReturnType<typeof planImportChunk<R>>;
        try {
          plan = await importChunkWith({ columns, ids, by, at }, start, end, chunkIds, allNew);
        } catch (error) {
          // A line appeared since the scan (another tab importing the same file): the `add`
          // failed and the chunk wrote nothing; do it again reading every head.
          if (!allNew || !isConstraintError(error)) throw error;
          optimistic = false;
          plan = await importChunkWith({ columns, ids, by, at }, start, end, chunkIds, false);
        }
        written += plan.rows.length;
        unchanged += plan.unchanged;
        if (plan.rows.length > 0) hub.emit({ changes: [], bulk: { kind: 'transaction', count: plan.rows.length } });
      }
      return { written, unchanged };
    },

    async readTransactionColumns(readOptions = {}): Promise<TransactionColumns> {
      const first = await readColumns(readOptions);
      if (!first.older) return first.columns;
      // The kind's version went up since the chunks were built: build them again (once), from
      // the rows migrated. If that fails, the rows read just now stand.
      try {
        await rechunkLines();
      } catch {
        return first.columns;
      }
      return (await readColumns(readOptions)).columns;
    },

    subscribe: (listener, subscribeOptions) => hub.subscribe(listener, subscribeOptions),

    async close() {
      if (closed) return;
      closed = true;
      hub.clear();
      db.close();
    },
  };
  return store;
}
