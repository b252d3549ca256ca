import { Dictionary, type TransactionColumns } from '@dossier/core';

/** What a viewer may read of one line's fields (core's transaction rules, by ownership). */
export type LineAccess = Record<'customerId' | 'date' | 'amount' | 'cost' | 'paid' | 'quantity' | 'orderId' | 'productId' | 'category', boolean>;

/**
 * Transaction columns as a viewer may read them: a line whose customer or date it may not read
 * is left out; a number it may not read is NaN (hidden, not a value), an order, product or
 * category it may not read is missing (-1) and its text leaves the dictionaries. Built directly,
 * not through the book's builder, which refuses NaN amounts (a book must hold amounts; a
 * redacted view holds the absence of one).
 *
 * @example
 * redactTransactionColumns(columns, (customerId) => (owned.has(customerId) ? own : other))
 */
export function redactTransactionColumns(columns: TransactionColumns, accessOf: (customerId: string) => LineAccess): TransactionColumns {
  const kept: number[] = [];
  const access: LineAccess[] = [];
  for (let i = 0; i < columns.length; i++) {
    const line = accessOf(columns.customerIds[columns.customer[i]!]!);
    if (!line.customerId || !line.date) continue;
    kept.push(i);
    access.push(line);
  }
  const n = kept.length;
  const customers = new Dictionary();
  const orders = new Dictionary();
  const products = new Dictionary();
  const categories = new Dictionary();
  const customer = new Int32Array(n);
  const day = new Int32Array(n);
  const amount = new Float64Array(n);
  const number = (source: Float64Array | undefined, field: 'cost' | 'paid' | 'quantity') => {
    if (!source) return undefined;
    const out = new Float64Array(n);
    kept.forEach((from, to) => (out[to] = access[to]![field] ? source[from]! : Number.NaN));
    return out;
  };
  const coded = (index: Int32Array | undefined, values: readonly string[] | undefined, field: 'orderId' | 'productId' | 'category', into: Dictionary) => {
    if (!index) return undefined;
    const out = new Int32Array(n);
    kept.forEach((from, to) => {
      const at = index[from]!;
      out[to] = access[to]![field] && at >= 0 && values?.[at] !== undefined ? into.code(values[at]) : -1;
    });
    return out;
  };
  kept.forEach((from, to) => {
    customer[to] = customers.code(columns.customerIds[columns.customer[from]!]!);
    day[to] = columns.day[from]!;
    amount[to] = access[to]!.amount ? columns.amount[from]! : Number.NaN;
  });
  const cost = number(columns.cost, 'cost');
  const paid = number(columns.paid, 'paid');
  const quantity = number(columns.quantity, 'quantity');
  const order = coded(columns.order, columns.orderIds, 'orderId', orders);
  const product = coded(columns.product, columns.productIds, 'productId', products);
  const category = coded(columns.category, columns.categories, 'category', categories);
  return {
    length: n,
    customer,
    customerIds: customers.values,
    day,
    amount,
    ...(cost ? { cost } : {}),
    ...(paid ? { paid } : {}),
    ...(quantity ? { quantity } : {}),
    ...(order ? { order, orderIds: orders.values } : {}),
    ...(product ? { product, productIds: products.values } : {}),
    ...(category ? { category, categories: categories.values } : {}),
  };
}
