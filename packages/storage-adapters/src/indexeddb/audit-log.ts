import { auditMatches, type AuditEntry, type AuditQuery } from '@dossier/core';
import { adapterError } from '../contract/adapter-errors.js';
import type { AuditLog } from '../privacy/audit-log.js';
import { auditEntryToAppend, auditLogError } from '../privacy/audit-log-entry.js';
import { idbFailure, isQuotaError } from './errors.js';
import { openWatched } from './open.js';
import { idbRequest, withDone } from './requests.js';

/** The object store of an IndexedDB audit log: key `seq` (auto-increment). */
export const auditStoreName = 'entries';
/** The indexes of that object store, by the entry field they index. */
export const auditIndexNames = ['customerId', 'userId', 'at'] as const;
/** The multi-entry index of the customers a list view's entry names (version 2). */
export const auditCustomerIdsIndex = 'customerIds';
/** The schema version of an IndexedDB audit log's database. */
export const auditIdbSchemaVersion = 2;

/** Options of {@link createIndexedDbAuditLog}. */
export interface IndexedDbAuditLogOptions {
  /** Database name: a database of its own, apart from the store's. Default `dossier-audit`. */
  name?: string | undefined;
}

/** An audit log in IndexedDB, which can be closed. */
export interface IndexedDbAuditLog extends AuditLog {
  /** The open database (for raw reads in tests and tools; do not write to it). */
  readonly database: IDBDatabase;
  /** Closes the connection; later calls fail with `unavailable`. */
  close(): void;
}

/**
 * An append-only audit log in a browser's IndexedDB, in a database of its own (so it never
 * needs the store's schema version). Entries get an auto-incremented `seq`; the object store
 * has indexes on `customerId`, `userId` and `at` (and, multi-entry, on a list view's
 * `customerIds`), and a query that names a customer or a user reads only that index's entries (within one key an index is ordered by `seq`, so results
 * come oldest first without sorting). Append uses `add`, which never overwrites; nothing in
 * the API updates or deletes. A full disk fails with `quota`, a deleted or closed database
 * with `unavailable`, as in the IndexedDB store.
 *
 * @example
 * const audit = await createIndexedDbAuditLog({ name: 'crm-audit' });
 * const store = withPrivacy(await createIndexedDbStore({ name: 'crm' }), { key, audit });
 * const seen = await audit.query({ customerId: 'C-1' });
 */
export async function createIndexedDbAuditLog(options: IndexedDbAuditLogOptions = {}): Promise<IndexedDbAuditLog> {
  const name = options.name ?? 'dossier-audit';
  let closed = false;
  let vanished: string | undefined;
  const db = await openWatched(
    name,
    auditIdbSchemaVersion,
    (database, oldVersion, transaction) => {
      if (oldVersion === 0) {
        const store = database.createObjectStore(auditStoreName, { keyPath: 'seq', autoIncrement: true });
        for (const index of auditIndexNames) store.createIndex(index, index);
      }
      // (a database of that name that is not an audit log is refused below)
      if (!database.objectStoreNames.contains(auditStoreName)) return;
      // Version 2: list views name their customers in one entry, found per customer by this index.
      const store = transaction.objectStore(auditStoreName);
      if (!store.indexNames.contains(auditCustomerIdsIndex)) store.createIndex(auditCustomerIdsIndex, auditCustomerIdsIndex, { multiEntry: true });
    },
    'audit log',
    (reason) => {
      vanished = reason;
    },
  );
  if (!db.objectStoreNames.contains(auditStoreName)) {
    db.close();
    throw adapterError('unavailable', 'unavailable', { params: { reason: `the database "${name}" is not an audit log (no "${auditStoreName}" store)` } });
  }

  const usable = () => {
    if (closed) throw adapterError('unavailable', 'unavailable', { params: { reason: 'the audit log was closed' } });
    if (vanished) throw adapterError('unavailable', 'unavailable', { params: { reason: vanished } });
  };

  /** Which index (and key or range) narrows a query best; undefined means every entry. */
  const narrowing = (query: AuditQuery): { index: (typeof auditIndexNames)[number]; range: IDBKeyRange } | undefined => {
    if (query.customerId !== undefined) return { index: 'customerId', range: IDBKeyRange.only(query.customerId) };
    if (query.userId !== undefined) return { index: 'userId', range: IDBKeyRange.only(query.userId) };
    if (query.from !== undefined && query.to !== undefined) return query.from > query.to ? undefined : { index: 'at', range: IDBKeyRange.bound(query.from, query.to) };
    if (query.from !== undefined) return { index: 'at', range: IDBKeyRange.lowerBound(query.from) };
    if (query.to !== undefined) return { index: 'at', range: IDBKeyRange.upperBound(query.to) };
    return undefined;
  };

  /** The entries of an index's range, or every entry (a read-only transaction of its own). */
  const readAll = (index?: string, range?: IDBKeyRange): Promise<AuditEntry[]> => {
    const store = db.transaction(auditStoreName).objectStore(auditStoreName);
    return idbRequest(index === undefined ? store.getAll() : store.index(index).getAll(range)) as Promise<AuditEntry[]>;
  };

  return {
    get database() {
      return db;
    },

    async append(entry) {
      const value = auditEntryToAppend(entry);
      usable();
      let tx;
      try {
        tx = withDone(db.transaction(auditStoreName, 'readwrite'));
      } catch (error) {
        throw idbFailure(error);
      }
      try {
        // `add`, not `put`: the key is always new, so nothing logged can be overwritten.
        const [seq] = await Promise.all([idbRequest(tx.objectStore(auditStoreName).add(value)), tx.done]);
        return { ...structuredClone(value), seq: seq as number };
      } catch (error) {
        tx.done.catch(() => undefined);
        if (isQuotaError(error, tx)) throw auditLogError('quota', 'auditQuota', { recordId: value.recordId }, { cause: error });
        throw idbFailure(error, {}, tx);
      }
    },

    async query(query = {}) {
      usable();
      const narrow = narrowing(query);
      if (query.from !== undefined && query.to !== undefined && query.from > query.to) return [];
      let rows: AuditEntry[];
      // A customer's entries: its own, and the list views that showed it (a second index).
      let listViews: AuditEntry[] = [];
      try {
        rows = narrow ? await readAll(narrow.index, narrow.range) : await readAll();
        if (narrow?.index === 'customerId') listViews = await readAll(auditCustomerIdsIndex, narrow.range);
      } catch (error) {
        throw idbFailure(error);
      }
      const out = [...rows, ...listViews.filter((row) => row.customerId !== query.customerId)].filter((row) => auditMatches(row, query));
      // A user's entries come in key order already; a time range comes in `at` order, a
      // customer's from two indexes, and clocks of several clients disagree: the log's order is `seq`.
      if (narrow?.index === 'at' || listViews.length > 0) out.sort((a, b) => a.seq! - b.seq!);
      return out;
    },

    close() {
      if (closed) return;
      closed = true;
      db.close();
    },
  };
}
