import { expect } from '@open-wc/testing';
import { importEncryptionKey } from '@dossier/core';
import { createIndexedDbAuditLog, createIndexedDbStore } from '../indexeddb/index.js';
import { dropDatabase, freshDatabaseName } from '../indexeddb/testing-fixtures/idb-raw.js';
import { withPrivacy } from './privacy-store.js';
import { person } from './privacy-suite.js';

// The privacy store over IndexedDB writing to the IndexedDB audit log in real Chromium: what
// it logs survives the page's objects — a fresh log instance on the same database reads it back.
describe('withPrivacy over IndexedDB with a persistent IndexedDB audit log', () => {
  it('logs changes, confidential reads and reveals where a fresh log instance reads them back', async () => {
    const name = freshDatabaseName('dossier-privacy-audit');
    const auditName = `${name}-audit`;
    const inner = await createIndexedDbStore({ name });
    const audit = await createIndexedDbAuditLog({ name: auditName });
    let tick = 0;
    const now = () => `2026-06-01T00:00:${String(tick++).padStart(2, '0')}.000Z`;
    const store = withPrivacy(inner, { key: await importEncryptionKey(new Uint8Array(32).fill(3)), audit, now });
    const customer = person;
    const manager = { userId: 'mgr-1', role: { id: 'sales-manager' } };
    try {
      await store.put('customer', structuredClone(customer), { by: 'rep-1' });
      await store.put('customer', { ...structuredClone(customer), mobile: '13900001111' }, { by: 'rep-1', baseRev: 1 });
      await store.get('customer', 'C-1', { viewer: manager });
      const revealed = await store.reveal('customer', 'C-1', 'idNumber', '核对开票信息', manager);
      expect(revealed).to.equal('11010519491231002X');
      await store.remove('customer', 'C-1', { by: 'mgr-1' });
      audit.close();

      const fresh = await createIndexedDbAuditLog({ name: auditName });
      try {
        const entries = await fresh.query({ customerId: 'C-1' });
        // put (create), put (update), get by the manager (read), reveal, remove: in this order
        expect(entries.map((e) => [e.action, e.userId])).to.deep.equal([
          ['create', 'rep-1'],
          ['update', 'rep-1'],
          ['read', 'mgr-1'],
          ['reveal', 'mgr-1'],
          ['remove', 'mgr-1'],
        ]);
        expect(entries.map((e) => e.seq)).to.deep.equal([1, 2, 3, 4, 5]);
        expect(entries[1]!.fields).to.deep.equal(['mobile']);
        expect(entries[2]!.roleId).to.equal('sales-manager');
        expect(entries[2]!.fields!.length > 0).to.equal(true);
        expect(entries[3]).to.deep.include({ roleId: 'sales-manager', reason: '核对开票信息' });
        expect(entries[3]!.fields).to.deep.equal(['idNumber']);
        // the clock ticks once per entry: seconds 00…04
        expect(entries.map((e) => e.at.slice(17, 19))).to.deep.equal(['00', '01', '02', '03', '04']);
        expect((await fresh.query({ userId: 'mgr-1' })).length).to.equal(3);
        // nothing secret leaks into the log itself
        expect(JSON.stringify(entries)).to.not.include('11010519491231002X');
      } finally {
        fresh.close();
      }
    } finally {
      await store.close();
      audit.close();
      await dropDatabase(name);
      await dropDatabase(auditName);
    }
  });
});
