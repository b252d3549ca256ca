// Transaction lines as columnar chunks: a derived cache of the `transaction` store that
// `readTransactionColumns` reads with a few `getAll`s of typed arrays instead of one
// structured-clone object per line. The rows stay the source of truth (single reads, history,
// revisions); every write that touches a line updates the chunks in the SAME IndexedDB
// transaction, so the cache is never stale and never survives an erasure.
//
// A line row carries either `lineChunk` (the key of the chunk holding its values) or `loose: 1`
// (a live line written one by one, read row-wise through the sparse `loose` index). A tombstone
// carries neither. When a chunked line is written again or removed, its chunk is rewritten
// without it (dictionaries re-encoded, so an erased id leaves no trace in the chunk).
import { Dictionary, TransactionColumnsBuilder, isoDate } from '@dossier/core';
import type { TransactionColumns } from '@dossier/core';
import { appendTransactionJson, columnsFilter, migrateJson } from '../contract/index.js';
import type { JsonObject, KindDefinition, ReadColumnsOptions, RevisionRow } from '../contract/index.js';
import { idbRequest } from './requests.js';

/** The object store of line chunks (key `key`, a multi-entry index `customers` on their customer ids). */
export const lineChunkStoreName = 'lineChunks';
/** The multi-entry index of chunks by the customers they hold lines of. */
export const chunkCustomerIndex = 'customers';
/** The sparse index of the `transaction` store over the lines kept outside chunks. */
export const looseIndex = 'loose';

/**
 * A stored chunk: the columns of some live lines, their ids, and the kind version they were
 * built at. The ids are one JSON text (one string to clone instead of thousands: a read for
 * grading does not need them; a rewrite parses them, see `chunkIds`).
 */
export interface LineChunk {
  key: string;
  version: number;
  ids: string;
  customerIds: readonly string[];
  columns: TransactionColumns;
}

/** The fields a stored line row may carry beyond its revision (see the module comment). */
export type LineRow = RevisionRow & { lineChunk?: string; loose?: 1 };

/** A row without the chunk bookkeeping (what goes to history). */
export function withoutLineFields<T extends object>(row: T): T {
  if (!('lineChunk' in row) && !('loose' in row)) return row;
  const { lineChunk: _chunk, loose: _loose, ...rest } = row as T & { lineChunk?: unknown; loose?: unknown };
  return rest as T;
}

/** The line ids of a chunk, in the order of its columns. */
export function chunkIds(chunk: LineChunk): string[] {
  return JSON.parse(chunk.ids) as string[];
}

const newChunkKey = () =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

/** The line's JSON at the kind's current version. */
function lineJson(definition: KindDefinition<{ id: string }>, row: RevisionRow): JsonObject {
  return row.version === definition.version ? row.data : migrateJson(definition, row.data, row.version, row);
}

/** Appends a line's JSON; false (nothing appended) for a line the row-wise read would not give or would refuse. */
function appendLine(builder: TransactionColumnsBuilder, json: JsonObject): boolean {
  try {
    return appendTransactionJson(builder, json);
  } catch {
    return false; // kept loose: the read refuses it as the row-wise read always did
  }
}

/**
 * Lines per chunk at most (an import chunk of the default 5000 lines makes one chunk). Measured
 * in Chromium on 100k lines: chunks of 600 lines (under the 64 KiB above which a value is kept
 * as a blob) read about twice slower than chunks of 5000.
 */
export const lineChunkLines = 5000;

/**
 * Builds chunks of at most `lineChunkLines` of the live rows among `rows` (a line that is not a
 * usable line is left out: the row-wise read leaves it out too).
 */
export function buildChunks(definition: KindDefinition<{ id: string }>, rows: readonly RevisionRow[]): LineChunk[] {
  const chunks: LineChunk[] = [];
  let builder = new TransactionColumnsBuilder(Math.min(rows.length, lineChunkLines));
  let ids: string[] = [];
  const flush = () => {
    if (ids.length === 0) return;
    const columns = builder.finish();
    chunks.push({ key: newChunkKey(), version: definition.version, ids: JSON.stringify(ids), customerIds: columns.customerIds, columns });
    builder = new TransactionColumnsBuilder(lineChunkLines);
    ids = [];
  };
  for (const row of rows) {
    if (row.deleted) continue;
    if (appendLine(builder, lineJson(definition, row))) ids.push(row.id);
    if (ids.length >= lineChunkLines) flush();
  }
  flush();
  return chunks;
}

const orNaN = (column: Float64Array | undefined, i: number) => (column ? column[i]! : Number.NaN);

/** A dictionary code of `c` (`i`'s in `column`) as the target builder's code (`to`); -1 stays -1. */
const recode = (column: Int32Array | undefined, i: number, to: (code: number) => number) => {
  const at = column ? column[i]! : -1;
  return at < 0 ? -1 : to(at);
};

/** The builder's codes of a dictionary of `c` (a code of `c` → a code of the builder). */
type Recode = (code: number) => number;

/**
 * Pushes line `i` of `c` to `builder`: `customer` is already the builder's code, the order,
 * product and category codes go through `order`, `product` and `category`.
 */
function copyLine(builder: TransactionColumnsBuilder, c: TransactionColumns, i: number, customer: number, order: Recode, product: Recode, category: Recode): void {
  builder.pushCodes(
    customer,
    c.day[i]!,
    c.amount[i]!,
    orNaN(c.cost, i),
    orNaN(c.paid, i),
    orNaN(c.quantity, i),
    recode(c.order, i, order),
    recode(c.product, i, product),
    recode(c.category, i, category),
  );
}

/** The chunk without the lines of `drop`, dictionaries re-encoded; undefined when nothing is left. */
export function chunkWithout(chunk: LineChunk, drop: ReadonlySet<string>): LineChunk | undefined {
  const c = chunk.columns;
  const builder = new TransactionColumnsBuilder(c.length);
  const all = chunkIds(chunk);
  const ids: string[] = [];
  // Codes taken line by line, so that a value only the dropped lines had leaves no entry.
  const order: Recode = (k) => builder.orders.code(c.orderIds![k]!);
  const product: Recode = (k) => builder.products.code(c.productIds![k]!);
  const category: Recode = (k) => builder.categoryNames.code(c.categories![k]!);
  for (let i = 0; i < c.length; i++) {
    if (drop.has(all[i]!)) continue;
    ids.push(all[i]!);
    copyLine(builder, c, i, builder.customers.code(c.customerIds[c.customer[i]!]!), order, product, category);
  }
  if (ids.length === 0) return undefined;
  const columns = builder.finish();
  return { ...chunk, ids: JSON.stringify(ids), customerIds: columns.customerIds, columns };
}

/**
 * Rewrites the chunks that held lines now written again or removed (`dropped`: chunk key →
 * line ids), in the caller's readwrite transaction. Only IndexedDB requests are awaited.
 */
export async function dropFromChunks(chunks: IDBObjectStore, dropped: ReadonlyMap<string, Set<string>>): Promise<void> {
  await Promise.all(
    [...dropped].map(async ([key, ids]) => {
      const chunk = (await idbRequest(chunks.get(key))) as LineChunk | undefined;
      if (!chunk) return;
      const rest = chunkWithout(chunk, ids);
      if (rest) chunks.put(rest);
      else chunks.delete(key);
    }),
  );
}

/**
 * Concatenates columns, merging their dictionaries: typed-array copies for the numbers and one
 * look-up per dictionary entry and per line for the codes (the values were checked when the
 * chunks were built). An optional column is present when any part has it, as the builder does.
 */
export function concatColumns(parts: readonly TransactionColumns[]): TransactionColumns {
  const length = parts.reduce((n, part) => n + part.length, 0);
  const any = (pick: (c: TransactionColumns) => unknown) => parts.some((part) => pick(part) !== undefined);
  const numbers = (pick: (c: TransactionColumns) => Float64Array | undefined) => {
    if (!any(pick)) return undefined;
    const out = new Float64Array(length);
    let at = 0;
    for (const part of parts) {
      const column = pick(part);
      if (column) out.set(column, at);
      else out.fill(Number.NaN, at, at + part.length);
      at += part.length;
    }
    return out;
  };
  const codes = (pick: (c: TransactionColumns) => Int32Array | undefined, names: (c: TransactionColumns) => readonly string[] | undefined) => {
    if (!any(pick)) return undefined;
    const out = new Int32Array(length);
    const dictionary = new Dictionary();
    let at = 0;
    for (const part of parts) {
      const column = pick(part);
      if (!column) out.fill(-1, at, at + part.length);
      else {
        const remap = (names(part) ?? []).map((name) => dictionary.code(name));
        for (let i = 0; i < part.length; i++) out[at + i] = column[i]! < 0 ? -1 : remap[column[i]!]!;
      }
      at += part.length;
    }
    return { codes: out, values: dictionary.values };
  };
  const day = new Int32Array(length);
  let at = 0;
  for (const part of parts) {
    day.set(part.day, at);
    at += part.length;
  }
  const customer = codes((c) => c.customer, (c) => c.customerIds) ?? { codes: new Int32Array(0), values: [] };
  const cost = numbers((c) => c.cost);
  const paid = numbers((c) => c.paid);
  const quantity = numbers((c) => c.quantity);
  const order = codes((c) => c.order, (c) => c.orderIds);
  const product = codes((c) => c.product, (c) => c.productIds);
  const category = codes((c) => c.category, (c) => c.categories);
  return {
    length,
    customer: customer.codes,
    customerIds: customer.values,
    day,
    amount: numbers((c) => c.amount) ?? new Float64Array(0),
    ...(cost ? { cost } : {}),
    ...(paid ? { paid } : {}),
    ...(quantity ? { quantity } : {}),
    ...(order ? { order: order.codes, orderIds: order.values } : {}),
    ...(product ? { product: product.codes, productIds: product.values } : {}),
    ...(category ? { category: category.codes, categories: category.values } : {}),
  };
}

/**
 * The book of the chunks' lines and the loose rows, keeping the lines `options` select (same
 * test as the row-wise read: customer ids and ISO dates). Without a filter the chunks are
 * concatenated (`concatColumns`); with one, the lines are tested one by one.
 */
export function assembleColumns(
  definition: KindDefinition<{ id: string }>,
  chunks: readonly LineChunk[],
  loose: readonly RevisionRow[],
  options: ReadColumnsOptions,
): TransactionColumns {
  const keep = columnsFilter(options);
  const filtered = options.customerIds !== undefined || options.from !== undefined || options.to !== undefined;
  const looseBuilder = new TransactionColumnsBuilder(Math.max(16, loose.length));
  for (const row of loose) {
    if (row.deleted) continue;
    const json = lineJson(definition, row);
    if (keep(String(json['customerId']), String(json['date']))) appendTransactionJson(looseBuilder, json);
  }
  const looseColumns = looseBuilder.finish();
  if (!filtered) return concatColumns([...chunks.map((chunk) => chunk.columns), looseColumns]);
  const customerOk = columnsFilter({ ...(options.customerIds ? { customerIds: options.customerIds } : {}) });
  const dateOk = columnsFilter({ ...(options.from !== undefined ? { from: options.from } : {}), ...(options.to !== undefined ? { to: options.to } : {}) });
  const dayMemo = new Map<number, boolean>();
  const dayOk = (day: number) => {
    let ok = dayMemo.get(day);
    if (ok === undefined) dayMemo.set(day, (ok = dateOk('', isoDate(day))));
    return ok;
  };
  const builder = new TransactionColumnsBuilder(Math.max(16, chunks.reduce((n, chunk) => n + chunk.columns.length, 0)));
  for (const { columns: c } of chunks) {
    const customers = c.customerIds.map((id) => (customerOk(id, '') ? builder.customers.code(id) : -1));
    const orders = c.orderIds?.map((id) => builder.orders.code(id));
    const products = c.productIds?.map((id) => builder.products.code(id));
    const categories = c.categories?.map((id) => builder.categoryNames.code(id));
    const order: Recode = (k) => orders![k]!;
    const product: Recode = (k) => products![k]!;
    const category: Recode = (k) => categories![k]!;
    for (let i = 0; i < c.length; i++) {
      const customer = customers[c.customer[i]!]!;
      if (customer < 0 || !dayOk(c.day[i]!)) continue;
      copyLine(builder, c, i, customer, order, product, category);
    }
  }
  return concatColumns([builder.finish(), looseColumns]);
}

/**
 * Chunks the lines of an older database (schema < 5) while it upgrades: one cursor over the
 * `transaction` store puts every `size` live lines into a chunk and marks each row (`lineChunk`,
 * or `loose` for a live row that is not a usable line); `mark` adds what else a row of this
 * upgrade needs (the name-order key). Runs in the versionchange transaction: all or nothing with
 * the rest of the upgrade.
 */
export function chunkStoredLines(
  definition: KindDefinition<{ id: string }>,
  lines: IDBObjectStore,
  chunks: IDBObjectStore,
  mark: (row: RevisionRow) => object,
  size = lineChunkLines,
): void {
  let builder = new TransactionColumnsBuilder(size);
  let ids: string[] = [];
  let key = newChunkKey();
  const flush = () => {
    if (ids.length > 0) {
      const columns = builder.finish();
      chunks.put({ key, version: definition.version, ids: JSON.stringify(ids), customerIds: columns.customerIds, columns } satisfies LineChunk);
    }
    builder = new TransactionColumnsBuilder(size);
    ids = [];
    key = newChunkKey();
  };
  const cursor = lines.openCursor();
  cursor.onsuccess = () => {
    const at = cursor.result;
    if (!at) {
      flush();
      return;
    }
    const row = at.value as RevisionRow;
    const base = { ...withoutLineFields(row), ...mark(row) };
    if (row.deleted) at.update(base);
    else if (appendLine(builder, lineJson(definition, row))) {
      ids.push(row.id);
      at.update({ ...base, lineChunk: key });
      if (ids.length >= size) flush();
    } else at.update({ ...base, loose: 1 });
    at.continue();
  };
}
