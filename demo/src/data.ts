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
