/**
 * Runs in an iframe of the crash test: imports a generated book into an IndexedDB store and
 * tells the parent page after every committed chunk, so that the parent can remove the frame
 * (closing its "page") in the middle of the import.
 */
import { generateTransactionColumns } from '@dossier/core/sample';
import { createIndexedDbStore } from '../indexeddb-store.js';

/** The book both the frame and the test import: the same seed gives the same lines. */
export function crashBook(lines: number) {
  return generateTransactionColumns({ seed: 2026, customers: Math.max(1, Math.floor(lines / 10)), transactions: lines, asOf: '2026-01-01' });
}

export async function runImport(name: string, lines: number, chunkSize: number): Promise<void> {
  const store = await createIndexedDbStore({ name, persist: false });
  let committed = 0;
  store.subscribe((event) => {
    committed += event.bulk?.count ?? 0;
    parent.postMessage({ type: 'dossier-import-chunk', committed }, '*');
  });
  parent.postMessage({ type: 'dossier-import-started' }, '*');
  await store.importTransactions(crashBook(lines), { importId: 'crash', chunkSize });
  parent.postMessage({ type: 'dossier-import-finished', committed }, '*');
}
