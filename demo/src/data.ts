import type { Customer, GradingRun, Locale } from '@dossier/core';
import type { DossierRecords, Query, StoreKind, StoredRecord } from '@dossier/storage-adapters';
import type { DemoStore } from './seed.js';

/**
 * Every current record of a kind matching a query, page by page (a store returns at most
 * 1,000 per page).
 *
 * @example
 * const customers = await listAll(store, 'customer');
 */
export async function listAll<K extends StoreKind>(
  store: DemoStore,
  kind: K,
  query: Omit<Query, 'limit' | 'cursor'> = {},
): Promise<StoredRecord<DossierRecords[K], K>[]> {
  const out: StoredRecord<DossierRecords[K], K>[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.list(kind, { ...query, limit: 1000, ...(cursor ? { cursor } : {}) });
    out.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return out;
}

/** Every grading run, oldest first. */
export async function loadRuns(store: DemoStore): Promise<GradingRun[]> {
  const runs = (await listAll(store, 'grading-run')).map((r) => r.value);
  return runs.sort((a, b) => (a.asOf === b.asOf ? (a.ranAt ?? '').localeCompare(b.ranAt ?? '') : a.asOf.localeCompare(b.asOf)));
}

/**
 * A customer's display name in a locale.
 *
 * @example
 * displayName({ name: { zh: '杭州科技', en: 'Hangzhou Tech' } } as Customer, 'en') // 'Hangzhou Tech'
 */
export function displayName(customer: Pick<Customer, 'name' | 'id'>, locale: Locale): string {
  const name = customer.name as { zh?: string; en?: string } | undefined;
  return (locale === 'en' ? name?.en || name?.zh : name?.zh || name?.en) || customer.id;
}

/**
 * Every current record of a kind that belongs to the given customers, fetched through the
 * `customerId` index in groups of customers (one or two pages each), which is much cheaper than
 * paging through the whole kind on adapters that scan per page.
 *
 * @example
 * const interactions = await listForCustomers(store, 'interaction', customerIds);
 */
export async function listForCustomers<K extends 'contact' | 'interaction' | 'opportunity' | 'transaction'>(
  store: DemoStore,
  kind: K,
  customerIds: readonly string[],
  options: { groupSize?: number; viewer?: Query['viewer'] } = {},
): Promise<StoredRecord<DossierRecords[K], K>[]> {
  const size = options.groupSize ?? 150;
  const groups: string[][] = [];
  for (let i = 0; i < customerIds.length; i += size) groups.push(customerIds.slice(i, i + size));
  const pages = await Promise.all(groups.map((group) => listAll(store, kind, { customerId: group, viewer: options.viewer })));
  return pages.flat();
}
