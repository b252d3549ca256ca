// Issue 19: a seed or an import wrote one audit entry per record (7,000+ rows in the demo). One
// `importTransactions` call is ONE entry naming its customers and counting its lines; in a batch,
// the records of one kind written with one action are ONE entry (recordId `batch`, customerIds,
// the count); a single record, a removal or a restore keeps its own entry.
import { describe, expect, it } from 'vitest';
import { importEncryptionKey } from '@dossier/core';
import { createMemoryStore } from '../memory/index.js';
import { createMemoryAuditLog } from './audit-log.js';
import { withPrivacy } from './privacy-store.js';
import { person } from './privacy-suite.js';

const contact = (id: string, customerId: string) =>
  ({ id, schemaVersion: 1, createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z', customerId, name: { zh: '王芳' }, mobile: '13812341234' }) as never;
const customer = (id: string) => ({ ...structuredClone(person), id }) as never;

async function setup() {
  const audit = createMemoryAuditLog();
  const store = withPrivacy(createMemoryStore(), { key: await importEncryptionKey(new Uint8Array(32).fill(5)), audit, now: () => '2026-11-30T08:00:00.000Z' });
  return { store, audit };
}
const strip = (entries: { seq?: number }[]) => entries.map(({ seq: _seq, ...rest }) => rest);

describe('privacy store: one audit entry per import and per bulk write', () => {
  it('logs one importTransactions call as one entry: the customers its lines name and the lines written', async () => {
    const { store, audit } = await setup();
    // 5 lines of 3 customers, C-2 twice and C-1 twice: customers in first-seen order C-1, C-2, C-3.
    const lines = [
      { customerId: 'C-1', date: '2026-11-01', amount: 100 },
      { customerId: 'C-2', date: '2026-11-02', amount: 200 },
      { customerId: 'C-2', date: '2026-11-03', amount: 300 },
      { customerId: 'C-3', date: '2026-11-04', amount: 400 },
      { customerId: 'C-1', date: '2026-11-05', amount: 500 },
    ];
    // A generator: the book can be read only once, and is still imported whole.
    expect((await store.importTransactions((function* () { yield* lines; })(), { importId: 'import-2026-11', by: 'import' })).written).toBe(5);
    expect(strip(await audit.query())).toEqual([
      { at: '2026-11-30T08:00:00.000Z', userId: 'import', action: 'create', kind: 'transaction', recordId: 'import-2026-11', customerIds: ['C-1', 'C-2', 'C-3'], fields: ['5 lines'] },
    ]);
    expect((await audit.query({ customerId: 'C-3' })).map((entry) => entry.recordId)).toEqual(['import-2026-11']);
    // A re-run writes nothing and logs nothing.
    await store.importTransactions(lines, { importId: 'import-2026-11', by: 'import' });
    expect((await audit.query()).length).toBe(1);
  });

  it('logs a batch as one entry per kind and action, naming the customers; a lone record, a removal keep their own', async () => {
    const { store, audit } = await setup();
    const seeded = await store.batch(
      [
        { op: 'put', kind: 'customer', value: customer('C-1') },
        { op: 'put', kind: 'customer', value: customer('C-2') },
        { op: 'put', kind: 'customer', value: customer('C-3') },
        { op: 'put', kind: 'contact', value: contact('P-1', 'C-1') },
        { op: 'put', kind: 'contact', value: contact('P-2', 'C-1') },
        { op: 'put', kind: 'contact', value: contact('P-3', 'C-3') },
      ],
      { by: 'import' },
    );
    expect(seeded.ok).toBe(true);
    const at = '2026-11-30T08:00:00.000Z';
    // 6 records, 2 entries: 3 customers created; 3 contacts of C-1 (twice) and C-3.
    expect(strip(await audit.query())).toEqual([
      { at, userId: 'import', action: 'create', kind: 'customer', recordId: 'batch', customerIds: ['C-1', 'C-2', 'C-3'], fields: ['3 records'] },
      { at, userId: 'import', action: 'create', kind: 'contact', recordId: 'batch', customerIds: ['C-1', 'C-3'], fields: ['3 records'] },
    ]);
    // One contact changed and one removed in one batch: each keeps its own entry, as before.
    await store.batch([{ op: 'put', kind: 'contact', value: { ...(contact('P-1', 'C-1') as object), mobile: '13900000000' } as never }, { op: 'remove', kind: 'contact', id: 'P-3' }], { by: 'rep-1' });
    expect(strip(await audit.query({ userId: 'rep-1' }))).toEqual([
      { at, userId: 'rep-1', action: 'update', kind: 'contact', recordId: 'P-1', customerId: 'C-1' },
      { at, userId: 'rep-1', action: 'remove', kind: 'contact', recordId: 'P-3', customerId: 'C-3' },
    ]);
    // A customer's trail still finds the bulk entries that touched it.
    expect((await audit.query({ customerId: 'C-2' })).map((entry) => `${entry.kind} ${entry.recordId}`)).toEqual(['customer batch']);
  });
});
