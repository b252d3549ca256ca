// What the seed writes, worked out off the page's thread (see seed-worker.ts): the sample archive,
// the previous period's grades stamped on its customers, the customers in the list's order.
import {
  addDays,
  computeCustomerFigures,
  createGradingRun,
  dayNumber,
  defaultPolicy,
  gradeCustomers,
  pinyinSortKey,
  toTransactionColumns,
  type Customer,
  type GradingRun,
} from '@dossier/core';
import { generateArchive, type SampleArchive } from '@dossier/core/sample';
import { firstScreens, previousRunDays, seedRunId, type SeedFirst, type SeedRequest, type SeedRest } from './seed-client.js';

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
 * The seed in two parts: the list's first screens of customers (in the list's order: the store
 * pages by pinyin sort key) with the reps, and everything else with the previous grading run.
 */
export function prepareSeed(request: SeedRequest): { first: SeedFirst; rest: SeedRest } {
  const archive = generateArchive({ seed: request.seed, customers: request.customers, asOf: request.asOf });
  const { run, customers } = gradePreviousPeriod(archive, request.asOf);
  const ordered = customers
    .map((value) => ({ value, key: pinyinSortKey(value.name.zh ?? value.name.en ?? '') }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.value.id < b.value.id ? -1 : 1))
    .map(({ value }) => value);
  const { contacts, opportunities, interactions, transactions, tasks, serviceCases, contracts } = archive;
  // Every record and the run: the progress bar's total.
  const records = [ordered, contacts, opportunities, interactions, transactions, tasks, serviceCases, contracts].reduce((sum, list) => sum + list.length, 1);
  return {
    first: { customers: ordered.slice(0, firstScreens), reps: archive.reps, records },
    rest: { customers: ordered.slice(firstScreens), contacts, opportunities, interactions, transactions, tasks, serviceCases, contracts, run },
  };
}
