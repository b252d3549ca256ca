import {
  addDays,
  computeCustomerFigures,
  createGradingRun,
  dayNumber,
  defaultPolicy,
  gradeCustomers,
  isoDate,
  pinyinSortKey,
  toTransactionColumns,
  type Customer,
  type GradingRun,
} from '@dossier/core';
import type { ArchiveOptions, SampleArchive, SampleRep } from '@dossier/core/sample';
import type { BatchOp, DossierRecords, Store } from '@dossier/storage-adapters';

/** The demo's store: a Dossier archive on any adapter. */
export type DemoStore = Store<DossierRecords>;

/** Where seeding stands, for the progress indicator. */
export type SeedProgress =
  | { step: 'generating'; customers: number }
  | { step: 'grading' }
  | { step: 'writing'; done: number; total: number }
  | { step: 'done' };

/** The sample generator's seed of the demo's archive: the same seed, the same customers and reps. */
export const demoSeed = 20_260_101;

/** Id of the grading run seeded for the previous period: its presence marks a complete seed. */
export const seedRunId = 'run-previous-period';
/** Days between the seeded previous run and the demo's "today". */
export const previousRunDays = 182;
/**
 * Records per atomic batch while seeding: small enough that the page's reads, which wait for a
 * write transaction on the same records, are not held up long while the rest is written.
 */
const batchSize = 500;
/** Customers written before the page opens: a few screens of the list. */
const firstScreens = 120;

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

/** Today's date in UTC as an ISO date: the only place the demo reads the clock for data. */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Generates the archive in a worker (falls back to this thread where workers are unavailable). */
export async function generateInWorker(options: ArchiveOptions): Promise<SampleArchive> {
  if (typeof Worker === 'undefined') {
    const { generateArchive } = await import('@dossier/core/sample');
    return generateArchive(options);
  }
  const worker = new Worker(new URL('./seed-worker.ts', import.meta.url), { type: 'module' });
  try {
    return await new Promise<SampleArchive>((resolve, reject) => {
      worker.addEventListener('message', (event: MessageEvent<{ ok: true; archive: SampleArchive } | { ok: false; message: string }>) => {
        if (event.data.ok) resolve(event.data.archive);
        else reject(new Error(event.data.message));
      });
      worker.addEventListener('error', (event) => reject(new Error(event.message || 'the generator worker failed')));
      worker.postMessage(options);
    });
  } finally {
    worker.terminate();
  }
}

/**
 * Grades the previous period (half a year before the demo's today) so that the first yearly
 * run has something to be compared with, and stamps that grade on every customer.
 */
export function gradePreviousPeriod(archive: SampleArchive, asOf: string): { run: GradingRun; customers: Customer[] } {
  const previousAsOf = addDays(asOf, -previousRunDays);
  const previousDay = dayNumber(previousAsOf)!;
  // Only customers already in the archive then: the others "entered" since.
  const existing = archive.customers.filter((c) => dayNumber(c.createdAt.toISOString().slice(0, 10))! < previousDay).map((c) => c.id);
  const existingSet = new Set(existing);
  // A stored transaction is a book line plus the record's own fields, which the book ignores.
  const lines = archive.transactions.filter((t) => existingSet.has(t.customerId));
  const figures = computeCustomerFigures(toTransactionColumns(lines), { asOf: previousAsOf, windowDays: 365, customerIds: existing });
  const result = gradeCustomers(figures, defaultPolicy('abc-share'));
  const run = createGradingRun(result, figures, { id: seedRunId, ranBy: 'system', ranAt: `${previousAsOf}T01:00:00.000Z` });
  const byId = new Map(run.customers.map((c) => [c.customerId, c]));
  const customers = archive.customers.map((customer): Customer => {
    const graded = byId.get(customer.id);
    if (!graded) return customer;
    return {
      ...customer,
      grade: {
        ...customer.grade,
        current: graded.grade as 'A' | 'B' | 'C',
        provisional: graded.provisional,
        gradedOn: previousAsOf,
        method: 'abc-share',
        ...(graded.reviewDue ? { reviewDue: graded.reviewDue } : {}),
      },
    } as Customer;
  });
  return { run, customers };
}

/**
 * Fills an empty store with a generated archive: customers first (graded for the previous
 * period), so that the list is usable within seconds, then contacts, transactions, interactions,
 * opportunities, tasks, service cases and contracts, and the previous grading run last, so that
 * a seed interrupted by a closed tab is recognised as incomplete. `onCustomers` is called once
 * the customers are stored; the page may show them while the rest is written.
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
  const archive = await generateInWorker({ seed: options.seed ?? demoSeed, customers: options.customers, asOf });
  onProgress({ step: 'grading' });
  const { run, customers } = gradePreviousPeriod(archive, asOf);
  const meta: DemoMeta = { asOf, reps: archive.reps };
  // In the list's order (the store pages by pinyin sort key), so that the first small batch is
  // the list's first screens: the page opens on them while the rest is written.
  const ordered = customers
    .map((value) => ({ value, key: pinyinSortKey(value.name.zh ?? value.name.en ?? '') }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.value.id < b.value.id ? -1 : 1))
    .map(({ value }) => ({ op: 'put' as const, kind: 'customer' as const, value }));
  const first = ordered.slice(0, firstScreens);
  const rest: BatchOp<DossierRecords>[] = [
    ...ordered.slice(firstScreens),
    ...archive.contacts.map((value) => ({ op: 'put' as const, kind: 'contact' as const, value })),
    ...archive.opportunities.map((value) => ({ op: 'put' as const, kind: 'opportunity' as const, value })),
    ...archive.interactions.map((value) => ({ op: 'put' as const, kind: 'interaction' as const, value })),
    ...archive.transactions.map((value) => ({ op: 'put' as const, kind: 'transaction' as const, value })),
    ...archive.tasks.map((value) => ({ op: 'put' as const, kind: 'task' as const, value })),
    ...archive.serviceCases.map((value) => ({ op: 'put' as const, kind: 'service-case' as const, value })),
    ...archive.contracts.map((value) => ({ op: 'put' as const, kind: 'contract' as const, value })),
  ];
  const total = first.length + rest.length + 1;
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
  await write(first);
  options.onCustomers?.(meta);
  await write(rest);
  await store.put('grading-run', run, { by: 'system' });
  onProgress({ step: 'done' });
  return meta;
}

/** Whether a store holds a complete seed; its previous run when so. */
export async function seededRun(store: DemoStore): Promise<GradingRun | undefined> {
  const record = await store.get('grading-run', seedRunId);
  return record?.value;
}
