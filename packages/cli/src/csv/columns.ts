import { recogniseHeader } from '@dossier/core';
import type { ColumnMapping } from '@dossier/core';
import { CliError } from '../errors.js';

/**
 * Header recognition shared with `dossier import`: a header is read by core's dictionary of the
 * words Chinese and English exports use (客户编码, 单据日期, 价税合计, 销售订单号, 地区, 业务员 …, see
 * `recogniseHeader`), after the user's own mapping (`--map`, `--mapping`). The command's columns
 * are named in snake_case; the names of core's fields are translated here.
 */
const transactionNames: Readonly<Record<string, string>> = {
  customerId: 'customer_id',
  date: 'date',
  amount: 'amount',
  cost: 'cost',
  paid: 'paid',
  quantity: 'quantity',
  orderId: 'order_id',
  productId: 'product_id',
  productName: 'product_name',
  category: 'category',
  salespersonId: 'rep',
  id: 'line_id',
};
/** Customer fields that are attributes for grading rules and `analyze`, by their command names. */
const customerNames: Readonly<Record<string, string>> = {
  id: 'customer_id',
  'name.zh': 'name',
  'name.en': 'name_en',
  territory: 'region',
  salespersonId: 'rep',
  industry: 'industry',
  nature: 'nature',
  kind: 'kind',
  'relationship.stage': 'stage',
  'grade.current': 'grade',
  'addresses[0].province': 'province',
  'addresses[0].city': 'city',
};

/**
 * The core field a customer attribute column stands for (`region` → `territory`), for its label
 * in core's catalogue; undefined for a column of the user's own.
 *
 * @example
 * customerFieldOf('rep') // 'salespersonId'
 * customerFieldOf('potential') // undefined
 */
export function customerFieldOf(column: string): string | undefined {
  return Object.entries(customerNames).find(([, name]) => name === column)?.[0];
}

/** Which file a header belongs to. */
export type ColumnKind = 'transaction' | 'customer';

/** Header text (trimmed) → the command's column name, or null to skip the column. */
export type ColumnOverrides = ReadonlyMap<string, string | null>;

/**
 * The command's name of a field given as a command column name (`customer_id`) or as a core
 * field path (`customerId`, what `dossier import --save-mapping` writes); an empty text skips.
 *
 * @example
 * columnName('customerId') // 'customer_id'
 * columnName('') // null
 */
export function columnName(field: string): string | null {
  const trimmed = field.trim();
  if (trimmed === '') return null;
  return transactionNames[trimmed] ?? customerNames[trimmed] ?? trimmed;
}

/**
 * The core field path of a field given as a core path (`customerId`) or a command column name
 * (`customer_id`), for `dossier import --map`; an empty text skips the column.
 *
 * @example
 * fieldPath('customer_id') // 'customerId'
 * fieldPath('name.zh') // 'name.zh'
 */
export function fieldPath(field: string): string | null {
  const trimmed = field.trim();
  if (trimmed === '') return null;
  const byName = (names: Readonly<Record<string, string>>) => Object.keys(names).find((path) => names[path] === trimmed);
  return byName(transactionNames) ?? trimmed;
}

/**
 * The overrides of `--map column=field` options and a saved mapping (of `dossier import`) for
 * one kind of file. `--map` wins over the saved mapping.
 *
 * @example
 * columnOverrides(['金额（元）=amount', '备注='], undefined, 'transaction')
 * // Map { '金额（元）' => 'amount', '备注' => null }
 */
export function columnOverrides(maps: readonly string[], saved: ColumnMapping | undefined, kind: ColumnKind): ColumnOverrides {
  const out = new Map<string, string | null>();
  if (saved?.kind === kind) for (const [header, path] of Object.entries(saved.columns)) out.set(header.trim(), path === null ? null : columnName(path));
  for (const map of maps) {
    const [header, field] = mapOption(map);
    out.set(header, columnName(field));
  }
  return out;
}

/**
 * One `--map COLUMN=FIELD` option split at its last `=` (a `CliError` when it has none).
 *
 * @example
 * mapOption('价税合计=amount') // ['价税合计', 'amount']
 */
export function mapOption(map: string): [header: string, field: string] {
  const at = map.lastIndexOf('=');
  if (at <= 0) throw new CliError('invalid-option', { option: '--map', value: map, expected: 'COLUMN=FIELD, e.g. 价税合计=amount' });
  return [map.slice(0, at).trim(), map.slice(at + 1)];
}

/**
 * The canonical name of a header cell: the user's mapping first, then core's recognition for the
 * kind of file (for a transactions file, customer attributes such as 地区 → `region` too), else
 * the header trimmed, lower-case, spaces and hyphens as underscores. `''` skips the column.
 *
 * @example
 * canonicalColumn(' Customer ID ') // 'customer_id'
 * canonicalColumn('价税合计') // 'amount'
 * canonicalColumn('地区') // 'region'
 */
export function canonicalColumn(header: string, kind: ColumnKind = 'transaction', overrides?: ColumnOverrides): string {
  const trimmed = header.trim();
  if (overrides?.has(trimmed)) return overrides.get(trimmed) ?? '';
  if (trimmed === '') return '';
  const own = recogniseHeader(kind, trimmed);
  const named = own === undefined ? undefined : (kind === 'transaction' ? transactionNames : customerNames)[own];
  if (named !== undefined) return named;
  if (kind === 'transaction' && own === undefined) {
    const attribute = recogniseHeader('customer', trimmed);
    const name = attribute === undefined || attribute === 'id' ? undefined : customerNames[attribute];
    if (name !== undefined) return name;
  }
  return trimmed.toLowerCase().replace(/[\s-]+/g, '_');
}

/**
 * Whether a row is a header of this kind of file: two or more of its cells are known column
 * names (title rows above the header are skipped by the reader).
 *
 * @example
 * isHeaderRow(['客户编码', '单据日期', '价税合计'], ['customer_id', 'date', 'amount']) // true
 */
export function isHeaderRow(fields: readonly string[], known: readonly string[], kind: ColumnKind = 'transaction', overrides?: ColumnOverrides): boolean {
  let hits = 0;
  for (const field of fields) if (field.trim() !== '' && known.includes(canonicalColumn(field, kind, overrides))) hits++;
  return hits >= Math.min(2, known.length);
}

/**
 * Finds the position of each wanted column in a header row. Required columns that are
 * missing, and two columns read as the same field, are errors naming the file and columns.
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
  kind: ColumnKind = 'transaction',
  overrides?: ColumnOverrides,
): Record<R, number> & Partial<Record<O, number>> {
  const positions = new Map<string, number>();
  header.forEach((cell, index) => {
    const name = canonicalColumn(cell, kind, overrides);
    if (name === '') return;
    const first = positions.get(name);
    if (first !== undefined) {
      throw new CliError('duplicate-column', { file, line, column: index + 1, name, first: header[first]!.trim(), second: cell.trim() });
    }
    positions.set(name, index);
  });
  // A product name stands in for a product code when the file has no code.
  if (!positions.has('product_id') && positions.has('product_name')) positions.set('product_id', positions.get('product_name')!);
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
