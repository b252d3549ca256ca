// Column redaction: transaction columns, customer figures and grading runs as a viewer may see
// them (a line's or customer's amounts only where the transaction field rules let the viewer read).
import { canRead, recordFieldRules, sameJson, type CustomerFigures, type TransactionColumns, type Viewer } from '@dossier/core';
import type { RecordMap } from '../contract/index.js';
import type { PrivacyContext } from './context.js';
import { readsAllMoney, redactGradingRun } from './grading-run-redaction.js';

import { redactTransactionColumns } from './redact-columns.js';

// Whether a book's columns hold a transaction field (the lines of a book hold no free text).
export function columnHolds(columns: TransactionColumns, path: string): boolean {
  const held: Record<string, boolean> = {
    customerId: true,
    date: true,
    amount: true,
    cost: columns.cost !== undefined,
    paid: columns.paid !== undefined,
    quantity: columns.quantity !== undefined,
    orderId: columns.order !== undefined,
    productId: columns.product !== undefined,
    category: columns.category !== undefined,
  };
  return held[path] ?? false;
}

// The transaction fields that make up its columns.
const columnFields = ['customerId', 'date', 'amount', 'cost', 'paid', 'quantity', 'orderId', 'productId', 'category'] as const;
type ColumnAccess = Record<(typeof columnFields)[number], boolean>;

function columnAccess(viewer: Viewer, own: boolean): ColumnAccess {
  const rules = recordFieldRules('transaction');
  const context = own ? { ownerId: viewer.userId } : {};
  const access = {} as ColumnAccess;
  for (const field of columnFields) {
    const rule = rules.find((r) => r.path === field);
    access[field] = rule === undefined || canRead(viewer, rule, context);
  }
  return access;
}

const readsAll = (access: ColumnAccess) => columnFields.every((field) => access[field]);

/** The redactions of one privacy store's columns, figures and grading runs. */
export type ColumnRedaction = ReturnType<typeof columnRedaction>;

export function columnRedaction<R extends RecordMap>(ctx: PrivacyContext<R>) {
  const { customersOwnedBy } = ctx;

  // Which customers a viewer owns, when ownership changes what it may read of transactions.
  const ownedCustomers = async (viewer: Viewer): Promise<Set<string> | undefined> =>
    sameJson(columnAccess(viewer, true), columnAccess(viewer, false)) ? undefined : customersOwnedBy(viewer.userId);

  // A grading run as the viewer may see it: the figures and columns rule (see redactGradingRun).
  const redactRun = async <T>(run: T, viewer: Viewer): Promise<T> => {
    const own = columnAccess(viewer, true);
    const other = columnAccess(viewer, false);
    if (readsAllMoney(other) && readsAllMoney(own)) return run;
    const owned = (await ownedCustomers(viewer)) ?? new Set<string>();
    return redactGradingRun(run, (customerId) => (owned.has(customerId) ? own : other));
  };

  const redactColumns = async (columns: TransactionColumns, viewer: Viewer): Promise<TransactionColumns> => {
    const owned = await ownedCustomers(viewer);
    const own = columnAccess(viewer, true);
    const other = columnAccess(viewer, false);
    if (readsAll(other) && (owned === undefined || readsAll(own))) return columns;
    return redactTransactionColumns(columns, (customerId) => (owned?.has(customerId) ? own : other));
  };

  const redactFigures = async (figures: CustomerFigures, viewer: Viewer): Promise<CustomerFigures> => {
    const owned = await ownedCustomers(viewer);
    const own = columnAccess(viewer, true);
    const other = columnAccess(viewer, false);
    if (readsAll(other) && (owned === undefined || readsAll(own))) return figures;
    const kept: number[] = [];
    figures.customerIds.forEach((id, i) => {
      const access = owned?.has(id) ? own : other;
      if (access.customerId) kept.push(i);
    });
    const pick = <A extends Float64Array | Int32Array>(array: A, hide?: (i: number) => boolean): A => {
      const out = new (array.constructor as new (n: number) => A)(kept.length);
      kept.forEach((from, to) => (out[to] = hide?.(from) ? Number.NaN : array[from]!));
      return out;
    };
    const accessOf = (i: number) => (owned?.has(figures.customerIds[i]!) ? own : other);
    return {
      ...figures,
      customerIds: kept.map((i) => figures.customerIds[i]!),
      revenue: pick(figures.revenue, (i) => !accessOf(i).amount),
      cost: pick(figures.cost, (i) => !accessOf(i).cost),
      paid: pick(figures.paid, (i) => !accessOf(i).paid),
      quantity: pick(figures.quantity, (i) => !accessOf(i).quantity),
      orders: pick(figures.orders),
      lines: pick(figures.lines),
      lastPurchaseDay: pick(figures.lastPurchaseDay),
      firstPurchaseDay: pick(figures.firstPurchaseDay),
      lastPurchaseEverDay: pick(figures.lastPurchaseEverDay),
    };
  };

  return { ownedCustomers, redactRun, redactColumns, redactFigures };
}
