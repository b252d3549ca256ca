import { computeCustomerFigures, dayNumber, isoDate, NO_DAY } from '@dossier/core';
import type { Store, StoreViewer } from '@dossier/storage-adapters';
import type { ListFigures } from './store-rows.js';

/** The window of the list's revenue: the twelve months (365 days) up to and including the day. */
export const listRevenueDays = 365;

/**
 * Current revenue and last purchase of some customers, from the store's transaction lines (not
 * a grading run's snapshot): revenue over the 365 days up to and including `asOf`, and the last
 * purchase on or before it (any time). Reads only the lines of `customerIds` (the page shown, or
 * for an export every customer the list finds), a thousand customers at a time.
 * Customers without lines get revenue 0 and no last purchase.
 *
 * @example
 * const byId = await currentFigures(store, ['C-1'], { asOf: '2026-12-07' });
 * byId.get('C-1') // { revenue: 150.15, lastPurchase: '2026-10-12' }
 */
export async function currentFigures(
  store: Pick<Store, 'readTransactionColumns'>,
  customerIds: readonly string[],
  options: { asOf: string; viewer?: StoreViewer | undefined },
): Promise<Map<string, ListFigures>> {
  const out = new Map<string, ListFigures>();
  const day = dayNumber(options.asOf);
  if (day === undefined) return out;
  // The window's end is exclusive: the day after `asOf`, so that today's purchases count.
  const end = isoDate(day + 1);
  for (let i = 0; i < customerIds.length; i += 1000) {
    const ids = customerIds.slice(i, i + 1000);
    const columns = await store.readTransactionColumns({ customerIds: ids, to: end, ...(options.viewer ? { viewer: options.viewer } : {}) });
    const figures = computeCustomerFigures(columns, { asOf: end, windowDays: listRevenueDays, customerIds: ids });
    const wanted = new Set(ids);
    figures.customerIds.forEach((id, k) => {
      if (!wanted.has(id)) return;
      const last = figures.lastPurchaseEverDay[k]!;
      out.set(id, { revenue: figures.revenue[k]!, ...(last === NO_DAY ? {} : { lastPurchase: isoDate(last) }) });
    });
  }
  return out;
}
