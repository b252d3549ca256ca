import { it } from 'vitest';
import { generateTransactionColumns } from '@dossier/core/sample';
import { createMemoryStore } from './memory-store.js';
import { dossierKinds } from '../contract/index.js';

it('measure', async () => {
  const columns = generateTransactionColumns({ seed: 1, customers: 2000, transactions: 100_000, asOf: '2026-01-01' } as never);
  for (const [label, kinds] of [['json', undefined], ['dossier', dossierKinds()]] as const) {
    const store = createMemoryStore({ kinds: kinds as never });
    let t = performance.now();
    const r = await store.importTransactions(columns, { importId: 'b' });
    const imp = performance.now() - t;
    t = performance.now();
    await store.readTransactionColumns();
    const read = performance.now() - t;
    console.warn(label, columns.length, r.written, 'import ms', imp.toFixed(0), 'read ms', read.toFixed(0));
  }
}, 300_000);
