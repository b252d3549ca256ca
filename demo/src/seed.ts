import { dayNumber, isoDate, type GradingRun } from '@dossier/core';
import type { SampleRep } from '@dossier/core/sample';
import type { BatchOp, DossierRecords, Store } from '@dossier/storage-adapters';
import { demoSeed, previousRunDays, seedRunId, takeGeneration } from './seed-client.js';

/** The demo's store: a Dossier archive on any adapter. */
export type DemoStore = Store<DossierRecords>;

/** Where seeding stands, for the progress indicator. */
export type SeedProgress =
  | { step: 'generating'; customers: number }
  | { step: 'grading' }
  | { step: 'writing'; done: number; total: number }
  | { step: 'done' };

/**
 * Records per atomic batch while seeding: small enough that the page's reads, which wait for a
 * write transaction on the same records, are not held up long while the rest is written.
 */
const batchSize = 500;

/** The sales organisation of the sample company, kept beside the records for the viewer switch. */
export interface DemoMeta {
  /** The demo's "today": the grading date of the yearly run. */
  asOf: string;
  reps: SampleRep[];
}

/** The demo's "today" from the seeded previous run. */
export function asOfOf(previous: GradingRun): string {
  return isoDate(dayNumber(previous.asOf)! + previousRunDays);
}

const puts = <K extends 'customer' | 'contact' | 'opportunity' | 'interaction' | 'transaction' | 'task' | 'service-case' | 'contract'>(kind: K, values: readonly DossierRecords[K][]): BatchOp<DossierRecords>[] =>
  values.map((value) => ({ op: 'put', kind, value }) as BatchOp<DossierRecords>);

/**
 * Fills an empty store with a generated archive (seed-prepare.ts, in a worker, possibly started
 * by seed-early.ts before the page loaded): the list's first screens of customers (graded for the
 * previous period, in the list's order) first, so that the list is usable within seconds, then
 * the other customers, contacts, opportunities, interactions, transactions, tasks, service cases
 * and contracts, and the previous grading run last, so that a seed interrupted by a closed tab is
 * recognised as incomplete. `onCustomers` is called once the first customers are stored; the
 * page may show them while the rest is written.
 */
export async function seedStore(
  store: DemoStore,
  options: {
    customers: number;
    asOf: string;
    seed?: number;
    onProgress: (progress: SeedProgress) => void;
    onCustomers?: (meta: DemoMeta) => void;
  },
): Promise<DemoMeta> {
  const { asOf, onProgress } = options;
  onProgress({ step: 'generating', customers: options.customers });
  const generation = takeGeneration({ seed: options.seed ?? demoSeed, customers: options.customers, asOf });
  const first = await generation.first;
  const meta: DemoMeta = { asOf, reps: first.reps };
  const total = first.records;
  let done = 0;
  const write = async (ops: BatchOp<DossierRecords>[]) => {
    for (let i = 0; i < ops.length; i += batchSize) {
      onProgress({ step: 'writing', done, total });
      const chunk = ops.slice(i, i + batchSize);
      const result = await store.batch(chunk, { by: 'import' });
      if (!result.ok) throw new Error(result.conflicts[0]?.message ?? 'conflict while seeding');
      done += chunk.length;
    }
  };
  await write(puts('customer', first.customers));
  options.onCustomers?.(meta);
  const rest = await generation.rest();
  await write([
    ...puts('customer', rest.customers),
    ...puts('contact', rest.contacts),
    ...puts('opportunity', rest.opportunities),
    ...puts('interaction', rest.interactions),
    ...puts('transaction', rest.transactions),
    ...puts('task', rest.tasks),
    ...puts('service-case', rest.serviceCases),
    ...puts('contract', rest.contracts),
  ]);
  await store.put('grading-run', rest.run, { by: 'system' });
  onProgress({ step: 'done' });
  return meta;
}

/** Whether a store holds a complete seed; its previous run when so. */
export async function seededRun(store: DemoStore): Promise<GradingRun | undefined> {
  const record = await store.get('grading-run', seedRunId);
  return record?.value;
}
