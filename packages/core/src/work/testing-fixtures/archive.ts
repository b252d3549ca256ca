import { newRecord } from '../../schema/new-record.js';
import type { RecordDraft } from '../../schema/new-record.js';
import type { WorkArchive } from '../archive.js';

// A small archive worked by hand (see agenda.test.ts for the expected items), as of 2026-01-10.
export const asOf = '2026-01-10';
const now = '2025-01-01T00:00:00.000Z';
const at = (iso: string) => ({ now: iso });

const customer = (draft: Partial<RecordDraft<'customer'>> & { id: string; salespersonId: string }, created = now) =>
  newRecord('customer', { kind: 'organisation', name: draft.id, nature: 'manufacturer', territory: '华东', relationship: { stage: 'long-term', setByHand: false }, ...draft } as RecordDraft<'customer'>, at(created));
const line = (id: string, customerId: string, date: string, amount: number, extra: Partial<RecordDraft<'transaction'>> = {}) =>
  newRecord('transaction', { id, customerId, date, amount, ...extra }, at(now));

export function workArchive(): WorkArchive & Required<Omit<WorkArchive, 'customers'>> & { customers: WorkArchive['customers'] } {
  return {
    customers: [
      customer({ id: 'C-A', salespersonId: 'R1', grade: { current: 'A', provisional: false }, credit: { limit: 10_000, paymentTermDays: 30, reviewedOn: '2025-01-05' } }),
      customer({ id: 'C-B', salespersonId: 'R1', grade: { current: 'B', provisional: true, reviewDue: '2026-01-12' } }),
      customer({ id: 'C-C', salespersonId: 'R2', grade: { current: 'C', provisional: false } }, '2025-10-01T00:00:00.000Z'),
      customer({ id: 'C-F', salespersonId: 'R1', relationship: { stage: 'former', setByHand: true, stoppedOn: '2025-01-01', stopReason: '转向竞品' } }),
    ],
    transactions: [
      line('T0', 'C-A', '2024-12-01', 5000.25, { paid: 5000.25, productId: 'G1', productName: '机床' }),
      line('T1', 'C-A', '2025-11-01', 8000.5, { paid: 1000, productId: 'G1', productName: '机床', quantity: 2 }),
      line('T2', 'C-A', '2025-12-20', 3000, { paid: 0, productId: 'G2', productName: '刀具', quantity: 1 }),
      line('T3', 'C-B', '2025-12-01', 500),
      line('T4', 'C-B', '2025-12-11', 100, { paid: 50, dueDate: '2026-01-05' }),
      line('T5', 'C-B', '2025-12-10', 100, { paid: 100 }),
      line('T6', 'C-C', '2025-09-01', 0.1, { paid: 0 }),
      line('T7', 'C-C', '2025-10-10', 0.2, { paid: 0 }),
    ],
    interactions: [
      newRecord('interaction', { id: 'I1', customerId: 'C-A', kind: 'visit', at: '2025-12-20T02:00:00.000Z', by: 'R1' }, at(now)),
      newRecord('interaction', { id: 'I2', customerId: 'C-A', kind: 'gift', at: '2026-01-08T02:00:00.000Z', by: 'R1' }, at(now)),
      newRecord('interaction', { id: 'I3', customerId: 'C-B', kind: 'call', at: '2026-01-02T02:00:00.000Z', by: 'R1' }, at(now)),
    ],
    contacts: [
      newRecord(
        'contact',
        {
          id: 'P1',
          customerId: 'C-A',
          name: '王芳',
          isKey: true,
          profile: { basics: { birthDate: '1980-01-12' }, family: { weddingAnniversary: '2005-01-15', children: [] } },
        } as RecordDraft<'contact'>,
        at(now),
      ),
      newRecord('contact', { id: 'P2', customerId: 'C-A', name: '李明', isKey: false, profile: { basics: { birthDate: '1990-01-11' } } } as RecordDraft<'contact'>, at(now)),
    ],
    opportunities: [
      newRecord('opportunity', { id: 'O1', customerId: 'C-A', title: '二期', status: 'open', budget: 50_000, timeline: { expectedCloseOn: '2026-03-01' } }, at(now)),
      newRecord('opportunity', { id: 'O2', customerId: 'C-A', title: '备件', status: 'open', budget: 20_000.1, timeline: { expectedCloseOn: '2026-02-01' } }, at(now)),
      newRecord('opportunity', { id: 'O3', customerId: 'C-A', title: '一期', status: 'won', budget: 90_000 }, at(now)),
    ],
    tasks: [
      newRecord('task', { id: 'K1', customerId: 'C-B', kind: 'visit', title: '带样品拜访', dueOn: '2026-01-09', ownerId: 'R1' }, at(now)),
      newRecord('task', { id: 'K2', customerId: 'C-B', kind: 'call', title: '已完成的电话', dueOn: '2026-01-08', ownerId: 'R1', status: 'done', doneOn: '2026-01-08' }, at(now)),
    ],
    serviceCases: [
      newRecord('service-case', { id: 'S1', customerId: 'C-B', kind: 'repair', title: '设备异响', openedOn: '2025-12-20', channel: 'phone', severity: 'high' }, at(now)),
      newRecord('service-case', { id: 'S2', customerId: 'C-B', kind: 'complaint', title: '包装破损', openedOn: '2025-11-20', channel: 'web', severity: 'low', status: 'closed', closedOn: '2025-11-22' }, at(now)),
    ],
    contracts: [
      newRecord('contract', { id: 'H1', customerId: 'C-A', kind: 'subscription', title: '年度维保', startOn: '2025-01-21', endOn: '2026-01-20', renewal: 'manual' }, at(now)),
      newRecord('contract', { id: 'H2', customerId: 'C-A', kind: 'service', title: '自动续约服务', startOn: '2025-01-15', endOn: '2026-01-14', renewal: 'auto' }, at(now)),
    ],
  };
}
