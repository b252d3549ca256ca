import { TransactionColumnsBuilder } from '@dossier/core';
import type { TransactionColumns } from '@dossier/core';
import {
  batchWrites,
  checkRevisionOption,
  appendTransactionJson,
  batchKeys,
  ChangeHub,
  changeOf,
  cloneJson,
  columnsFilter,
  decodeRevision,
  decodeRow,
  defaultImportChunkSize,
  migrateJson,
  planBatch,
  planImportChunk,
  openImport,
  purgeChangeOf,
  resolveKinds,
  rowKey,
  compareRows,
  countMatches,
  countQuery,
  normalizeQuery,
  selectSortedPage,
} from '../contract/index.js';
import { adapterError } from '../contract/adapter-errors.js';
import type {
  SortField,
  BatchOp,
  BatchResult,
  JsonRecords,
  JsonValue,
  KindDefinition,
  RecordMap,
  RevisionRow,
  Store,
  StoreKind,
  StoreOptions,
} from '../contract/index.js';

/**
 * What a memory store holds: every revision of every record, oldest first, per kind and id.
 * Pass the same data to a second `createMemoryStore` to reopen the "same database" (with, say,
 * a newer schema version), or read it directly as the independent path of the conformance suite.
 */
export interface MemoryData {
  readonly revisions: Map<StoreKind, Map<string, RevisionRow[]>>;
}

/**
 * Empty data for a memory store.
 *
 * @example
 * const data = createMemoryData();
 * const store = createMemoryStore({ data });
 */
export function createMemoryData(): MemoryData {
  return { revisions: new Map() };
}

/** Options of `createMemoryStore`. */
export interface MemoryStoreOptions<R extends RecordMap = JsonRecords> extends StoreOptions<R> {
  /** The data to keep revisions in (a fresh, empty one by default). */
  data?: MemoryData | undefined;
}

const systemClock = () => new Date().toISOString();

/**
 * The heads of a kind's table in ascending order of each sort field, kept until the table
 * changes (module-wide, so that stores reopened on the same data see each other's writes): a
 * list reads its page from them instead of sorting every record per page.
 */
const orders = new WeakMap<Map<string, RevisionRow[]>, Map<SortField, RevisionRow[]>>();
const changed = (map: Map<string, RevisionRow[]>) => orders.delete(map);
function sortedHeads(map: Map<string, RevisionRow[]>, sort: SortField): RevisionRow[] {
  let bySort = orders.get(map);
  if (!bySort) orders.set(map, (bySort = new Map()));
  let sorted = bySort.get(sort);
  if (!sorted) {
    sorted = [...map.values()].map((revisions) => revisions[revisions.length - 1]!);
    sorted.sort((a, b) => compareRows(a, b, sort, 'asc'));
    bySort.set(sort, sorted);
  }
  return sorted;
}

/**
 * A store that keeps everything in memory: for tests, stories and quick starts. It implements
 * the whole contract (revisions, conflicts, atomic batches, change feed, columnar import) and
 * copies every row in and out, so callers can never change stored data by mutating a result.
 *
 * @example
 * const store = createMemoryStore({ actor: 'rep-7' });
 * await store.put('customer', customer);
 * const { items } = await store.list('customer', { grade: 'A', sort: 'name' });
 */
export function createMemoryStore<R extends RecordMap = JsonRecords>(options: MemoryStoreOptions<R> = {}): Store<R> {
  const kinds = resolveKinds<R>(options.kinds);
  const data = options.data ?? createMemoryData();
  const now = options.now ?? systemClock;
  const actor = options.actor ?? 'unknown';
  const hub = new ChangeHub();
  let closed = false;

  const table = (kind: StoreKind): Map<string, RevisionRow[]> => {
    let map = data.revisions.get(kind);
    if (!map) data.revisions.set(kind, (map = new Map()));
    return map;
  };
  const headOf = (kind: StoreKind, id: string): RevisionRow | undefined => {
    const revisions = data.revisions.get(kind)?.get(id);
    return revisions?.[revisions.length - 1];
  };
  const open = () => {
    if (closed) throw adapterError('unavailable', 'unavailable', { params: { reason: 'the store was closed' } });
  };
  const append = (rows: readonly RevisionRow[]) => {
    for (const row of rows) {
      const map = table(row.kind);
      changed(map);
      const revisions = map.get(row.id) ?? [];
      revisions.push(cloneJson(row as unknown as JsonValue) as unknown as RevisionRow);
      map.set(row.id, revisions);
    }
  };
  // Yield once so that a memory store interleaves like a real one under concurrent callers.
  const tick = () => Promise.resolve();

  async function runBatch(ops: readonly BatchOp<R>[], by: string): Promise<BatchResult<R>> {
    await tick();
    open();
    const heads = new Map<string, RevisionRow | undefined>();
    for (const { kind, id, key } of batchKeys(ops)) heads.set(key, headOf(kind, id));
    // Planning is synchronous and appending cannot fail, so the batch is all or nothing.
    const plan = planBatch(ops, { kinds, heads, by, at: now() });
    if (!plan.ok) return plan;
    append(plan.rows);
    hub.emit({ changes: plan.rows.map(changeOf) });
    return { ok: true, records: plan.rows.map((row) => decodeRow(row, kinds)) as never };
  }

  const store: Store<R> = {
    adapter: 'memory',
    kinds,

    async get(kind, id, options = {}) {
      checkRevisionOption(options.rev, 'rev', { kind, id });
      await tick();
      open();
      const revisions = data.revisions.get(kind)?.get(id);
      if (!revisions) return undefined;
      if (options.rev !== undefined) {
        const row = revisions.find((r) => r.rev === options.rev);
        return row ? decodeRow(row, kinds) : undefined;
      }
      const head = revisions[revisions.length - 1]!;
      if (head.deleted && !options.includeDeleted) return undefined;
      return decodeRow(head, kinds);
    },

    async list(kind, query = {}) {
      await tick();
      open();
      const page = selectSortedPage(sortedHeads(table(kind), normalizeQuery(query).sort), query);
      return { items: page.rows.map((row) => decodeRow(row, kinds)), nextCursor: page.nextCursor };
    },

    async count(kind, query = {}) {
      await tick();
      open();
      const heads = [...table(kind).values()].map((revisions) => revisions[revisions.length - 1]!);
      return countMatches(heads, countQuery(query));
    },

    async history(kind, id) {
      await tick();
      open();
      const revisions = data.revisions.get(kind)?.get(id);
      if (!revisions) throw adapterError('not-found', 'notFound', { kind, id });
      return revisions.map((row) => decodeRevision(row, kinds));
    },

    ...batchWrites(runBatch, actor),

    async purgeHistory(kind, id, options = {}) {
      await tick();
      open();
      const map = data.revisions.get(kind);
      const revisions = map?.get(id);
      if (!map || !revisions || revisions.length === 0) throw adapterError('not-found', 'notFound', { kind, id });
      const head = revisions[revisions.length - 1]!;
      // A new array holding a copy of the head only: nothing keeps the earlier rows reachable.
      map.set(id, [{ ...head, changes: [] }]);
      changed(map);
      hub.emit({ changes: [purgeChangeOf(head, options.by ?? actor, now())] });
      return { rev: head.rev, purged: revisions.length - 1 };
    },

    async importTransactions(book, options) {
      await tick();
      open();
      const { columns, ids, by, at, chunkSize } = openImport(book, options, { actor, now, chunkSize: defaultImportChunkSize, transactionKind: kinds.transaction });
      // Plan every chunk before writing any, so a bad line anywhere leaves nothing written.
      const chunks: RevisionRow[][] = [];
      let unchanged = 0;
      for (let start = 0; start < columns.length; start += chunkSize) {
        const end = Math.min(columns.length, start + chunkSize);
        const heads = new Map<string, RevisionRow | undefined>();
        for (let i = start; i < end; i++) heads.set(rowKey('transaction', ids[i]!), headOf('transaction', ids[i]!));
        const plan = planImportChunk(columns, ids, start, end, { kinds, heads, by, at });
        chunks.push(plan.rows);
        unchanged += plan.unchanged;
      }
      let written = 0;
      for (const rows of chunks) {
        append(rows);
        written += rows.length;
        if (rows.length > 0) hub.emit({ changes: [], bulk: { kind: 'transaction', count: rows.length } });
      }
      return { written, unchanged };
    },

    async readTransactionColumns(options = {}): Promise<TransactionColumns> {
      await tick();
      open();
      const keep = columnsFilter(options);
      const definition = kinds.transaction as KindDefinition<{ id: string }>;
      const builder = new TransactionColumnsBuilder();
      for (const revisions of table('transaction').values()) {
        const head = revisions[revisions.length - 1]!;
        if (head.deleted) continue;
        const json = migrateJson(definition, head.data, head.version, head);
        if (keep(String(json['customerId']), String(json['date']))) appendTransactionJson(builder, json);
      }
      return builder.finish();
    },

    subscribe: (listener, options) => hub.subscribe(listener, options),

    async close() {
      closed = true;
      hub.clear();
    },
  };
  return store;
}
