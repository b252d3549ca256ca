import { auditMatches, type AuditEntry, type AuditQuery } from '@dossier/core';

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
 * An audit log in memory: entries are frozen copies, numbered in order.
 *
 * @example
 * const audit = createMemoryAuditLog();
 * await audit.query({ customerId: 'C-1' });
 */
export function createMemoryAuditLog(): AuditLog {
  const entries: AuditEntry[] = [];
  return {
    async append(entry) {
      const stored = Object.freeze({ ...structuredClone(entry), seq: entries.length + 1 });
      entries.push(stored);
      return stored;
    },
    async query(query = {}) {
      return entries.filter((entry) => auditMatches(entry, query)).map((entry) => structuredClone(entry));
    },
  };
}
