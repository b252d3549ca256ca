import { computeCustomerFigures, createGradingRun, defaultPolicy, gradeCustomers, type Customer, type GradingRun } from '@dossier/core';
import type { BatchOp, DossierRecords } from '@dossier/storage-adapters';
import { listAll } from './data.js';
import type { DemoStore } from './seed.js';

/** Where a grading stands, for the progress bar. */
export type GradingProgress =
  | { step: 'read' | 'figures' | 'grade' | 'save'; share: number }
  | { step: 'customers'; share: number; done: number; total: number };

const batchSize = 250;

/** Lets the browser paint the progress bar between two synchronous steps. */
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The yearly grading as a sales manager runs it: reads the book and the customers, grades
 * every customer by ABC share of revenue over the 365 days before `asOf`, keeps the run (with
 * its policy, figures and explanations), then writes each customer's new grade in batches,
 * reporting progress all along. A run of the same day gets a suffix instead of replacing one.
 *
 * @example
 * const run = await runYearlyGrading(store, { asOf: '2026-11-25', by: 'M001', onProgress: console.log });
 */
export async function runYearlyGrading(
  store: DemoStore,
  options: { asOf: string; by: string; onProgress: (progress: GradingProgress) => void },
): Promise<GradingRun> {
  const { asOf, by, onProgress } = options;
  onProgress({ step: 'read', share: 0.02 });
  const [book, customerRecords] = await Promise.all([store.readTransactionColumns(), listAll(store, 'customer')]);
  onProgress({ step: 'figures', share: 0.2 });
  await breathe();
  const figures = store.customerFigures
    ? await store.customerFigures({ asOf, windowDays: 365, customerIds: customerRecords.map((r) => r.id) })
    : computeCustomerFigures(book, { asOf, windowDays: 365, customerIds: customerRecords.map((r) => r.id) });
  onProgress({ step: 'grade', share: 0.3 });
  await breathe();
  const result = gradeCustomers(figures, defaultPolicy('abc-share'));
  const existing = await store.list('grading-run', { limit: 1000 });
  const base = `run-${asOf}`;
  let id = base;
  for (let n = 2; existing.items.some((r) => r.id === id); n++) id = `${base}-${n}`;
  const run = createGradingRun(result, figures, { id, ranBy: by, ranAt: new Date().toISOString() });
  onProgress({ step: 'save', share: 0.4 });
  await store.put('grading-run', run, { baseRev: 0, by });

  // Stamp the grade in force on every customer whose grade changed, batch by batch.
  const graded = new Map(run.customers.map((c) => [c.customerId, c]));
  const ops: BatchOp<DossierRecords>[] = [];
  for (const record of customerRecords) {
    const c = graded.get(record.id);
    if (!c) continue;
    const grade = record.value.grade;
    if (grade.current === c.grade && grade.provisional === c.provisional && grade.gradedOn === asOf) continue;
    const value = {
      ...record.value,
      grade: { ...grade, current: c.grade, provisional: c.provisional, gradedOn: asOf, method: 'abc-share', reviewDue: c.reviewDue },
    } as Customer;
    ops.push({ op: 'put', kind: 'customer', value, baseRev: record.rev });
  }
  for (let i = 0; i < ops.length; i += batchSize) {
    onProgress({ step: 'customers', share: 0.4 + (0.6 * i) / Math.max(1, ops.length), done: i, total: ops.length });
    const result = await store.batch(ops.slice(i, i + batchSize), { by });
    // A customer edited meanwhile keeps its edit; its grade is stamped on the next run.
    if (!result.ok) {
      const conflicted = new Set(result.conflicts.map((c) => c.id));
      const rest = ops.slice(i, i + batchSize).filter((op) => op.op !== 'put' || !conflicted.has(op.value.id));
      if (rest.length > 0) await store.batch(rest, { by });
    }
  }
  onProgress({ step: 'customers', share: 1, done: ops.length, total: ops.length });
  return run;
}
