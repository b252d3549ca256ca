import type { AuditEntry } from '@dossier/core';

/** A morning of the demo company's audit log: reads, a reveal with its reason, edits, an erasure. */
export function storyAuditEntries(): AuditEntry[] {
  return [
    { seq: 1, at: '2026-11-24T01:12:00.000Z', userId: 'rep-2', roleId: 'sales-rep', action: 'read', kind: 'customer', recordId: 'C-000042', customerId: 'C-000042', fields: ['mobile', 'addresses.0.street', 'credit.limit'] },
    { seq: 2, at: '2026-11-24T01:14:30.000Z', userId: 'rep-2', roleId: 'sales-rep', action: 'update', kind: 'customer', recordId: 'C-000042', customerId: 'C-000042', fields: ['relationship', 'notes'] },
    { seq: 3, at: '2026-11-24T02:03:10.000Z', userId: 'mgr-1', roleId: 'sales-manager', action: 'reveal', kind: 'contact', recordId: 'P-000108', customerId: 'C-000042', fields: ['mobile'], reason: '客户来电要求回拨，核对手机号' },
    { seq: 4, at: '2026-11-24T02:40:00.000Z', userId: 'fin-1', roleId: 'finance', action: 'read', kind: 'customer', recordId: 'C-000077', customerId: 'C-000077', fields: ['credit.limit', 'credit.rating', 'bankAccount', 'taxNumber', 'annualSales', 'addresses.0.street'] },
    { seq: 5, at: '2026-11-24T03:05:00.000Z', userId: 'dpo-1', roleId: 'auditor', action: 'export', kind: 'customer', recordId: 'C-000013', customerId: 'C-000013' },
    { seq: 6, at: '2026-11-24T03:30:00.000Z', userId: 'dpo-1', roleId: 'auditor', action: 'erase', kind: 'customer', recordId: 'C-000013', customerId: 'C-000013', reason: '个人客户依法申请删除个人信息', fields: ['customer:C-000013', 'contact:P-000031'] },
  ];
}

/** Users' names of the story entries. */
export const storyAuditNames: Readonly<Record<string, string>> = { 'rep-2': '王芳', 'mgr-1': '陈经理', 'fin-1': '刘会计', 'dpo-1': '合规专员' };
