import { computeCustomerFigures, createGradingRun, gradeCustomers, type AuditEntry, type Person } from '@dossier/core';
import { createMemoryStore, dossierKinds, type DossierRecords, type Store } from '@dossier/storage-adapters';

/**
 * A morning of the demo company's audit log: a card view (one entry for the session), edits, a
 * reveal with its reason, an import, a grading run, an export and an erasure.
 */
export function storyAuditEntries(): AuditEntry[] {
  return [
    { seq: 1, at: '2026-11-24T01:12:00.000Z', userId: 'rep-2', roleId: 'sales-rep', action: 'read', kind: 'customer', recordId: 'C-000042', customerId: 'C-000042', fields: ['mobile', 'addresses.0.street', 'credit.limit'] },
    { seq: 2, at: '2026-11-24T01:14:30.000Z', userId: 'rep-2', roleId: 'sales-rep', action: 'update', kind: 'customer', recordId: 'C-000042', customerId: 'C-000042', fields: ['relationship', 'notes'] },
    { seq: 3, at: '2026-11-24T02:03:10.000Z', userId: 'mgr-1', roleId: 'sales-manager', action: 'reveal', kind: 'contact', recordId: 'P-000108', customerId: 'C-000042', fields: ['mobile'], reason: '客户来电要求回拨，核对手机号' },
    { seq: 4, at: '2026-11-24T02:40:00.000Z', userId: 'fin-1', roleId: 'finance', action: 'read', kind: 'customer', recordId: 'C-000077', customerId: 'C-000077', fields: ['credit.limit', 'credit.rating', 'bankAccount', 'taxNumber', 'annualSales', 'addresses.0.street', 'contact:mobile'] },
    { seq: 5, at: '2026-11-24T03:05:00.000Z', userId: 'dpo-1', roleId: 'auditor', action: 'export', kind: 'customer', recordId: 'C-000013', customerId: 'C-000013' },
    { seq: 6, at: '2026-11-24T03:30:00.000Z', userId: 'dpo-1', roleId: 'auditor', action: 'erase', kind: 'customer', recordId: 'C-000013', customerId: 'C-000013', reason: '个人客户依法申请删除个人信息', fields: ['customer:C-000013', 'contact:P-000031'] },
    { seq: 7, at: '2026-11-24T04:00:00.000Z', userId: 'import', action: 'create', kind: 'transaction', recordId: 'import-2026-11', customerIds: ['C-000042', 'C-000077', 'C-000013'], fields: ['7012 lines'] },
    { seq: 8, at: '2026-11-24T05:00:00.000Z', userId: 'mgr-1', action: 'create', kind: 'grading-run', recordId: 'run-2026-11-24', fields: ['asOf', 'codeVersion', 'customers', 'policy'] },
  ];
}

/** The people behind the story entries' user ids. */
export const storyPeople: readonly Person[] = [
  { id: 'rep-2', name: '王芳', nameEn: 'Wang Fang', role: '销售代表', team: '华东一组' },
  { id: 'mgr-1', name: '陈静', nameEn: 'Chen Jing', role: '销售经理' },
  { id: 'fin-1', name: '刘敏', nameEn: 'Liu Min', role: '财务' },
  { id: 'dpo-1', name: '赵雪', nameEn: 'Zhao Xue', role: '合规专员' },
];

/** Customers' names of the story entries. */
export const storyCustomerNames: Readonly<Record<string, string>> = { 'C-000042': '杭州西湖科技有限公司', 'C-000077': '宁波港城贸易有限公司' };

/** A store holding the story's grading run (as of 24 Nov 2026, ABC by revenue share): the log names it by date and method. */
export function storyRunStore(): Store {
  const store = createMemoryStore<DossierRecords>({ kinds: dossierKinds() });
  const figures = computeCustomerFigures([{ customerId: 'C-000042', date: '2026-10-12', amount: 850 }], { asOf: '2026-11-24', customerIds: ['C-000042'] });
  void store.put('grading-run', createGradingRun(gradeCustomers(figures, { method: 'abc-share' }), figures, { id: 'run-2026-11-24', ranBy: 'mgr-1' }), { by: 'mgr-1' });
  return store as unknown as Store;
}
