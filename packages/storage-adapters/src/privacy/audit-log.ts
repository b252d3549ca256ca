import { auditMatches, type AuditEntry, type AuditQuery } from '@dossier/core';
import { auditEntryToAppend } from './audit-log-entry.js';

/**
 * Where the privacy store writes its audit entries. Append-only by construction: there is no way
 * to change or remove an entry through it. Embedders may implement it over their own storage
 * (a table with INSERT-only grants, a log service).
 */
export interface AuditLog {
  /** Appends an entry and returns it with its position. */
  append(entry: AuditEntry): Promise<AuditEntry>;
  /** The entries matching a query, oldest first. */
  query(query?: AuditQuery): Promise<AuditEntry[]>;
}

/**
 * An audit log in memory: entries are frozen copies, numbered in order; callers only ever get
 * copies of them. An entry that is not one (see `auditEntryToAppend`) is refused with a
 * StoreError `invalid`, as by the persistent logs.
 *
 * @example
 * const audit = createMemoryAuditLog();
 * await audit.query({ customerId: 'C-1' });
 */
export function createMemoryAuditLog(): AuditLog {
  const entries: AuditEntry[] = [];
  return {
    async append(entry) {
      const stored = Object.freeze({ ...auditEntryToAppend(entry), seq: entries.length + 1 });
      entries.push(stored);
      return structuredClone(stored);
    },
    async query(query = {}) {
      return entries.filter((entry) => auditMatches(entry, query)).map((entry) => structuredClone(entry));
    },
  };
}
