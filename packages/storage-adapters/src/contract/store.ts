import type { CustomerFigures, DraftOf, TransactionColumns, TransactionLine } from '@dossier/core';
import type { ChangeListener, SubscribeOptions, Subscription } from './changes.js';
import type { JsonRecords, KindTable, StoreKind, RecordMap } from './kinds.js';
import type { ListPage, Query, ReadOptions } from './query.js';
import type { Conflict, RecordRevision, StoredRecord, WriteOptions, WriteResult } from './records.js';
import type { StoreViewer } from './viewer.js';

/** Options of `get`. */
export interface GetOptions extends ReadOptions {
  /** Read this revision instead of the current one (tombstones included). */
  rev?: number | undefined;
  /** Return the current revision even when it is a tombstone. */
  includeDeleted?: boolean | undefined;
}

/** One write of a batch. `baseRev` works as in `WriteOptions`. */
export type BatchOp<R extends RecordMap = JsonRecords> = {
  [K in StoreKind]:
    | { op: 'put'; kind: K; value: R[K] | DraftOf<R[K]>; baseRev?: number | undefined }
    | { op: 'remove'; kind: K; id: string; baseRev?: number | undefined }
    | { op: 'restore'; kind: K; id: string; baseRev?: number | undefined };
}[StoreKind];

/** A record of any kind of a record map. */
export type AnyStoredRecord<R extends RecordMap = JsonRecords> = { [K in StoreKind]: StoredRecord<R[K], K> }[StoreKind];

/** A conflict on a record of any kind of a record map. */
export type AnyConflict<R extends RecordMap = JsonRecords> = { [K in StoreKind]: Conflict<R[K], K> }[StoreKind];

/**
 * The outcome of a batch: every new revision in the order of the operations, or every conflict
 * found — in which case nothing at all was written.
 */
export type BatchResult<R extends RecordMap = JsonRecords> =
  | { ok: true; records: AnyStoredRecord<R>[] }
  | { ok: false; conflicts: AnyConflict<R>[] };

/** Options of `batch`: who writes, and (for the privacy store) on whose rights. */
export type BatchOptions = Pick<WriteOptions, 'by' | 'viewer'>;

/** Options of `purgeHistory`. */
export interface PurgeHistoryOptions {
  /** Who purges (reported in the change event); defaults to the store's actor. */
  by?: string | undefined;
  /** On whose rights: adapters ignore it; the privacy store requires the right to write the whole record (`forbidden`). */
  viewer?: StoreViewer | undefined;
}

/** What `purgeHistory` did. */
export interface PurgeHistoryResult {
  /** The revision that is left (the current one, tombstone or not); it keeps its number. */
  rev: number;
  /** How many earlier revisions were deleted (0 when there were none). */
  purged: number;
}

/** Options of `importTransactions`. */
export interface ImportTransactionsOptions {
  /**
   * Names this import. Line `i` (0-based) gets the record id `${importId}:${i + 1}` unless `ids`
   * gives one, so that running the same import again after an interruption finishes it
   * without duplicating a line.
   */
  importId: string;
  /** Record ids of the lines, one per line (instead of ids derived from `importId`). */
  ids?: readonly string[] | undefined;
  /** Lines per atomic chunk (adapter default when omitted). Each chunk is all or nothing. */
  chunkSize?: number | undefined;
  /** Who imports; defaults to the store's actor. */
  by?: string | undefined;
  /**
   * On whose rights: adapters ignore it; the privacy store requires the right to write every
   * transaction field the book holds, for each customer it names (`forbidden`, nothing imported).
   */
  viewer?: StoreViewer | undefined;
}

/** What an import did. */
export interface ImportTransactionsResult {
  /** Lines written as a new revision (new, or changed since the last import). */
  written: number;
  /** Lines already stored with the same content (a re-run): nothing written for them. */
  unchanged: number;
}

/** Options of `readTransactionColumns`. */
export interface ReadColumnsOptions extends ReadOptions {
  /** Only lines of these customers. */
  customerIds?: readonly string[] | undefined;
  /** Only lines dated on or after this ISO date. */
  from?: string | undefined;
  /** Only lines dated before this ISO date (exclusive). */
  to?: string | undefined;
}

/** Options of the optional `customerFigures` capability (core's window rule). */
export interface CustomerFiguresQuery extends ReadOptions {
  asOf: string;
  windowDays: number;
  /** Customers to include even without transactions. */
  customerIds?: readonly string[] | undefined;
}

/**
 * The one storage contract of Dossier. Every adapter (memory, IndexedDB, PostgreSQL through
 * `pg` or PGlite, HTTP) implements it and passes the same conformance suite
 * (`@dossier/storage-adapters/testing`).
 *
 * **Records.** A store keeps eleven kinds of record (`storeKinds`), each a plain JSON object with
 * a string `id`. What crosses the boundary is validated, decoded and encoded by the kind table
 * the store was created with (core's zod schemas and codecs, see `kindFromSchema`); JSON written
 * at an older schema version is migrated on read.
 *
 * **Revisions.** Every write creates a new revision (1, 2, 3 …) that records who wrote it,
 * when, and which fields changed; old revisions stay readable (`get` with `rev`, `history`).
 * `remove` writes a tombstone — the record disappears from `get` and `list` but keeps its value
 * and can be brought back by `restore`. Nothing is ever overwritten or erased — with ONE
 * exception: `purgeHistory`, which exists only for erasure of personal data (PIPL art. 47,
 * GDPR art. 17) and deletes a record's earlier revisions for good.
 *
 * **Optimistic concurrency.** Every write may say which revision it was based on (`baseRev`).
 * If the record has moved on since, the write returns `{ ok: false, conflict }` carrying both
 * the current record and the attempted value, and changes nothing. Conflicts are values, never
 * exceptions.
 *
 * **Batches** are all or nothing: either every operation is written, or (on a conflict, an
 * invalid record or a failure of the storage) none is.
 *
 * **Errors** are `StoreError`s with a `code` (`not-found`, `invalid`, `forbidden`, `quota`, `unavailable`;
 * `conflict` only via `StoreError.fromConflict`), the record kind and id, and a message in
 * English and Chinese that says what to do.
 *
 * **Change feed.** `subscribe` delivers one event per committed write, batch or import chunk,
 * so views can refresh.
 *
 * **Big books.** Transactions are imported and read in the columnar form of core's grading
 * (`TransactionColumns`), so a book of millions of lines never becomes millions of objects on
 * the way to grading. A store may also compute per-customer figures itself
 * (`customerFigures`, pushed down to SQL by the postgres adapter); when it cannot, core computes
 * them from `readTransactionColumns`.
 *
 * **Viewers.** Reads and writes accept a `viewer`. Adapters pass it through and ignore it; the
 * privacy store (`withPrivacy`) masks reads and refuses writes the viewer may not make
 * (`forbidden`).
 *
 * @example
 * const store = createMemoryStore();
 * const created = await store.put('customer', { id: 'c1', name: '杭州科技' });
 * const edited = await store.put('customer', { id: 'c1', name: '杭州科技有限公司' }, { baseRev: 1 });
 * const stale = await store.put('customer', { id: 'c1', name: 'x' }, { baseRev: 1 });
 * stale.ok // false: stale.conflict.current.value.name === '杭州科技有限公司'
 */
export interface Store<R extends RecordMap = JsonRecords> {
  /** The adapter's name (`memory`, `indexeddb`, `postgres`, `pglite`, `http`). */
  readonly adapter: string;
  /** The kind table the store validates, decodes and migrates with. */
  readonly kinds: KindTable<R>;

  /** The current revision of a record, a given revision, or undefined when there is none (or it is removed). */
  get<K extends StoreKind>(kind: K, id: string, options?: GetOptions): Promise<StoredRecord<R[K], K> | undefined>;

  /** One page of the current records of a kind matching a query (see `Query`). */
  list<K extends StoreKind>(kind: K, query?: Query): Promise<ListPage<R[K], K>>;

  /**
   * How many records `list` returns over all its pages for the same query and viewer: the
   * query's filters, text search and `includeDeleted` count; its sort, direction, limit and
   * cursor are ignored. Optional in the type, so that a store written against an older contract
   * still is one (callers then say "loaded so far" instead of a total); every adapter of this
   * package has it, and the privacy store counts what the viewer can page through, no more.
   *
   * @example
   * await store.count('customer') // 2500
   * await store.count('customer', { grade: 'A', text: '杭州' }) // 12
   */
  count?<K extends StoreKind>(kind: K, query?: Query): Promise<number>;

  /** Every revision of a record, oldest first; throws `not-found` when the record never existed. */
  history<K extends StoreKind>(kind: K, id: string, options?: ReadOptions): Promise<RecordRevision<R[K], K>[]>;

  /**
   * Writes a record (create or replace) as a new revision; throws `invalid` for a bad record.
   * With core's kinds (`dossierKinds`) the value may be a draft (core's `RecordDraft`): the
   * store fills `schemaVersion`, `createdAt`, `updatedAt` and the empty lists.
   */
  put<K extends StoreKind>(kind: K, value: R[K] | DraftOf<R[K]>, options?: WriteOptions): Promise<WriteResult<R[K], K>>;

  /** Writes a tombstone; throws `not-found` when there is no live record with this id. */
  remove<K extends StoreKind>(kind: K, id: string, options?: WriteOptions): Promise<WriteResult<R[K], K>>;

  /** Brings back a removed record with its last value; throws `not-found` or `invalid` (not removed). */
  restore<K extends StoreKind>(kind: K, id: string, options?: WriteOptions): Promise<WriteResult<R[K], K>>;

  /** Writes several operations atomically, in order (later ones see earlier ones). */
  batch(ops: readonly BatchOp<R>[], options?: BatchOptions): Promise<BatchResult<R>>;

  /**
   * Erasure support (PIPL/GDPR right to erasure): deletes every revision of a record except
   * the current one (tombstone or not) and clears the current revision's field changes (they
   * hold earlier values); that revision keeps its number, `by` and `at`, and also whatever
   * index or head rows the adapter keeps hold only its value afterwards. Atomic. Emits one
   * change event (`op: 'purge'`). Throws `not-found` when the record never existed.
   *
   * The one exception to "nothing is ever erased": use it to erase a person after
   * anonymising the current value (see the privacy store's `eraseSubject`), never as a
   * routine clean-up. Storage engines may keep deleted bytes until compaction (PostgreSQL
   * until `VACUUM`, IndexedDB until the browser compacts its files).
   *
   * @example
   * await store.put('contact', anonymised, { by: 'dpo-1' });
   * await store.purgeHistory('contact', 'P-1', { by: 'dpo-1' }); // { rev: 4, purged: 3 }
   */
  purgeHistory<K extends StoreKind>(kind: K, id: string, options?: PurgeHistoryOptions): Promise<PurgeHistoryResult>;

  /**
   * Imports transaction lines as `transaction` records, chunk by atomic chunk. Every line is
   * checked before the first chunk is written (`invalid` with the line number); lines already
   * stored with the same content are skipped, so a re-run finishes an interrupted import.
   */
  importTransactions(
    book: TransactionColumns | Iterable<TransactionLine>,
    options: ImportTransactionsOptions,
  ): Promise<ImportTransactionsResult>;

  /** The live transactions as columns (in no particular order), for grading and analytics. */
  readTransactionColumns(options?: ReadColumnsOptions): Promise<TransactionColumns>;

  /**
   * Optional: per-customer figures computed inside the storage (the postgres adapter does it
   * in SQL). Must equal core's `computeCustomerFigures` on `readTransactionColumns()`.
   */
  customerFigures?(query: CustomerFiguresQuery): Promise<CustomerFigures>;

  /** Subscribes to the change feed. */
  subscribe(listener: ChangeListener, options?: SubscribeOptions): Subscription;

  /** Releases connections and listeners. The store must not be used afterwards. */
  close(): Promise<void>;
}

/** Options every adapter factory accepts. */
export interface StoreOptions<R extends RecordMap = JsonRecords> {
  /** Validation, codecs, migration and indexing per kind; kinds left out keep plain JSON. */
  kinds?: Partial<KindTable<R>> | undefined;
  /** Who writes when a write does not say (`by`). Default `'unknown'`. */
  actor?: string | undefined;
  /** The clock for revision timestamps (ISO string). Default: the system clock. */
  now?: (() => string) | undefined;
}
