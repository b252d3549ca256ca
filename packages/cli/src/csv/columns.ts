import { CliError } from '../errors.js';

/**
 * Header names the command understands, with the spellings found in real exports: any
 * case, spaces or hyphens for underscores, and the usual Chinese column titles.
 */
const aliases: Record<string, string> = {
  customer: 'customer_id',
  customerid: 'customer_id',
  客户: 'customer_id',
  客户id: 'customer_id',
  客户编号: 'customer_id',
  客户代码: 'customer_id',
  日期: 'date',
  交易日期: 'date',
  订单日期: 'date',
  金额: 'amount',
  销售额: 'amount',
  销售金额: 'amount',
  成本: 'cost',
  订单号: 'order_id',
  订单编号: 'order_id',
  orderid: 'order_id',
  产品: 'product_id',
  产品编号: 'product_id',
  productid: 'product_id',
  类别: 'category',
  产品类别: 'category',
  数量: 'quantity',
  回款: 'paid',
  已付: 'paid',
  已付金额: 'paid',
  回款金额: 'paid',
};

/**
 * The canonical name of a header cell: trimmed, lower-case, spaces and hyphens as
 * underscores, known aliases resolved.
 *
 * @example
 * canonicalColumn(' Customer ID ') // 'customer_id'
 * canonicalColumn('金额') // 'amount'
 */
export function canonicalColumn(header: string): string {
  const name = header.trim().toLowerCase().replace(/[\s-]+/g, '_');
  return aliases[name] ?? aliases[name.replace(/_/g, '')] ?? name;
}

/**
 * Finds the position of each wanted column in a header row. Required columns that are
 * missing, and any column given twice, are errors naming the file and column.
 *
 * @example
 * locateColumns(['customer_id', 'date', 'amount'], ['customer_id', 'date'], [], 'a.csv', 1)
 * // { customer_id: 0, date: 1 }
 */
export function locateColumns<R extends string, O extends string>(
  header: readonly string[],
  required: readonly R[],
  optional: readonly O[],
  file: string,
  line: number,
): Record<R, number> & Partial<Record<O, number>> {
  const positions = new Map<string, number>();
  header.forEach((cell, index) => {
    const name = canonicalColumn(cell);
    if (name === '') return;
    if (positions.has(name)) throw new CliError('duplicate-column', { file, line, column: index + 1, name });
    positions.set(name, index);
  });
  const found: Record<string, number> = {};
  for (const name of required) {
    const index = positions.get(name);
    if (index === undefined) {
      throw new CliError('missing-column', { file, line, name, found: header.join(', ') });
    }
    found[name] = index;
  }
  for (const name of optional) {
    const index = positions.get(name);
    if (index !== undefined) found[name] = index;
  }
  return found as Record<R, number> & Partial<Record<O, number>>;
}
