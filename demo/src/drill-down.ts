// The customers behind a report's cell, bar, segment or row (the `dossier-drill-down` event of
// the report elements): the demo answers the event with this list, and with the customer list
// filtered where the list has the filter (grade, owner, region).
import { dayNumber, pinyinSortKey, type Customer, type TransactionColumns } from '@dossier/core';
import type { DrillDownDetail } from '@dossier/components';

/** Filters of the customer list a link may set (a report's drill-down): `#/customers?grade=A&owner=R001`. */
export interface ListFilter {
  grade?: string | undefined;
  owner?: string | undefined;
  region?: string | undefined;
}

/** What the list can filter on by itself: `#/customers?grade=A&owner=R001&region=华东`. */
export function listQuery(filter: DrillDownDetail['filter']): string | undefined {
  const query = new URLSearchParams();
  if (typeof filter.grade === 'string') query.set('grade', filter.grade);
  if (typeof filter.rep === 'string') query.set('owner', filter.rep);
  if (typeof filter.territory === 'string') query.set('region', filter.territory);
  const keys = Object.keys(filter).filter((k) => k !== 'rfm' && k !== 'segment');
  // Only when every condition of the filter is one the list has.
  return query.size > 0 && query.size === keys.length ? query.toString() : undefined;
}

/**
 * The customers a drill-down filter names, in the list's order (pinyin of the name). Conditions
 * combine with AND; `null` means "none given" (no grade, no owner…). `topCustomers` ranks by
 * revenue in the period; products and categories are the customers with a line of them in it.
 */
export function drillDownCustomers(detail: DrillDownDetail, data: { customers: readonly Customer[]; book: TransactionColumns; period: { from: string; to: string } }): Customer[] {
  const { filter } = detail;
  const { customers, book } = data;
  const start = dayNumber(detail.period?.from ?? data.period.from)!;
  const end = dayNumber(detail.period?.to ?? data.period.to)!;
  const inPeriod = (k: number) => book.day[k]! >= start && book.day[k]! < end;
  const buyers = (codes: Int32Array | undefined, names: readonly string[] | undefined, wanted: string | null): Set<string> => {
    const found = new Set<string>();
    for (let k = 0; k < book.length; k++) {
      const code = codes?.[k] ?? -1;
      const name = code >= 0 ? (names?.[code] ?? null) : null;
      if (name === wanted && inPeriod(k)) found.add(book.customerIds[book.customer[k]!]!);
    }
    return found;
  };
  let chosen = customers.filter(
    (c) =>
      (filter.grade === undefined || (c.grade.current ?? null) === filter.grade) &&
      (filter.rep === undefined || (c.salespersonId ?? null) === filter.rep) &&
      (filter.territory === undefined || (c.territory ?? null) === filter.territory) &&
      (filter.nature === undefined || (c.nature ?? null) === filter.nature) &&
      (filter.customerIds === undefined || filter.customerIds.includes(c.id)),
  );
  if (filter.product !== undefined) {
    const set = buyers(book.product, book.productIds, filter.product);
    chosen = chosen.filter((c) => set.has(c.id));
  }
  if (filter.category !== undefined) {
    const set = buyers(book.category, book.categories, filter.category);
    chosen = chosen.filter((c) => set.has(c.id));
  }
  if (filter.topCustomers !== undefined) {
    // Revenue in whole cents, exact as integers well below 2^53 for a demo's book.
    const revenue = new Map<string, number>();
    for (let k = 0; k < book.length; k++) {
      if (!inPeriod(k)) continue;
      const id = book.customerIds[book.customer[k]!]!;
      revenue.set(id, (revenue.get(id) ?? 0) + Math.round(book.amount[k]! * 100));
    }
    return chosen
      .filter((c) => (revenue.get(c.id) ?? 0) > 0)
      .sort((a, b) => (revenue.get(b.id) ?? 0) - (revenue.get(a.id) ?? 0) || (a.id < b.id ? -1 : 1))
      .slice(0, filter.topCustomers);
  }
  const key = (c: Customer) => pinyinSortKey(c.name.zh ?? c.name.en ?? '');
  return chosen.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
