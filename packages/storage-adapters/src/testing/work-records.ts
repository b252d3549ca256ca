import type { Contract, Satisfaction, ServiceCase, Task } from '@dossier/core';
import { compareCodePoints } from '../contract/index.js';
import type { JsonRecords, KindTable, Store } from '../contract/index.js';
import { dossierKinds, type DossierRecords } from '../contract/dossier-kinds.js';
import { check } from './assert.js';
import type { ConformanceOptions } from './harness.js';

const created = new Date('2026-01-05T02:00:00.000Z');
const stamp = { schemaVersion: 1 as const, createdAt: created, updatedAt: created };

/** Hand-written work records of two customers, every optional field of each kind used once. */
export const workRecordFixtures = {
  task: [
    { ...stamp, id: 'K-1', customerId: 'C-1', contactId: 'P-1', kind: 'visit', title: '回访，带样品', dueOn: '2026-01-20', ownerId: 'rep-1', status: 'open', origin: 'interaction', fromInteractionId: 'I-1' },
    { ...stamp, id: 'K-2', customerId: 'C-1', kind: 'call', title: '电话确认订单', dueOn: '2026-01-02', ownerId: 'rep-2', status: 'done', doneOn: '2026-01-03', outcome: '已下单' },
    { ...stamp, id: 'K-3', customerId: 'C-2', kind: 'credit-review', title: '年度信用额度复核', dueOn: '2026-02-01', ownerId: 'rep-1', status: 'open', origin: 'cadence' },
  ] satisfies Task[],
  'service-case': [
    { ...stamp, id: 'S-1', customerId: 'C-1', contactId: 'P-1', kind: 'repair', title: '设备异响', openedOn: '2025-12-20', channel: 'phone', productId: 'G-1', productName: '数控机床', severity: 'high', status: 'open', ownerId: 'rep-1', description: '主轴异响' },
    { ...stamp, id: 'S-2', customerId: 'C-2', kind: 'complaint', title: '到货延迟', openedOn: '2025-11-02', channel: 'wechat', severity: 'low', status: 'closed', resolution: '已补发', closedOn: '2025-11-05' },
  ] satisfies ServiceCase[],
  contract: [
    { ...stamp, id: 'H-1', customerId: 'C-1', number: 'HT2025-001', kind: 'subscription', title: '年度维保', startOn: '2025-02-01', endOn: '2026-01-31', value: 120_000.5, renewal: 'manual', renewalTerms: '提前30天书面通知', noticeDays: 30, salespersonId: 'rep-1' },
    { ...stamp, id: 'H-2', customerId: 'C-2', kind: 'framework', title: '年度采购框架协议', startOn: '2025-06-01' },
  ] satisfies Contract[],
  satisfaction: [
    { ...stamp, id: 'M-1', customerId: 'C-1', score: 4, surveyedOn: '2025-12-15', by: 'rep-1', comment: '交货及时，希望加快开票' },
    { ...stamp, id: 'M-2', customerId: 'C-2', score: 2, surveyedOn: '2025-12-18', by: 'rep-2' },
  ] satisfies Satisfaction[],
} as const;

type WorkKind = keyof typeof workRecordFixtures;
const workKinds = Object.keys(workRecordFixtures) as WorkKind[];

/**
 * The conformance cases of the work around a customer (core's `task`, `service-case` and
 * `contract` kinds) through `dossierKinds()`: what is written reads back decoded and equal
 * (dates, money to the fen), raw storage holds the encoded JSON, lists find them by customer,
 * owner and status (the index every adapter keeps), and a task written as a draft is open
 * (skip `'work records: drafts'` for an adapter whose writes must be full records).
 *
 * @example
 * runWorkRecordsConformance('memory', { describe, it, create });
 */
export function runWorkRecordsConformance(name: string, options: ConformanceOptions): void {
  const { describe, it } = options;
  const timeout = options.timeout ?? 30_000;
  async function using(body: (store: Store<DossierRecords>, raw: Awaited<ReturnType<ConformanceOptions['create']>>['raw']) => Promise<void>): Promise<void> {
    let tick = Date.UTC(2026, 0, 10);
    const kinds = dossierKinds() as unknown as KindTable<JsonRecords>;
    const harness = await options.create({ kinds, now: () => new Date(tick++).toISOString(), actor: 'suite' });
    try {
      await body(harness.store as unknown as Store<DossierRecords>, harness.raw);
    } finally {
      await harness.cleanup();
    }
  }

  describe(`work records conformance (task, service-case, contract, satisfaction): ${name}`, () => {
    it(
      'tasks, service cases, contracts and satisfaction answers round-trip, decoded, and are found by customer, owner and status',
      () =>
        using(async (store, raw) => {
          for (const kind of workKinds) {
            const ops = workRecordFixtures[kind].map((value) => ({ op: 'put' as const, kind, value }));
            check.ok((await store.batch(ops as never)).ok, `${kind}: written`);
            for (const record of workRecordFixtures[kind]) {
              const got = await store.get(kind, record.id);
              check.deepEqual(got?.value, { ...record, updatedAt: new Date(got!.at) }, `${kind} ${record.id} reads back as written`);
              if (raw) {
                const [revision] = await raw.revisions(kind, record.id);
                check.equal(revision?.data['createdAt'], created.toISOString(), `${kind} ${record.id}: storage holds the instant as ISO text`);
              }
            }
            const ofC1 = (await store.list(kind, { customerId: 'C-1', limit: 100 })).items.map((r) => r.id).sort(compareCodePoints);
            const expected = workRecordFixtures[kind].filter((r) => r.customerId === 'C-1').map((r) => r.id);
            check.deepEqual(ofC1, expected, `${kind}: listed by customer`);
          }
          check.equal((await store.get('contract', 'H-1'))?.value.value, 120_000.5, 'a contract value keeps its fen');
          const rep1 = await store.list('task', { owner: 'rep-1', stage: 'open', limit: 100 });
          check.deepEqual(rep1.items.map((r) => r.id).sort(compareCodePoints), ['K-1', 'K-3'], 'open tasks of a rep: owner and status filters');
          const openCases = await store.list('service-case', { stage: ['open', 'in-progress'], limit: 100 });
          check.deepEqual(openCases.items.map((r) => r.id), ['S-1'], 'open service cases by status');
          check.equal(await store.get('task', 'S-1'), undefined, 'kinds are kept apart');
        }),
      timeout,
    );

    if (!(options.skip ?? []).includes('work records: drafts')) it(
      'a task written as a draft is open and stamped; a task without a due date is refused naming the field',
      () =>
        using(async (store) => {
          const draft = { id: 'K-9', customerId: 'C-1', kind: 'call', title: '下周二电话回访', dueOn: '2026-01-13', ownerId: 'rep-1' };
          const result = await store.put('task', draft as never);
          check.ok(result.ok, 'the draft is written');
          const got = await store.get('task', 'K-9');
          check.equal(got?.value.status, 'open', 'status defaults to open');
          check.ok(got?.value.createdAt instanceof Date, 'createdAt is stamped');
          const bad = await store.put('task', { id: 'K-10', customerId: 'C-1', kind: 'call', title: 'x', ownerId: 'rep-1' } as never).catch((error: unknown) => error);
          check.ok(JSON.stringify((bad as { issues?: unknown }).issues ?? String(bad)).includes('dueOn'), 'the refusal names dueOn');
        }),
      timeout,
    );
  });
}
