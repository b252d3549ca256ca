/**
 * Data for the report widgets' stories: a seeded sample archive and book from
 * `@dossier/core/sample`, run through core's analytics and grading exactly as an application
 * would. Not part of the package's entries (stories only).
 */
import {
  composition,
  computeCustomerFigures,
  effortByGrade,
  createGradingRun,
  defaultRoles,
  gradeCustomers,
  migrationMatrix,
  pareto,
  productAnalysis,
  salesForceEfficiency,
  toInteractionEntry,
  type Customer,
} from '@dossier/core';
import { generateArchive, sampleProducts, type SampleArchive } from '@dossier/core/sample';

/** The day the sample book is seen from. */
export const storyAsOf = '2026-01-01';

/** A sales manager: reads every figure, grade and explanation of every customer and rep. */
export const storyManager = { userId: 'story-manager', role: defaultRoles['sales-manager'] };

/** A sales rep of the sample archive (R001): level 1, its own customers; money and grades' reasons withheld. */
export const storyRep = { userId: 'R001', role: defaultRoles['sales-rep'] };

let archive: SampleArchive | undefined;

/** The seeded sample archive (150 customers), built once. */
export function storyArchive(): SampleArchive {
  archive ??= generateArchive({ seed: 20260101, customers: 150, asOf: storyAsOf });
  return archive;
}

/** A customer's display name (Chinese first). */
export function customerName(customer: Customer): string {
  const name = customer.name as { zh?: string; en?: string } | string;
  return typeof name === 'string' ? name : (name.zh ?? name.en ?? customer.id);
}

/** Customer names by id. */
export function storyCustomerNames(): Record<string, string> {
  return Object.fromEntries(storyArchive().customers.map((c) => [c.id, customerName(c)]));
}

/** The archive's transactions as analytics lines. */
export function storyLines() {
  return storyArchive().transactions.map((t) => ({
    customerId: t.customerId,
    date: t.date,
    amount: t.amount,
    cost: t.cost,
    paid: t.paid,
    quantity: t.quantity,
    orderId: t.orderId,
    productId: t.productId,
    category: t.category,
  }));
}

/** Pareto of the last year. */
export function storyPareto() {
  return pareto(storyLines(), { asOf: storyAsOf, customers: storyArchive().customers.map((c) => c.id) });
}

/** Composition by sales territory (大区). */
export function storyCompositionByTerritory() {
  const territory = Object.fromEntries(storyArchive().customers.map((c) => [c.id, (c as { territory?: string }).territory]));
  return composition(storyLines(), { by: territory, asOf: storyAsOf, customers: Object.keys(territory) });
}

/** Composition by product category. */
export function storyCompositionByCategory() {
  return composition(storyLines(), { by: 'category', asOf: storyAsOf });
}

/** Composition by ABC grade. */
export function storyCompositionByGrade() {
  const figures = computeCustomerFigures(storyLines(), { asOf: storyAsOf, customerIds: storyArchive().customers.map((c) => c.id) });
  const graded = gradeCustomers(figures, { method: 'abc-share' });
  const gradeOf = Object.fromEntries(graded.customerIds.map((id, i) => [id, graded.gradeOf(i)]));
  return composition(storyLines(), { by: gradeOf, asOf: storyAsOf, customers: graded.customerIds });
}

/** The sample's ABC grades (abc-share) of the last year, by customer id. */
function storyGrades(): Record<string, string> {
  const figures = computeCustomerFigures(storyLines(), { asOf: storyAsOf, customerIds: storyArchive().customers.map((c) => c.id) });
  const graded = gradeCustomers(figures, { method: 'abc-share' });
  return Object.fromEntries(graded.customerIds.map((id, i) => [id, graded.gradeOf(i)]));
}

/** Effort by grade of the last year: the reps' contacts against what each grade is worth. */
export function storyEffort() {
  const interactions = storyArchive()
    .interactions.filter((i) => (i as { by?: string }).by)
    .map((i) => toInteractionEntry(i, { timeZone: 'Asia/Shanghai' }));
  return effortByGrade(storyLines(), { asOf: storyAsOf, interactions, gradeOf: storyGrades(), customers: storyArchive().customers.map((c) => c.id) });
}

/** RFM grading of the last year. */
export function storyRfm() {
  const figures = computeCustomerFigures(storyLines(), { asOf: storyAsOf, customerIds: storyArchive().customers.map((c) => c.id) });
  return gradeCustomers(figures, { method: 'rfm' });
}

/** Grade migration between the runs of 2025-07-01 and 2026-01-01. */
export function storyMigration() {
  const ids = storyArchive().customers.map((c) => c.id);
  const run = (id: string, asOf: string) => {
    const figures = computeCustomerFigures(storyLines(), { asOf, customerIds: ids });
    return createGradingRun(gradeCustomers(figures, { method: 'abc-share' }), figures, { id, ranBy: 'storybook', ranAt: `${asOf}T09:00:00Z` });
  };
  return migrationMatrix(run('2025-07', '2025-07-01'), run('2026-01', storyAsOf));
}

/** Sales-force efficiency of the last quarter, with targets and 62 working days. */
export function storyEfficiency() {
  const a = storyArchive();
  const repOf = Object.fromEntries(a.customers.map((c) => [c.id, (c as { salespersonId?: string }).salespersonId ?? '']));
  const interactions = a.interactions
    .filter((i) => (i as { by?: string }).by)
    .map((i) => toInteractionEntry(i, { timeZone: 'Asia/Shanghai' }));
  const period = { from: '2025-10-01', to: storyAsOf };
  return salesForceEfficiency(storyLines(), {
    period,
    repOf,
    interactions,
    workingDays: 62,
    reps: a.reps.map((r) => r.id),
    targets: Object.fromEntries(a.reps.map((r, i) => [r.id, { sales: 60_000 + 15_000 * (i % 4), grossMargin: 15_000 + 4_000 * (i % 3) }])),
    receivables: Object.fromEntries(a.reps.map((r, i) => [r.id, { opening: 40_000 + 5_000 * i, collected: 30_000 + 3_000 * i }])),
  });
}

/** Reps' names by id. */
export function storyRepNames(): Record<string, string> {
  return Object.fromEntries(storyArchive().reps.map((r) => [r.id, r.name.zh]));
}

/** Product analysis of the last year, with an average inventory of a quarter's cost of sales. */
export function storyProducts(by: 'product' | 'category' = 'product') {
  const lines = storyLines();
  const costByKey = new Map<string, number>();
  for (const l of lines) {
    const key = by === 'product' ? l.productId : l.category;
    if (key && l.cost !== undefined) costByKey.set(key, (costByKey.get(key) ?? 0) + l.cost);
  }
  // an invented but plausible stock: 2 to 5 months of cost, varying by key
  const averageInventory = Object.fromEntries([...costByKey].map(([key, cost], i) => [key, (cost * (2 + (i % 4))) / 12]));
  return productAnalysis(lines, { asOf: storyAsOf, by, averageInventory });
}

/** Product names by id, from the sample catalogue. */
export function storyProductNames(): Record<string, string> {
  return Object.fromEntries(sampleProducts(20260101).map((p) => [p.id, p.name]));
}
