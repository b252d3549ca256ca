import { BookError, dayNumber, isoDate, isTransactionColumns, isWholeFen, TransactionColumnsBuilder } from '@dossier/core';
import type { MessageParams, TransactionColumns, TransactionLine } from '@dossier/core';
import { adapterError, adapterIssue, checkInteger } from './adapter-errors.js';
import type { StoreError } from './errors.js';
import type { AdapterMessageKey } from './adapter-messages.js';
import type { JsonObject } from './json.js';
import type { KindDefinition, KindTable, RecordMap, StampContext } from './kinds.js';
import { indexOf } from './kinds.js';
import type { PlanContext } from './plan.js';
import { diffFields, migrateJson, rowKey } from './plan.js';
import { invalidRecordError } from './record-issues.js';
import type { RevisionRow } from './records.js';
import type { ImportTransactionsOptions, ReadColumnsOptions } from './store.js';

// Day numbers of 1000-01-01 and 9999-12-31: every day number in between is a calendar date
// that `dayNumber` reads back (it does not handle years before 100).
const firstDay = dayNumber('1000-01-01')!;
const lastDay = dayNumber('9999-12-31')!;

/**
 * The chunk size of a bulk import when neither the caller nor the adapter says.
 *
 * @example
 * await store.importTransactions(book, { importId: 'erp', chunkSize: defaultImportChunkSize * 2 });
 */
export const defaultImportChunkSize = 5000;

/**
 * The largest chunk size of a bulk import (lines per atomic chunk).
 *
 * @example
 * await store.importTransactions(book, { importId: 'erp', chunkSize: maxImportChunkSize });
 */
export const maxImportChunkSize = 100_000;

/**
 * The longest window of `customerFigures`, in days (100 years).
 *
 * @example
 * await store.customerFigures?.({ asOf: '2026-01-01', windowDays: maxWindowDays });
 */
export const maxWindowDays = 36_600;

/**
 * Checks the numeric options of `importTransactions` (every adapter calls it through
 * `prepareImport`): `chunkSize` is an integer from 1 to `maxImportChunkSize`. Throws `invalid`.
 *
 * @example
 * checkImportOptions({ importId: 'erp', chunkSize: 0 }) // throws invalid
 */
export function checkImportOptions(options: ImportTransactionsOptions): void {
  if (typeof options.importId !== 'string' || options.importId === '') {
    throw adapterError('invalid', 'invalidQuery', { kind: 'transaction', params: { issues: 'importId must be a non-empty string' } });
  }
  if (options.chunkSize !== undefined) checkInteger(options.chunkSize, 'chunkSize', 1, maxImportChunkSize, { kind: 'transaction' });
}

/**
 * Checks a `customerFigures` query: `asOf` a calendar date (YYYY-MM-DD, years 1000–9999) and
 * `windowDays` an integer from 1 to `maxWindowDays`. Throws `invalid` naming the option.
 *
 * @example
 * checkFiguresQuery({ asOf: '2026-13-01', windowDays: 365 }) // throws invalid
 */
export function checkFiguresQuery(query: { asOf: unknown; windowDays: unknown }): void {
  const day = typeof query.asOf === 'string' ? dayNumber(query.asOf) : undefined;
  if (day === undefined || day < firstDay || day > lastDay) {
    throw adapterError('invalid', 'invalidQuery', { path: 'asOf', params: { issues: `asOf: "${String(query.asOf)}" is not a calendar date (YYYY-MM-DD)` } });
  }
  checkInteger(query.windowDays, 'windowDays', 1, maxWindowDays);
}

/** What names a transaction field in the store's messages: the kind's `fieldLabel`, else the path. */
type Labels = Pick<KindDefinition<{ id: string }>, 'fieldLabel'> | undefined;

/**
 * The `invalid` error of import line `line`: one issue at `path`, worded from the store's
 * catalogue in every locale with the field named by the transaction kind's `fieldLabel` (core's
 * labels with `dossierKinds`), else by its path; built only for a bad line.
 */
function lineError(label: Labels, line: number, path: string, key: AdapterMessageKey, params: MessageParams = {}, id?: string): StoreError {
  const issue = adapterIssue(path, key, (locale) => ({ ...params, field: label?.fieldLabel?.(path, locale) ?? path }));
  return invalidRecordError('transaction', id, [issue], { line });
}

/** Money is whole fen (core's `isWholeFen`): a finite number with at most two decimals. */
function wholeFenOrMissing(values: Float64Array | undefined, i: number): boolean {
  if (!values) return true;
  const value = values[i]!;
  return Number.isNaN(value) || isWholeFen(value);
}

/** The error of a money or quantity value that is not whole fen (a number) or not a number at all. */
function numberError(label: Labels, line: number, field: string, value: unknown, id?: string): StoreError {
  const key = typeof value === 'number' && Number.isFinite(value) ? 'issueLineFen' : 'issueLineNumber';
  return lineError(label, line, field, key, { value: String(value) }, id);
}

function finiteOrMissing(values: Float64Array | undefined, i: number): boolean {
  if (!values) return true;
  const value = values[i]!;
  return Number.isNaN(value) || Number.isFinite(value);
}

/**
 * The opening every adapter's `importTransactions` shares: the book checked and keyed
 * (`prepareImport`), who writes (`by`, else the store's actor), when (one instant for every line)
 * and the chunk size (the call's, else the store's default).
 *
 * @example
 * const { columns, ids, by, at, chunkSize } = openImport(book, importOptions, { actor, now, chunkSize: defaultChunk });
 */
export function openImport(
  book: TransactionColumns | Iterable<TransactionLine>,
  options: ImportTransactionsOptions,
  store: { actor: string; now: () => string; chunkSize: number; transactionKind?: Labels },
): { columns: TransactionColumns; ids: readonly string[]; by: string; at: string; chunkSize: number } {
  const { columns, ids } = prepareImport(book, options, store.transactionKind);
  return { columns, ids, by: options.by ?? store.actor, at: store.now(), chunkSize: Math.max(1, options.chunkSize ?? store.chunkSize) };
}

/**
 * Checks a book for import and returns it as columns with the record id of every line.
 * Throws `invalid` with the 1-based line number of the first bad line (no customer id, not a
 * calendar date, amount, cost or paid not a finite number of whole fen, a duplicate id …), before
 * anything is written. Fields are named by the transaction kind's `fieldLabel` (`label`), else
 * by their path.
 *
 * @example
 * const { columns, ids } = prepareImport(lines, { importId: 'erp-2025-06' });
 */
export function prepareImport(
  book: TransactionColumns | Iterable<TransactionLine>,
  options: ImportTransactionsOptions,
  label?: Labels,
): { columns: TransactionColumns; ids: readonly string[] } {
  checkImportOptions(options);
  let columns: TransactionColumns;
  if (isTransactionColumns(book as TransactionColumns)) {
    columns = book as TransactionColumns;
  } else {
    const builder = new TransactionColumnsBuilder();
    let line = 0;
    for (const item of book as Iterable<TransactionLine>) {
      line++;
      const day = typeof item.date === 'string' ? dayNumber(item.date) : undefined;
      if (day === undefined) throw lineError(label, line, 'date', 'issueLineDate', { value: String(item.date) });
      try {
        builder.push(item.customerId, day, item.amount, item);
      } catch (error) {
        // an amount, cost or paid that is not whole fen (core's money rule), named by field
        if (error instanceof BookError) {
          const field = String(error.params['field']);
          throw numberError(label, line, field, (item as unknown as Record<string, unknown>)[field]);
        }
        throw error;
      }
    }
    columns = builder.finish();
  }
  const ids = options.ids ?? Array.from({ length: columns.length }, (_, i) => `${options.importId}:${i + 1}`);
  if (ids.length !== columns.length) {
    throw lineError(label, Math.min(ids.length, columns.length) + 1, 'id', 'issueLineIds', { ids: ids.length, lines: columns.length });
  }
  const seen = new Map<string, number>();
  for (let i = 0; i < columns.length; i++) {
    const line = i + 1;
    const id = ids[i]!;
    if (typeof id !== 'string' || id === '') throw lineError(label, line, 'id', 'issueIdEmpty');
    const first = seen.get(id);
    if (first !== undefined) throw lineError(label, line, 'id', 'issueLineDuplicate', { value: id, first }, id);
    seen.set(id, line);
    const customerId = columns.customerIds[columns.customer[i]!];
    if (typeof customerId !== 'string' || customerId === '') throw lineError(label, line, 'customerId', 'issueLineEmpty', {}, id);
    const day = columns.day[i]!;
    if (!(day >= firstDay && day <= lastDay)) throw lineError(label, line, 'date', 'issueLineDay', {}, id);
    if (!isWholeFen(columns.amount[i]!)) throw numberError(label, line, 'amount', columns.amount[i]!, id);
    if (!wholeFenOrMissing(columns.cost, i)) throw numberError(label, line, 'cost', columns.cost![i]!, id);
    if (!wholeFenOrMissing(columns.paid, i)) throw numberError(label, line, 'paid', columns.paid![i]!, id);
    if (!finiteOrMissing(columns.quantity, i)) throw numberError(label, line, 'quantity', columns.quantity![i]!, id);
  }
  return { columns, ids };
}

// ISO dates of recent day numbers: a book has a few hundred distinct days, and building the
// text through `Date` per line was a tenth of an import's time in JavaScript.
const isoDays = new Map<number, string>();
const isoDay = (day: number): string => {
  let text = isoDays.get(day);
  if (text === undefined) {
    if (isoDays.size >= 10_000) isoDays.clear();
    isoDays.set(day, (text = isoDate(day)));
  }
  return text;
};

/**
 * The JSON of line `i` of a book as a `transactions` record: the `TransactionLine` fields plus
 * `id`; missing optional values are left out.
 *
 * @example
 * transactionJson(columns, 0, 'erp:1') // { id: 'erp:1', customerId: 'c1', date: '2025-01-02', amount: 100 }
 */
export function transactionJson(columns: TransactionColumns, i: number, id: string): JsonObject {
  const json: JsonObject = {
    id,
    customerId: columns.customerIds[columns.customer[i]!]!,
    date: isoDay(columns.day[i]!),
    amount: columns.amount[i]!,
  };
  // Module-level helpers, not closures: this runs once per imported line.
  setNumber(json, 'cost', columns.cost, i);
  setNumber(json, 'paid', columns.paid, i);
  setNumber(json, 'quantity', columns.quantity, i);
  setLabel(json, 'orderId', columns.order, columns.orderIds, i);
  setLabel(json, 'productId', columns.product, columns.productIds, i);
  setLabel(json, 'category', columns.category, columns.categories, i);
  return json;
}

function setNumber(json: JsonObject, name: string, values: Float64Array | undefined, i: number): void {
  const value = values?.[i];
  if (value !== undefined && !Number.isNaN(value)) json[name] = value;
}

function setLabel(json: JsonObject, name: string, index: Int32Array | undefined, dictionary: readonly string[] | undefined, i: number): void {
  const at = index?.[i];
  if (at !== undefined && at >= 0 && dictionary?.[at] !== undefined) json[name] = dictionary[at]!;
}

/**
 * A filter for `readTransactionColumns` options, on the line's customer id and ISO date.
 *
 * @example
 * const keep = columnsFilter({ from: '2025-01-01' });
 * keep('c1', '2024-12-31') // false
 */
export function columnsFilter(options: ReadColumnsOptions = {}): (customerId: string, date: string) => boolean {
  const customers = options.customerIds ? new Set(options.customerIds) : undefined;
  const { from, to } = options;
  return (customerId, date) =>
    (!customers || customers.has(customerId)) && (from === undefined || date >= from) && (to === undefined || date < to);
}

/**
 * Appends a `transactions` record's JSON to a columns builder (the read path of the memory and
 * IndexedDB adapters). Returns false, appending nothing, when the JSON is not a usable line.
 *
 * @example
 * for (const json of rows) appendTransactionJson(builder, json);
 */
export function appendTransactionJson(builder: TransactionColumnsBuilder, json: JsonObject): boolean {
  const { customerId, date, amount } = json;
  if (typeof customerId !== 'string' || typeof date !== 'string' || typeof amount !== 'number') return false;
  const day = dayNumber(date);
  if (day === undefined) return false;
  const num = (value: unknown) => (typeof value === 'number' ? value : undefined);
  const str = (value: unknown) => (typeof value === 'string' ? value : undefined);
  builder.push(customerId, day, amount, {
    cost: num(json['cost']),
    paid: num(json['paid']),
    quantity: num(json['quantity']),
    orderId: str(json['orderId']),
    productId: str(json['productId']),
    category: str(json['category']),
  });
  return true;
}

/**
 * The fields of a transaction record that an imported line sets.
 *
 * @example
 * transactionLineFields.includes('amount') // true
 */
export const transactionLineFields = ['customerId', 'date', 'amount', 'cost', 'paid', 'quantity', 'orderId', 'productId', 'category'] as const;

function sameLine(stored: JsonObject, fresh: JsonObject): boolean {
  return transactionLineFields.every((field) => stored[field] === fresh[field]);
}

function stampAndCheck<R extends RecordMap>(
  kinds: KindTable<R>,
  fresh: JsonObject,
  line: number,
  stamp: StampContext,
): JsonObject {
  const definition = kinds.transaction as KindDefinition<{ id: string }>;
  const json = definition.stamp ? definition.stamp(fresh, stamp) : fresh;
  // The kind's quick check, else (or when it is unsure) its decode, which names what is wrong.
  if (definition.accepts?.(json)) return json;
  const decoded = definition.decode(json);
  if (!decoded.ok) throw invalidRecordError('transaction', fresh['id'] as string, decoded.issues, { line });
  return json;
}

/**
 * Validates every line of an import against the `transaction` kind's schema (after stamping),
 * so that an adapter that writes chunk by chunk can reject a bad book before its first chunk.
 * Throws `invalid` with the 1-based line number.
 *
 * @example
 * const { columns, ids } = prepareImport(book, options);
 * checkImportLines(columns, ids, kinds, { at, by });
 */
export function checkImportLines<R extends RecordMap>(
  columns: TransactionColumns,
  ids: readonly string[],
  kinds: KindTable<R>,
  context: { at: string; by: string },
): void {
  for (let i = 0; i < columns.length; i++) {
    stampAndCheck(kinds, transactionJson(columns, i, ids[i]!), i + 1, { ...context, previous: undefined });
  }
}

/**
 * Plans one chunk (`start` … `end`, exclusive) of an import: the revision rows of lines that are
 * new or changed, and how many lines are already stored unchanged. `heads` holds the current
 * revision (or undefined) of every id of the chunk, keyed by `rowKey('transaction', id)`.
 * A removed line that is imported again is written again (a new live revision).
 *
 * @example
 * const { rows, unchanged } = planImportChunk(columns, ids, 0, 5000, { kinds, heads, by, at });
 */
export function planImportChunk<R extends RecordMap>(
  columns: TransactionColumns,
  ids: readonly string[],
  start: number,
  end: number,
  context: PlanContext<R>,
): { rows: RevisionRow[]; unchanged: number } {
  const { kinds, heads, by, at } = context;
  const definition = kinds.transaction as KindDefinition<{ id: string }>;
  const rows: RevisionRow[] = [];
  let unchanged = 0;
  for (let i = start; i < end; i++) {
    const id = ids[i]!;
    const head = heads.get(rowKey('transaction', id));
    const fresh = transactionJson(columns, i, id);
    const previous = head ? migrateJson(definition, head.data, head.version, head) : undefined;
    if (head && !head.deleted && previous && sameLine(previous, fresh)) {
      unchanged++;
      continue;
    }
    const data = stampAndCheck(kinds, fresh, i + 1, { at, by, previous });
    rows.push({
      kind: 'transaction',
      id,
      rev: (head?.rev ?? 0) + 1,
      at,
      by,
      deleted: false,
      op: 'import',
      version: definition.version,
      data,
      changes: diffFields(head && !head.deleted ? previous : undefined, data),
      index: indexOf(definition, data),
    });
  }
  return { rows, unchanged };
}
