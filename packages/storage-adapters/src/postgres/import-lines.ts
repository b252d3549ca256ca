import type { TransactionColumns } from '@dossier/core';
import { indexOf, transactionJson } from '../contract/index.js';
import type { JsonObject, KindDefinition, KindTable, RecordMap } from '../contract/index.js';
import { CopyRows, copyJson, copyRow, copyText } from './pg-copy.js';
import type { SqlQueryable } from './sql-client.js';

/**
 * One chunk of `importTransactions`, set-based, whatever the chunk's size:
 *
 * 1. Which lines have a head: the chunk's ids as one array (`unnest`), a key probe each.
 * 2. Only for those: classify, joined to their typed line. A live head whose line has the same
 *    nine values (customer, day, amount, cost, paid, quantity, order, product, category —
 *    compared as `numeric` and text in SQL, nothing read back) is unchanged. No row is locked:
 *    a concurrent writer of the same record writes the same revision number and one of the two
 *    fails on the revisions' primary key and runs again.
 * 3. The new lines (no head yet): revision 1 of each (its `changes` left NULL, "every field
 *    added", as every first revision), the heads with their query columns and the typed lines —
 *    by `COPY … FROM STDIN` into the three tables on node-postgres, else (PGlite) in one
 *    statement of data-modifying CTEs over `unnest`.
 *
 * Lines whose head exists but differs (an edited line, or one removed and imported again) are
 * returned for the caller's general path, which locks their heads and records what changed.
 *
 * After a chunk of new lines only, the next chunk skips steps 1 and 2 and writes every line as
 * new (3) behind a savepoint: on a first import the server probes nothing. A line that has a
 * head after all fails on a primary key; the chunk goes back to the savepoint and runs 1 – 3.
 */

/** The JS values of one chunk's lines, as the arrays `unnest` reads. */
interface LineArrays {
  id: string[];
  customerId: string[];
  day: number[];
  amount: string[];
  cost: (string | null)[];
  paid: (string | null)[];
  quantity: (string | null)[];
  orderId: (string | null)[];
  productId: (string | null)[];
  category: (string | null)[];
}

/** A money or quantity value as exact decimal text (shortest round-trip), NULL when missing. */
const decimal = (values: Float64Array | undefined, i: number) => {
  const value = values?.[i];
  return value === undefined || Number.isNaN(value) ? null : String(value);
};
const label = (index: Int32Array | undefined, dictionary: readonly string[] | undefined, i: number) => {
  const at = index?.[i] ?? -1;
  return at >= 0 ? (dictionary?.[at] ?? null) : null;
};

function lineArrays(columns: TransactionColumns, ids: readonly string[], lines: readonly number[]): LineArrays {
  const out: LineArrays = { id: [], customerId: [], day: [], amount: [], cost: [], paid: [], quantity: [], orderId: [], productId: [], category: [] };
  for (const i of lines) {
    out.id.push(ids[i]!);
    out.customerId.push(columns.customerIds[columns.customer[i]!]!);
    out.day.push(columns.day[i]!);
    out.amount.push(String(columns.amount[i]!));
    out.cost.push(decimal(columns.cost, i));
    out.paid.push(decimal(columns.paid, i));
    out.quantity.push(decimal(columns.quantity, i));
    out.orderId.push(label(columns.order, columns.orderIds, i));
    out.productId.push(label(columns.product, columns.productIds, i));
    out.category.push(label(columns.category, columns.categories, i));
  }
  return out;
}

const lineParams = (a: LineArrays) => [a.id, a.customerId, a.day, a.amount, a.cost, a.paid, a.quantity, a.orderId, a.productId, a.category];
/** `$1::text[], $2::text[], $3::int[], …`: the line arrays as parameters from `first` on. */
const lineArgs = (first: number) =>
  ['text', 'text', 'int', 'text', 'text', 'text', 'text', 'text', 'text', 'text'].map((type, k) => `$${first + k}::${type}[]`);
const lineNames = 'id, customer_id, day, amount, cost, paid, quantity, order_id, product_id, category';

/**
 * Makes the rest of the transaction look keys up one by one (no hash or merge joins, no
 * sequential scans): what a chunk of thousands of keys against tables whose statistics lag
 * behind a bulk load needs.
 */
export const probeKeysSql =
  "SELECT set_config('enable_hashjoin', 'off', true), set_config('enable_mergejoin', 'off', true), set_config('enable_seqscan', 'off', true)";

/** What `importLinesChunk` needs to know about the store. */
export interface ImportChunkContext<R extends RecordMap> {
  /** The quoted schema. */
  s: string;
  kinds: KindTable<R>;
  by: string;
  at: string;
  /** Escapes text for the index columns (see `escapeIndexText`). */
  escape: (value: string) => string;
  /** What the previous chunk found (see `ChunkExpectation`); unknown for the first chunk. */
  expect?: ChunkExpectation | undefined;
}

/**
 * What a chunk probably is, from what the previous chunk found:
 * - `stored`: stored already (a re-run): compare every line in one statement instead of first
 *   asking which ids have a head;
 * - `fresh`: all new (a first import): write every line at once without asking, behind a
 *   savepoint; a line that has a head after all fails on a primary key, and the chunk goes back
 *   to the savepoint and takes the asking path.
 */
export type ChunkExpectation = 'stored' | 'fresh';

/** What `importLinesChunk` did. */
export interface ImportChunkResult {
  written: number;
  unchanged: number;
  /** Line numbers (0-based) that have a head and differ, for the caller's general path. */
  changed: number[];
  /** What the next chunk probably is (pass it as `expect`). */
  next: ChunkExpectation | undefined;
}

const isUniqueViolation = (error: unknown) => (error as { code?: unknown } | null)?.code === '23505';

/**
 * Writes the new lines of `columns[start, end)` and counts the unchanged ones, inside the
 * caller's transaction. Returns the line numbers (0-based) that have a head and differ, for the
 * caller's general path.
 *
 * @example
 * const { written, unchanged, changed } = await importLinesChunk(tx, columns, ids, 0, 5000, context);
 */
export async function importLinesChunk<R extends RecordMap>(
  tx: SqlQueryable,
  columns: TransactionColumns,
  ids: readonly string[],
  start: number,
  end: number,
  context: ImportChunkContext<R>,
): Promise<ImportChunkResult> {
  const { s } = context;
  const all = Array.from({ length: end - start }, (_, k) => start + k);
  if (context.expect === 'fresh') {
    await tx.query('SAVEPOINT dossier_fresh_lines');
    try {
      await writeFresh(tx, { columns, ids, fresh: all, context });
      await tx.query('RELEASE SAVEPOINT dossier_fresh_lines');
      return { written: all.length, unchanged: 0, changed: [], next: 'fresh' };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      await tx.query('ROLLBACK TO SAVEPOINT dossier_fresh_lines');
    }
  }
  // During a bulk load the tables' statistics lag far behind (autovacuum analyses them later):
  // the planner, thinking them small, would hash or scan the whole tables for every chunk
  // (quadratic in the book). A chunk is a few thousand keys: one primary-key probe per key
  // (LATERAL … OFFSET 0 keeps the probe per key), in this transaction only.
  await tx.query(probeKeysSql);
  // Which lines have a head at all: their ids only (a first import sends nothing else). When the
  // caller expects the chunk to be stored already (the previous chunk was), skip this and
  // compare every line at once.
  const headed = context.expect === 'stored'
    ? all
    : (
        await tx.query<{ n: number }>(
          `SELECT t.n::int AS n FROM unnest($1::text[]) WITH ORDINALITY AS t(id, n)
           CROSS JOIN LATERAL (SELECT 1 FROM ${s}.records r WHERE r.kind = 'transaction' AND r.id = t.id OFFSET 0) h`,
          [ids.slice(start, end)],
        )
      ).rows
        .map((row) => start + row.n - 1)
        .sort((a, b) => a - b);
  const known = new Uint8Array(end - start); // 0 new, 1 unchanged, 2 changed
  const changed: number[] = [];
  let found = 0;
  if (headed.length > 0) {
    const { rows: heads } = await tx.query<{ n: number; same: boolean }>(
      `SELECT t.n::int AS n, (NOT h.deleted AND l.id IS NOT NULL AND l.customer_id = t.customer_id
                AND l.day = DATE '1970-01-01' + t.day AND l.amount = t.amount::numeric
                AND l.cost IS NOT DISTINCT FROM t.cost::numeric AND l.paid IS NOT DISTINCT FROM t.paid::numeric
                AND l.quantity IS NOT DISTINCT FROM t.quantity::numeric AND l.order_id IS NOT DISTINCT FROM t.order_id
                AND l.product_id IS NOT DISTINCT FROM t.product_id AND l.category IS NOT DISTINCT FROM t.category) AS same
       FROM unnest(${lineArgs(1).join(', ')}) WITH ORDINALITY AS t(${lineNames}, n)
       CROSS JOIN LATERAL (SELECT r.deleted FROM ${s}.records r WHERE r.kind = 'transaction' AND r.id = t.id OFFSET 0) h
       LEFT JOIN LATERAL (SELECT * FROM ${s}.transaction_lines x WHERE x.id = t.id OFFSET 0) l ON true`,
      lineParams(lineArrays(columns, ids, headed)),
    );
    found = heads.length;
    for (const head of heads) {
      const i = headed[head.n - 1]!;
      known[i - start] = head.same ? 1 : 2;
      if (!head.same) changed.push(i);
    }
    // A head the first statement saw and another writer removed before the second: written as a
    // changed line (the general path plans it from what it then finds).
    if (context.expect !== 'stored') {
      for (const i of headed) {
        if (known[i - start] === 0) {
          known[i - start] = 2;
          changed.push(i);
          found++;
        }
      }
    }
    changed.sort((a, b) => a - b);
  }
  const fresh: number[] = [];
  for (let i = start; i < end; i++) if (known[i - start] === 0) fresh.push(i);
  const unchanged = found - changed.length;
  const next = found === end - start ? 'stored' : found === 0 ? 'fresh' : undefined;
  if (fresh.length === 0) return { written: 0, unchanged, changed, next };
  await writeFresh(tx, { columns, ids, fresh, context });
  return { written: fresh.length, unchanged, changed, next };
}

/** Writes new lines: by COPY where the connection can, else in one statement. */
async function writeFresh<R extends RecordMap>(tx: SqlQueryable, lines: FreshLines<R>): Promise<void> {
  if (tx.copyFrom) await copyFresh(tx.copyFrom.bind(tx), lines);
  else await insertFresh(tx, lines);
}

/** The new lines of a chunk (line numbers into `columns`) and what writing them needs. */
interface FreshLines<R extends RecordMap> {
  columns: TransactionColumns;
  ids: readonly string[];
  fresh: readonly number[];
  context: ImportChunkContext<R>;
}

/**
 * Revision 1 of a new line: the kind's stamp with no previous revision, exactly what
 * `checkImportLines` validated before the first chunk (so it is not decoded again here), and
 * its query columns (escaped for the index columns).
 */
function firstRevision<R extends RecordMap>(columns: TransactionColumns, ids: readonly string[], i: number, context: ImportChunkContext<R>) {
  const { kinds, by, at, escape } = context;
  const definition = kinds.transaction as KindDefinition<{ id: string }>;
  const json: JsonObject = transactionJson(columns, i, ids[i]!);
  const data = definition.stamp ? definition.stamp(json, { at, by, previous: undefined }) : json;
  const x = indexOf(definition, data);
  const index = [
    x.grade === undefined ? null : escape(x.grade),
    x.stage === undefined ? null : escape(x.stage),
    x.owner === undefined ? null : escape(x.owner),
    x.region === undefined ? null : escape(x.region),
    x.nature === undefined ? null : escape(x.nature),
    x.customerId === undefined ? null : escape(x.customerId),
    escape(x.search),
    escape(x.sortName),
  ];
  return { data, index, version: definition.version };
}

/**
 * The new lines by `COPY … FROM STDIN` straight into the three tables (revisions, heads, typed
 * lines): no staging table, no parameter arrays for the server to parse. A line that another
 * writer created meanwhile fails on a primary key and the chunk runs again (`write`).
 */
async function copyFresh<R extends RecordMap>(copy: NonNullable<SqlQueryable['copyFrom']>, fresh: FreshLines<R>): Promise<void> {
  const { columns, ids, context } = fresh;
  const { s, by, at } = context;
  // Each row is encoded into UTF-8 buffers as soon as it is built (`CopyRows`).
  const revisions = new CopyRows();
  const heads = new CopyRows();
  const lines = new CopyRows();
  const stamp = `\t1\t${copyText(at)}\t`;
  let revisionTail = '';
  for (const i of fresh.fresh) {
    const { data, index, version } = firstRevision(columns, ids, i, context);
    if (revisionTail === '') revisionTail = `${copyText(by)}\tf\timport\t${version}\t`;
    const id = copyText(ids[i]!);
    revisions.push(`transaction\t${id}${stamp}${revisionTail}${copyJson(JSON.stringify(data))}\t\\N\n`);
    heads.push(`transaction\t${id}${stamp}f\t${copyRow(index)}`);
    lines.push(
      `${id}\t${copyText(columns.customerIds[columns.customer[i]!])}\t${data['date'] as string}\t${columns.amount[i]!}\t${copyText(decimal(columns.cost, i))}\t` +
        `${copyText(decimal(columns.paid, i))}\t${copyText(decimal(columns.quantity, i))}\t${copyText(label(columns.order, columns.orderIds, i))}\t` +
        `${copyText(label(columns.product, columns.productIds, i))}\t${copyText(label(columns.category, columns.categories, i))}\n`,
    );
  }
  await copy(`COPY ${s}.revisions (kind, id, rev, at, by, deleted, op, version, data, changes) FROM STDIN`, revisions.finish());
  await copy(`COPY ${s}.records (kind, id, rev, at, deleted, grade, stage, owner, region, nature, customer_id, search, sort_name) FROM STDIN`, heads.finish());
  await copy(`COPY ${s}.transaction_lines (${lineNames}) FROM STDIN`, lines.finish());
}

/**
 * The new lines in one statement (PGlite, or a client that cannot COPY): revision 1 of each
 * (its `changes` left NULL, "every field added", as every first revision), the heads with their
 * query columns and the typed lines, through data-modifying CTEs over the same `unnest`.
 */
async function insertFresh<R extends RecordMap>(tx: SqlQueryable, fresh: FreshLines<R>): Promise<void> {
  const { columns, ids, context } = fresh;
  const { s, by, at } = context;
  const lines = lineArrays(columns, ids, fresh.fresh);
  const data: JsonObject[] = [];
  const index: (string | null)[][] = [[], [], [], [], [], [], [], []];
  for (const i of fresh.fresh) {
    const revision = firstRevision(columns, ids, i, context);
    data.push(revision.data);
    revision.index.forEach((value, k) => index[k]!.push(value));
  }
  const version = (context.kinds.transaction as KindDefinition<{ id: string }>).version;
  const p = lineParams(lines).length;
  // The revisions' JSON goes as ONE json array (one native stringify; a text[] of JSON documents
  // would be escaped element by element by the driver), zipped with the arrays by ROWS FROM.
  const zipped = [...lineArgs(1), ...Array.from({ length: 8 }, (_, k) => `$${p + 1 + k}::text[]`)].map((arg) => `unnest(${arg})`);
  await tx.query(
    `WITH t AS (
       SELECT * FROM ROWS FROM (${zipped.join(', ')}, json_array_elements($${p + 9}::json))
         AS t(${lineNames}, grade, stage, owner, region, nature, index_customer, search, sort_name, data)
     ), revision AS (
       INSERT INTO ${s}.revisions (kind, id, rev, at, by, deleted, op, version, data, changes)
       SELECT 'transaction', id, 1, $${p + 10}::text, $${p + 11}::text, false, 'import', $${p + 12}::int, data, NULL FROM t
     ), head AS (
       INSERT INTO ${s}.records (kind, id, rev, at, deleted, grade, stage, owner, region, nature, customer_id, search, sort_name)
       SELECT 'transaction', id, 1, $${p + 10}::text, false, grade, stage, owner, region, nature, index_customer, search, sort_name FROM t
     )
     INSERT INTO ${s}.transaction_lines (${lineNames})
     SELECT id, customer_id, DATE '1970-01-01' + day, amount::numeric, cost::numeric, paid::numeric, quantity::numeric, order_id, product_id, category
     FROM t
     ON CONFLICT (id) DO UPDATE SET customer_id = EXCLUDED.customer_id, day = EXCLUDED.day, amount = EXCLUDED.amount,
       cost = EXCLUDED.cost, paid = EXCLUDED.paid, quantity = EXCLUDED.quantity, order_id = EXCLUDED.order_id,
       product_id = EXCLUDED.product_id, category = EXCLUDED.category`,
    [...lineParams(lines), ...index, JSON.stringify(data), at, by, version],
  );
}
