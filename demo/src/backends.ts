import { createHttpStore, createIndexedDbAuditLog, createIndexedDbStore, dossierKinds, sealableKinds, withPrivacy, type DossierRecords } from '@dossier/storage-adapters';
import type { AuditEntry, AuditQuery } from '@dossier/core';
import type { AuditLogSource } from '@dossier/components';
import type { DemoBackend } from './app.js';
import { erpViewerHeader } from './erp-viewer.js';
import type { DemoStore } from './seed.js';
import { deleteDatabase, deleteDemoKey, demoKey } from './keys.js';
import { customerCount, indexedDbCustomers } from './seed-client.js';

const databaseName = 'dossier-demo';
const auditDatabaseName = 'dossier-demo-audit';

/**
 * The browser page: the archive lives in this browser's IndexedDB behind the privacy store —
 * secret fields sealed with the demo's key, reads redacted for the signed-in person, and every
 * change, read of confidential data and reveal written to an audit log in its own database.
 */
export const indexedDbBackend: DemoBackend = {
  page: 'idb',
  customers: customerCount(indexedDbCustomers),
  async open() {
    const [store, audit, key] = await Promise.all([
      createIndexedDbStore<DossierRecords>({ name: databaseName, kinds: sealableKinds(dossierKinds()), actor: 'M001' }),
      createIndexedDbAuditLog({ name: auditDatabaseName }),
      demoKey(),
    ]);
    const privacy = withPrivacy(store, { key, audit, actor: 'M001' });
    const close = privacy.close;
    return Object.assign(privacy, {
      close: async () => {
        await close();
        audit.close();
      },
    });
  },
  async reset(store: DemoStore) {
    await store.close();
    await Promise.all([deleteDatabase(databaseName), deleteDatabase(auditDatabaseName), deleteDemoKey()]);
  },
};

let erpViewer: string | undefined;

/** The ERP page's audit log, read through the demo server (managers only). */
function erpAudit(): AuditLogSource {
  return {
    async query(query: AuditQuery = {}) {
      const url = new URL('demo-admin/audit', location.href);
      if (query.customerId) url.searchParams.set('customerId', query.customerId);
      if (query.userId) url.searchParams.set('userId', query.userId);
      const response = await fetch(url, { headers: erpViewer ? { [erpViewerHeader]: erpViewer } : {} });
      if (!response.ok) throw new Error(await response.text());
      const entries = (await response.json()) as AuditEntry[];
      return query.action ? entries.filter((entry) => entry.action === query.action) : entries;
    },
  };
}

/**
 * A store over the demo server's /api/: speaking for the viewer the switch names, or (`seeding`)
 * naming nobody — the demo server serves such requests as its trusted import (see server/erp-api.ts).
 */
function erpStore(seeding: boolean): DemoStore {
  return createHttpStore<DossierRecords>({
    baseUrl: new URL('api', location.href).href.replace(/\/$/, ''),
    kinds: dossierKinds(),
    fetch: (input, init) => {
      const headers = new Headers(init?.headers);
      if (erpViewer && !seeding) headers.set(erpViewerHeader, erpViewer);
      return fetch(input, { ...init, headers });
    },
  });
}

/**
 * The ERP page: the archive lives in PostgreSQL (or PGlite) behind the demo server's /api/, where
 * the privacy store masks, seals and audits for the person the viewer switch names. The archive is
 * seeded through a store of its own, so the page reads as its viewer while the rest is written.
 */
export const httpBackend: DemoBackend = {
  page: 'erp',
  customers: customerCount(800),
  async open() {
    return Object.assign(erpStore(false), { audit: erpAudit() });
  },
  async openSeeder() {
    return erpStore(true);
  },
  viewAs(person) {
    erpViewer = person;
  },
  async reset(store: DemoStore) {
    await store.close();
    const response = await fetch(new URL('demo-admin/reset', location.href), { method: 'POST' });
    if (!response.ok) throw new Error(`reset failed: HTTP ${response.status}`);
  },
};
