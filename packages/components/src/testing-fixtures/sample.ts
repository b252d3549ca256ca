/**
 * Story data from core's sample generator (`@dossier/core/sample`): a deterministic archive,
 * graded with core's grading, projected to list rows with core's `toCustomerListRow`.
 * Not part of the package build.
 */
import { generateArchive, type SampleArchive } from '@dossier/core/sample';
import {
  computeCustomerFigures,
  gradeCustomers,
  toCustomerListRow,
  type AbcExplanation,
  type CustomerListRow,
  type RfmExplanation,
  type Transaction,
} from '@dossier/core';
import { createMemoryStore, type Store } from '@dossier/storage-adapters';

/** The day every story is "today". */
export const sampleAsOf = '2026-03-31';

const archives = new Map<number, SampleArchive>();

/**
 * A sample archive of `customers` customers (seed 42), generated once per size.
 *
 * @example
 * sampleArchive(200).customers[0]
 */
export function sampleArchive(customers = 200): SampleArchive {
  let archive = archives.get(customers);
  if (!archive) archives.set(customers, (archive = generateArchive({ seed: 42, customers, asOf: sampleAsOf })));
  return archive;
}

/** ABC and RFM explanations of every customer of an archive, by customer id. */
export function sampleGrades(archive: SampleArchive): { abc: Map<string, AbcExplanation>; rfm: Map<string, RfmExplanation> } {
  const figures = computeCustomerFigures(archive.transactions, { asOf: sampleAsOf });
  const abcResult = gradeCustomers(figures, { method: 'abc-share' });
  const rfmResult = gradeCustomers(figures, { method: 'rfm' });
  const abc = new Map<string, AbcExplanation>();
  const rfm = new Map<string, RfmExplanation>();
  for (let i = 0; i < abcResult.size; i++) abc.set(abcResult.customerIds[i]!, abcResult.explain(i) as AbcExplanation);
  for (let i = 0; i < rfmResult.size; i++) rfm.set(rfmResult.customerIds[i]!, rfmResult.explain(i) as RfmExplanation);
  return { abc, rfm };
}

/** The list rows of an archive (transactions grouped once, not filtered per customer). */
export function sampleRows(archive: SampleArchive): CustomerListRow[] {
  const byCustomer = new Map<string, Transaction[]>();
  for (const t of archive.transactions) {
    let lines = byCustomer.get(t.customerId);
    if (!lines) byCustomer.set(t.customerId, (lines = []));
    lines.push(t);
  }
  return archive.customers.map((c) => toCustomerListRow(c, byCustomer.get(c.id) ?? []));
}

/**
 * `count` rows made by repeating the rows of a sample archive with new ids (`…#k`): 100,000
 * realistic rows without generating 100,000 faker records in the browser.
 *
 * @example
 * tiledRows(sampleRows(sampleArchive(1000)), 100_000).length // 100000
 */
export function tiledRows(rows: readonly CustomerListRow[], count: number): CustomerListRow[] {
  const out: CustomerListRow[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const row = rows[i % rows.length]!;
    const copy = Math.floor(i / rows.length);
    out[i] = copy === 0 ? row : { ...row, id: `${row.id}#${copy}`, displayName: `${row.displayName} ${copy}` };
  }
  return out;
}

/**
 * A memory store holding an archive's customers, contacts and interactions (as stored JSON).
 *
 * @example
 * const store = await sampleStore(sampleArchive(50));
 */
export async function sampleStore(archive: SampleArchive): Promise<Store> {
  const store = createMemoryStore();
  const json = <T>(value: T) => JSON.parse(JSON.stringify(value)) as never;
  await store.batch([
    ...archive.customers.map((value) => ({ op: 'put' as const, kind: 'customer' as const, value: json(value) })),
    ...archive.contacts.map((value) => ({ op: 'put' as const, kind: 'contact' as const, value: json(value) })),
    ...archive.interactions.map((value) => ({ op: 'put' as const, kind: 'interaction' as const, value: json(value) })),
  ]);
  return store;
}

/** A store whose reads never answer: the loading state. */
export function pendingStore(): Store {
  const never = () => new Promise<never>(() => {});
  return { subscribe: () => ({ ready: Promise.resolve(), unsubscribe() {} }), get: never, list: never, history: never } as unknown as Store;
}

/** A store whose reads fail: the error state. */
export function failingStore(message = 'connection refused (ECONNREFUSED)'): Store {
  const fail = () => Promise.reject(new Error(message));
  return { subscribe: () => ({ ready: Promise.resolve(), unsubscribe() {} }), get: fail, list: fail, history: fail } as unknown as Store;
}
