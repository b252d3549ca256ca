// Issue 19: the list page wrote one audit entry per customer it showed. A list view is now ONE
// read entry (recordId `list`, the customers it showed with confidential fields in `customerIds`),
// merged over a session like card views; what a viewer's entry names is only what it received.
import { describe, expect, it } from 'vitest';
import { importEncryptionKey, type AuditEntry } from '@dossier/core';
import { createMemoryStore } from '../memory/index.js';
import { createMemoryAuditLog } from './audit-log.js';
import { withPrivacy } from './privacy-store.js';
import { person } from './privacy-suite.js';

const manager = { userId: 'mgr-1', role: { id: 'sales-manager' } };
const rep1 = { userId: 'rep-1', role: { id: 'sales-rep' } };

/** C-1 and C-3 owned by rep-1, C-2 by rep-2; one contact of C-1. */
async function setup() {
  const audit = createMemoryAuditLog();
  const store = withPrivacy(createMemoryStore(), { key: await importEncryptionKey(new Uint8Array(32).fill(5)), audit });
  await store.put('customer', structuredClone(person), { by: 'rep-1' });
  await store.put('customer', { ...structuredClone(person), id: 'C-2', name: { zh: '李雷' }, salespersonId: 'rep-2' }, { by: 'rep-2' });
  await store.put('customer', { ...structuredClone(person), id: 'C-3', name: { zh: '陈静' } }, { by: 'rep-1' });
  await store.put('contact', { id: 'P-1', schemaVersion: 1, createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z', customerId: 'C-1', name: { zh: '王芳' }, mobile: '13812341234' } as never, { by: 'rep-1' });
  return { store, audit };
}

const reads = async (audit: ReturnType<typeof createMemoryAuditLog>, userId: string) =>
  (await audit.query({ userId, action: 'read' })).map(({ kind, recordId, customerId, customerIds }) => ({ kind, recordId, customerId, customerIds }));

describe('privacy store: one audit entry per list view', () => {
  it('logs a page of customers as one entry naming them, nothing again on a re-render, only new customers on the next page', async () => {
    const { store, audit } = await setup();
    const first = await store.list('customer', { sort: 'id', limit: 2, viewer: manager });
    expect(first.items.map((item) => item.id)).toEqual(['C-1', 'C-2']);
    await store.list('customer', { sort: 'id', limit: 2, viewer: manager });
    await store.list('customer', { sort: 'id', limit: 2, cursor: first.nextCursor!, viewer: manager });
    expect(await reads(audit, 'mgr-1')).toEqual([
      { kind: 'customer', recordId: 'list', customerId: undefined, customerIds: ['C-1', 'C-2'] },
      { kind: 'customer', recordId: 'list', customerId: undefined, customerIds: ['C-3'] },
    ]);
    const [entry] = await audit.query({ userId: 'mgr-1' });
    // the fields are paths (never values); a manager reads the mobile and e-mail, never the ID number
    expect(entry!.fields).toEqual(expect.arrayContaining(['email', 'mobile']));
    expect(entry!.fields).not.toContain('idNumber');
    // the log read per customer still finds the list views that showed it
    expect((await audit.query({ customerId: 'C-2', action: 'read' })).map((e) => [e.userId, e.recordId])).toEqual([['mgr-1', 'list']]);
  });

  it("names only the customers whose confidential fields the viewer received: a rep's list of all customers names its own", async () => {
    const { store, audit } = await setup();
    const page = await store.list('customer', { sort: 'id', viewer: rep1 });
    // rep-1 is shown C-2 too, with its confidential fields masked: C-2 is not in its entry
    expect(page.items.map((item) => item.id)).toEqual(['C-1', 'C-2', 'C-3']);
    expect(await reads(audit, 'rep-1')).toEqual([{ kind: 'customer', recordId: 'list', customerId: undefined, customerIds: ['C-1', 'C-3'] }]);
  });

  it("keeps a card's reads of one customer's records in that customer's card session, not a list entry", async () => {
    const { store, audit } = await setup();
    await Promise.all([store.get('customer', 'C-1', { viewer: manager }), store.list('contact', { customerId: 'C-1', viewer: manager })]);
    expect(await reads(audit, 'mgr-1')).toEqual([{ kind: 'customer', recordId: 'C-1', customerId: 'C-1', customerIds: undefined }]);
  });

  it("gives a subject export the list views that showed the person, naming no other customer", async () => {
    const { store } = await setup();
    await store.list('customer', { sort: 'id', viewer: manager });
    const exported = await store.exportSubject('C-1', { by: 'dpo-1' });
    const lists = (exported.audit as AuditEntry[]).filter((entry) => entry.recordId === 'list');
    expect(lists.map((entry) => [entry.userId, entry.customerIds])).toEqual([['mgr-1', ['C-1']]]);
  });
});
