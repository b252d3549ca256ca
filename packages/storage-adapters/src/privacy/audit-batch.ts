// Bulk writes as one audit entry each: a seed or an import of 7,000 records was 7,000 rows.
import type { AuditAction, AuditEntry } from '@dossier/core';

/** One record a batch wrote, as the privacy store logs it. */
export interface BatchWritten {
  action: AuditAction;
  kind: string;
  recordId: string;
  customerId?: string | undefined;
}

/**
 * The audit entries of one batch. Records of one kind written with the same action (`create` or
 * `update`) by the batch, when there are at least two, are ONE entry: `recordId` `batch`,
 * `customerIds` the customers they belong to (in first-written order; a `query({ customerId })`
 * finds the entry), `fields` the count (`"120 records"`). A record alone of its kind and action,
 * and every `remove` and `restore`, keeps an entry of its own, as a person's single edit does.
 *
 * @example
 * batchAuditEntries([{ action: 'create', kind: 'contact', recordId: 'P-1', customerId: 'C-1' }, { action: 'create', kind: 'contact', recordId: 'P-2', customerId: 'C-2' }], { at, userId: 'import' });
 * // [{ at, userId: 'import', action: 'create', kind: 'contact', recordId: 'batch', customerIds: ['C-1', 'C-2'], fields: ['2 records'] }]
 */
export function batchAuditEntries(written: readonly BatchWritten[], base: { at: string; userId: string; roleId?: string | undefined }): AuditEntry[] {
  const groups = new Map<string, BatchWritten[]>();
  for (const record of written) {
    const key = record.action === 'create' || record.action === 'update' ? `${record.action}\u0000${record.kind}` : `one\u0000${groups.size}`;
    const group = groups.get(key) ?? [];
    group.push(record);
    groups.set(key, group);
  }
  const head = { at: base.at, userId: base.userId, ...(base.roleId === undefined ? {} : { roleId: base.roleId }) };
  const entries: AuditEntry[] = [];
  for (const group of groups.values()) {
    const first = group[0]!;
    if (group.length === 1) {
      entries.push({ ...head, action: first.action, kind: first.kind, recordId: first.recordId, ...(first.customerId ? { customerId: first.customerId } : {}) });
      continue;
    }
    const customerIds = [...new Set(group.flatMap((record) => (record.customerId ? [record.customerId] : [])))];
    entries.push({ ...head, action: first.action, kind: first.kind, recordId: 'batch', customerIds, fields: [`${group.length} records`] });
  }
  return entries;
}
