import { createHttpStore, createIndexedDbStore, dossierKinds, type DossierRecords } from '@dossier/storage-adapters';
import type { DemoBackend } from './app.js';
import type { DemoStore } from './seed.js';

/**
 * Customers to generate: `?customers=N` (the end-to-end tests use a small archive), else the
 * page's default (2,500 in the browser; 800 on the ERP page, where every record crosses HTTP
 * into PostgreSQL).
 */
export function customerCount(fallback: number): number {
  const asked = Number(new URLSearchParams(location.search).get('customers'));
  return Number.isInteger(asked) && asked > 0 ? Math.min(asked, 20_000) : fallback;
}

const databaseName = 'dossier-demo';

/** The browser page: the archive lives in this browser's IndexedDB. */
export const indexedDbBackend: DemoBackend = {
  page: 'idb',
  customers: customerCount(2500),
  open: () => createIndexedDbStore<DossierRecords>({ name: databaseName, kinds: dossierKinds(), actor: 'M001' }),
  async reset(store: DemoStore) {
    await store.close();
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase(databaseName);
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error ?? new Error('could not delete the database'));
      // Another tab still has it open: it is deleted once that tab lets go.
      request.onblocked = () => resolve();
    });
  },
};

/** The ERP page: the archive lives in PostgreSQL (or PGlite) behind the demo server's /api/. */
export const httpBackend: DemoBackend = {
  page: 'erp',
  customers: customerCount(800),
  open: async () => createHttpStore<DossierRecords>({ baseUrl: new URL('api', location.href).href.replace(/\/$/, ''), kinds: dossierKinds() }),
  async reset(store: DemoStore) {
    await store.close();
    const response = await fetch(new URL('demo-admin/reset', location.href), { method: 'POST' });
    if (!response.ok) throw new Error(`reset failed: HTTP ${response.status}`);
  },
};
