import { TransactionColumnsBuilder, dayNumber } from '@dossier/core';
import type { CustomerFigures, TransactionColumns } from '@dossier/core';
import {
  checkRevisionOption,
  compareCodePoints,
  batchWrites,
  ChangeHub,
  batchKeys,
  changeOf,
  checkImportLines,
  decodeCursor,
  decodeRevision,
  decodeRow,
  defaultImportChunkSize,
  changesImplied,
  impliedChanges,
  encodeCursor,
  isStoreError,
  normalizeQuery,
  planBatch,
  planImportChunk,
  openImport,
  purgeChangeOf,
  resolveKinds,
  rowKey,
  stampOf,
} from '../contract/index.js';
import { adapterError } from '../contract/adapter-errors.js';
import type {
  BatchOp,
  BatchResult,
  FieldChange,
  JsonObject,
  JsonRecords,
  RecordIndex,
  RecordMap,
  RevisionMeta,
  RevisionRow,
  Store,
  StoreKind,
  StoreOptions,
} from '../contract/index.js';
import { customerFiguresSql, figuresFromRows } from './figures-sql.js';
import { listWhere } from './list-sql.js';
import { importLinesChunk, probeKeysSql } from './import-lines.js';
import type { ChunkExpectation } from './import-lines.js';
import type { FiguresRow } from './figures-sql.js';
import { CopyRows, copyRow } from './pg-copy.js';
import { migrateSqlSchema, quoteIdentifier } from './schema.js';
import { toSqlClient } from './sql-client.js';
import type { PGliteLike, PgClientLike, PgPoolLike, SqlClient, SqlQueryable } from './sql-client.js';

/** Options of `createPostgresStore`. */
export interface PostgresStoreOptions<R extends RecordMap = JsonRecords> extends StoreOptions<R> {
  /**
   * The database, handed in by the caller: a node-postgres `Pool` (recommended) or connected
   * `Client`, a PGlite instance, or any `SqlClient`. The adapter never imports a driver.
   */
  db: PgPoolLike | PgClientLike | PGliteLike | SqlClient;
  /** The SQL schema holding the tables (created when missing). Default `dossier`. */
  schema?: string | undefined;
  /** Lines per atomic chunk of `importTransactions` (default 5000). */
  chunkSize?: number | undefined;
  /** Import chunks written at once on a connection pool (default 2; 1 on a Client or PGlite). */
  importConcurrency?: number | undefined;
  /** Close the pool / PGlite instance on `close()`. Default false: the caller owns it. */
  closeDatabase?: boolean | undefined;
}

/** A store on PostgreSQL or PGlite: the contract plus the pushed-down `customerFigures`. */
export interface PostgresStore<R extends RecordMap = JsonRecords> extends Store<R> {
  customerFigures: NonNullable<Store<R>['customerFigures']>;
  /** One `SELECT count(*)` with the WHERE of `list` (see the contract's `count`). */
  count: NonNullable<Store<R>['count']>;
  /** The SQL client the store runs on (for raw reads in tests and tools). */
  readonly sql: SqlClient;
  /** The quoted schema name, ready to be put in SQL (`"dossier"`). */
  readonly schemaSql: string;
}

const systemClock = () => new Date().toISOString();

/** SQLSTATEs after which a write transaction is simply run again. */
const retryableCodes = new Set([
  '23505', // unique_violation: two writers created the same record at once
  '40001', // serialization_failure
  '40P01', // deadlock_detected
]);

/** SQLSTATE classes that mean "the database is not there". */
const unavailableClasses = ['08', '53', '57', '58'];

interface HeadRow extends RevisionMeta {
  kind: StoreKind;
  id: string;
  version: number;
  data: JsonObject | string;
  changes?: FieldChange[] | string | null;
}

const NUL = String.fromCharCode(0);
const SOH = String.fromCharCode(1);
const STX = String.fromCharCode(2);

/**
 * PostgreSQL text cannot hold U+0000. Index columns (search text, sort name, filters) escape it
 * order-preservingly: U+0001 becomes U+0001 U+0002 and U+0000 becomes U+0001 U+0001, so that
 * `COLLATE "C"` still sorts like `compareCodePoints` on the original text. (The record itself
 * is stored as `json` text, where JSON already escapes it.)
 */
export function escapeIndexText(value: string): string {
  if (!value.includes(NUL) && !value.includes(SOH)) return value;
  return value.replaceAll(SOH, SOH + STX).replaceAll(NUL, SOH + SOH);
}

/** The inverse of `escapeIndexText`. */
export function unescapeIndexText(value: string): string {
  if (!value.includes(SOH)) return value;
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    if (c === SOH && i + 1 < value.length) {
      out += value[++i] === SOH ? NUL : SOH;
    } else {
      out += c;
    }
  }
  return out;
}

const parseJson = <T>(value: T | string): T => (typeof value === 'string' ? (JSON.parse(value) as T) : value);

function toRevisionRow(row: HeadRow, index?: RecordIndex): RevisionRow {
  return {
    ...stampOf(row),
    version: row.version,
    data: parseJson(row.data),
    changes: row.changes === undefined || row.changes === null ? [] : parseJson(row.changes),
    index: index ?? { search: '', sortName: '' },
  };
}

/** The typed columns of a transaction record's JSON, or undefined when it is not a usable line. */
function lineOf(data: JsonObject): { customerId: string; day: number; amount: number } | undefined {
  const { customerId, date, amount } = data;
  if (typeof customerId !== 'string' || typeof date !== 'string' || typeof amount !== 'number') return undefined;
  const day = dayNumber(date);
  return day === undefined || !Number.isFinite(amount) ? undefined : { customerId, day, amount };
}

const numberOrNull = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : null);
const stringOrNull = (value: unknown) => (typeof value === 'string' ? value : null);

/**
 * Turns a driver error into a `StoreError`: `invalid` for data the database refuses,
 * `unavailable` when the server cannot be reached (connection refused, shut down, out of
 * resources) or anything else failed (with the `failed` message).
 */
function storageFailure(error: unknown): unknown {
  if (isStoreError(error)) return error;
  const e = error as { code?: unknown; message?: unknown } | null;
  const code = typeof e?.code === 'string' ? e.code : '';
  const reason = typeof e?.message === 'string' ? e.message : String(error);
  const unreachable =
    ['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'ETIMEDOUT', 'EPIPE'].includes(code) ||
    unavailableClasses.some((prefix) => code.startsWith(prefix)) ||
    /Connection terminated|not queryable|closed|PGlite is closed/i.test(reason);
  // Class 22 (data exception, e.g. U+0000 in text) is bad data, not a broken database.
  if (code.startsWith('22')) return adapterError('invalid', 'invalidRecord', { id: '?', cause: error, params: { issues: reason } });
  return adapterError('unavailable', unreachable ? 'unavailable' : 'failed', { cause: error, params: { reason } });
}

/**
 * A store on PostgreSQL — through node-postgres against a server, or PGlite (embedded
 * Postgres, Node and browser) — with the same SQL. The adapter creates and migrates its schema,
 * writes every batch in one transaction, keeps a row-level revision table, writes new records
 * and imported lines by `COPY … FROM STDIN` on node-postgres (multi-row `INSERT … SELECT FROM
 * unnest(…)` on PGlite), and computes per-customer
 * figures in one SQL statement (`customerFigures`), so a large book is graded without moving
 * its lines out of the database.
 *
 * @example
 * import pg from 'pg';
 * const store = await createPostgresStore({ db: new pg.Pool({ connectionString: process.env.DATABASE_URL }) });
 * await store.put('customer', { id: 'c1', name: '杭州科技' });
 *
 * @example
 * import { PGlite } from '@electric-sql/pglite';
 * const store = await createPostgresStore({ db: new PGlite('idb://dossier') });
 */
export async function createPostgresStore<R extends RecordMap = JsonRecords>(
  options: PostgresStoreOptions<R>,
): Promise<PostgresStore<R>> {
  const sql = toSqlClient(options.db);
  const schemaName = options.schema ?? 'dossier';
  const s = quoteIdentifier(schemaName);
  const kinds = resolveKinds<R>(options.kinds);
  const now = options.now ?? systemClock;
  const actor = options.actor ?? 'unknown';
  const defaultChunk = options.chunkSize ?? defaultImportChunkSize;
  const importConcurrency = Math.max(1, options.importConcurrency ?? 2);
  const hub = new ChangeHub();
  let closed = false;

  try {
    await migrateSqlSchema(sql, { schema: schemaName });
  } catch (error) {
    throw storageFailure(error);
  }

  const open = () => {
    if (closed) throw adapterError('unavailable', 'unavailable', { params: { reason: 'the store was closed' } });
  };

  /** Runs a read, mapping driver errors to store errors. */
  async function read<T>(work: () => Promise<T>): Promise<T> {
    open();
    try {
      return await work();
    } catch (error) {
      throw storageFailure(error);
    }
  }

  /** Runs a write transaction, again when it lost a race that a retry resolves. */
  async function write<T>(work: (tx: SqlQueryable) => Promise<T>): Promise<T> {
    open();
    for (let attempt = 0; ; attempt++) {
      try {
        return await sql.transaction(work);
      } catch (error) {
        const code = (error as { code?: unknown } | null)?.code;
        if (attempt < 20 && typeof code === 'string' && retryableCodes.has(code)) continue;
        throw storageFailure(error);
      }
    }
  }

  const headColumns = `h.kind, h.id, h.rev, h.at, r.by, h.deleted, r.op, r.version, r.data::text AS data,
    h.grade, h.stage, h.owner, h.region, h.nature, h.customer_id, h.search, h.sort_name`;
  const headJoin = `${s}.records h JOIN ${s}.revisions r ON r.kind = h.kind AND r.id = h.id AND r.rev = h.rev`;

  type IndexedHead = HeadRow & {
    grade: string | null;
    stage: string | null;
    owner: string | null;
    region: string | null;
    nature: string | null;
    customer_id: string | null;
    search: string;
    sort_name: string;
  };
  const optional = (value: string | null) => (value === null ? undefined : unescapeIndexText(value));
  const indexOfHead = (row: IndexedHead): RecordIndex => ({
    grade: optional(row.grade),
    stage: optional(row.stage),
    owner: optional(row.owner),
    region: optional(row.region),
    nature: optional(row.nature),
    customerId: optional(row.customer_id),
    search: unescapeIndexText(row.search),
    sortName: unescapeIndexText(row.sort_name),
  });

  /** The heads of the given records, locked for the rest of the transaction. */
  async function lockHeads(tx: SqlQueryable, keys: readonly { kind: StoreKind; id: string; key: string }[]) {
    const heads = new Map<string, RevisionRow | undefined>(keys.map(({ key }) => [key, undefined]));
    if (keys.length === 0) return heads;
    // Locked in (kind, id) order, the same in every writer (no deadlocks): code-point order is
    // the byte order of COLLATE "C".
    const sorted = [...keys].sort((a, b) => compareCodePoints(a.kind, b.kind) || compareCodePoints(a.id, b.id));
    const params = [sorted.map((k) => k.kind), sorted.map((k) => k.id)];
    // One primary-key probe per wanted key (LATERAL … OFFSET 0), never a scan of the heads or
    // revisions, also while their statistics lag behind a bulk write.
    if (keys.length >= 64) await tx.query(probeKeysSql);
    // Lock first, then read in a second statement: under READ COMMITTED a locking read that
    // joins re-checks only the locked row after waiting, so the join to the new revision
    // (inserted by the writer we waited for) would drop the row. The second statement takes
    // a fresh snapshot that sees that writer's commit.
    //
    // Only the heads the lock found are read: a record another writer creates meanwhile is
    // planned as new, fails on the primary key and the batch runs again (as it would if the
    // record were created after the read). A batch of new records reads nothing.
    const locked = await tx.query<{ kind: StoreKind; id: string }>(
      `SELECT x.kind, x.id FROM unnest($1::text[], $2::text[]) AS t(k, i)
       CROSS JOIN LATERAL (SELECT h.kind, h.id FROM ${s}.records h WHERE h.kind = t.k AND h.id = t.i OFFSET 0 FOR UPDATE) x`,
      params,
    );
    if (locked.rows.length === 0) return heads;
    const { rows } = await tx.query<IndexedHead>(
      `SELECT x.* FROM unnest($1::text[], $2::text[]) AS t(k, i)
       CROSS JOIN LATERAL (SELECT ${headColumns} FROM ${headJoin} WHERE h.kind = t.k AND h.id = t.i OFFSET 0) x`,
      [locked.rows.map((row) => row.kind), locked.rows.map((row) => row.id)],
    );
    for (const row of rows) heads.set(rowKey(row.kind, row.id), toRevisionRow(row, indexOfHead(row)));
    return heads;
  }

  /**
   * Appends revisions, moves the heads and keeps the transaction book in step, set-based: on
   * node-postgres the revisions and the new heads by `COPY … FROM STDIN`; otherwise the
   * revisions in one statement (scalar columns as arrays expanded by `unnest`, the records'
   * JSON as ONE json array zipped in by `ROWS FROM … json_array_elements`: one native
   * stringify, no JSON text escaped inside JSON, and the server parses each document once);
   * the heads: a plain INSERT for records that had none (no speculative insertion), an upsert
   * for the others. A record created at the same time by
   * another writer fails on a primary key, and the batch runs again (`write`).
   * `changes` is NULL when it is "every field added" (a new record, or one written over a
   * tombstone): `history` recomputes it, and a bulk import does not store every line twice.
   */
  async function appendRows(tx: SqlQueryable, rows: readonly RevisionRow[], heads: ReadonlyMap<string, RevisionRow | undefined>): Promise<void> {
    if (rows.length === 0) return;
    const working = new Map(heads);
    const n = rows.length;
    const kind: string[] = new Array(n);
    const id: string[] = new Array(n);
    const rev: number[] = new Array(n);
    const at: string[] = new Array(n);
    const by: string[] = new Array(n);
    const deleted: boolean[] = new Array(n);
    const op: string[] = new Array(n);
    const version: number[] = new Array(n);
    const data: JsonObject[] = new Array(n);
    const changes: (FieldChange[] | null)[] = new Array(n);
    for (let k = 0; k < n; k++) {
      const row = rows[k]!;
      const key = rowKey(row.kind, row.id);
      const previous = working.get(key);
      working.set(key, row);
      kind[k] = row.kind;
      id[k] = row.id;
      rev[k] = row.rev;
      at[k] = row.at;
      by[k] = row.by;
      deleted[k] = row.deleted;
      op[k] = row.op;
      version[k] = row.version;
      data[k] = row.data;
      changes[k] = changesImplied(row, !previous || previous.deleted) ? null : row.changes;
    }
    if (tx.copyFrom) {
      const text = new CopyRows();
      for (let k = 0; k < n; k++) {
        text.push(copyRow([kind[k], id[k], rev[k], at[k], by[k], deleted[k], op[k], version[k], JSON.stringify(data[k]), changes[k] === null ? null : JSON.stringify(changes[k])]));
      }
      await tx.copyFrom(`COPY ${s}.revisions (kind, id, rev, at, by, deleted, op, version, data, changes) FROM STDIN`, text.finish());
    } else {
      await tx.query(
        `INSERT INTO ${s}.revisions (kind, id, rev, at, by, deleted, op, version, data, changes)
         SELECT kind, id, rev, at, by, deleted, op, version, data, CASE WHEN json_typeof(changes) = 'null' THEN NULL ELSE changes END
         FROM ROWS FROM (unnest($1::text[]), unnest($2::text[]), unnest($3::int[]), unnest($4::text[]), unnest($5::text[]),
                         unnest($6::boolean[]), unnest($7::text[]), unnest($8::int[]), json_array_elements($9::json),
                         json_array_elements($10::json))
           AS t(kind, id, rev, at, by, deleted, op, version, data, changes)`,
        [kind, id, rev, at, by, deleted, op, version, JSON.stringify(data), JSON.stringify(changes)],
      );
    }
    // A batch may write one record twice: the last revision is the head.
    const last = new Map<string, RevisionRow>();
    for (const row of rows) last.set(rowKey(row.kind, row.id), row);
    const latest = [...last.values()];
    const text = (value: string | undefined) => (value === undefined ? null : escapeIndexText(value));
    const headsJson = (list: readonly RevisionRow[]) =>
      JSON.stringify(
        list.map((h) => ({
          kind: h.kind,
          id: h.id,
          rev: h.rev,
          at: h.at,
          deleted: h.deleted,
          grade: text(h.index.grade),
          stage: text(h.index.stage),
          owner: text(h.index.owner),
          region: text(h.index.region),
          nature: text(h.index.nature),
          customer_id: text(h.index.customerId),
          search: escapeIndexText(h.index.search),
          sort_name: escapeIndexText(h.index.sortName),
        })),
      );
    const recordset = `json_to_recordset($1::json) AS t(kind text, id text, rev int, at text, deleted boolean, grade text, stage text,
      owner text, region text, nature text, customer_id text, search text, sort_name text)`;
    // `heads` holds a row for every record that has a head in `records` (locked by lockHeads).
    const fresh = latest.filter((h) => heads.get(rowKey(h.kind, h.id)) === undefined);
    const known = fresh.length === latest.length ? [] : latest.filter((h) => heads.get(rowKey(h.kind, h.id)) !== undefined);
    if (fresh.length > 0 && tx.copyFrom) {
      const rowsText = new CopyRows();
      for (const h of fresh) {
        const x = h.index;
        rowsText.push(copyRow([h.kind, h.id, h.rev, h.at, h.deleted, text(x.grade), text(x.stage), text(x.owner), text(x.region), text(x.nature), text(x.customerId), escapeIndexText(x.search), escapeIndexText(x.sortName)]));
      }
      await tx.copyFrom(`COPY ${s}.records (kind, id, rev, at, deleted, grade, stage, owner, region, nature, customer_id, search, sort_name) FROM STDIN`, rowsText.finish());
    } else if (fresh.length > 0) {
      await tx.query(
        `INSERT INTO ${s}.records (kind, id, rev, at, deleted, grade, stage, owner, region, nature, customer_id, search, sort_name)
         SELECT kind, id, rev, at, deleted, grade, stage, owner, region, nature, customer_id, search, sort_name FROM ${recordset}`,
        [headsJson(fresh)],
      );
    }
    if (known.length > 0) {
      // Written as an upsert, which probes the primary key row by row whatever the statistics say.
      await tx.query(
        `INSERT INTO ${s}.records (kind, id, rev, at, deleted, grade, stage, owner, region, nature, customer_id, search, sort_name)
         SELECT kind, id, rev, at, deleted, grade, stage, owner, region, nature, customer_id, search, sort_name FROM ${recordset}
         ON CONFLICT (kind, id) DO UPDATE SET rev = EXCLUDED.rev, at = EXCLUDED.at, deleted = EXCLUDED.deleted,
           grade = EXCLUDED.grade, stage = EXCLUDED.stage, owner = EXCLUDED.owner, region = EXCLUDED.region,
           nature = EXCLUDED.nature, customer_id = EXCLUDED.customer_id, search = EXCLUDED.search, sort_name = EXCLUDED.sort_name`,
        [headsJson(known)],
      );
    }
    await syncLines(
      tx,
      latest.filter((h) => h.kind === 'transaction'),
    );
  }

  /** Keeps `transaction_lines` equal to the live, usable transaction heads. */
  async function syncLines(tx: SqlQueryable, heads: readonly RevisionRow[]): Promise<void> {
    if (heads.length === 0) return;
    const live: Record<string, unknown>[] = [];
    const gone: string[] = [];
    for (const head of heads) {
      const line = head.deleted ? undefined : lineOf(head.data);
      if (!line) {
        gone.push(head.id);
        continue;
      }
      const data = head.data;
      live.push({
        id: head.id,
        customer_id: line.customerId,
        day: line.day,
        amount: line.amount,
        cost: numberOrNull(data['cost']),
        paid: numberOrNull(data['paid']),
        quantity: numberOrNull(data['quantity']),
        order_id: stringOrNull(data['orderId']),
        product_id: stringOrNull(data['productId']),
        category: stringOrNull(data['category']),
      });
    }
    if (gone.length > 0) await tx.query(`DELETE FROM ${s}.transaction_lines WHERE id = ANY($1::text[])`, [gone]);
    if (live.length === 0) return;
    // Money goes in as JSON numbers (shortest round-trip text) and is stored as exact numeric.
    await tx.query(
      `INSERT INTO ${s}.transaction_lines (id, customer_id, day, amount, cost, paid, quantity, order_id, product_id, category)
       SELECT id, customer_id, DATE '1970-01-01' + day, amount, cost, paid, quantity, order_id, product_id, category
       FROM json_to_recordset($1::json) AS t(id text, customer_id text, day int, amount numeric, cost numeric, paid numeric,
                                            quantity numeric, order_id text, product_id text, category text)
       ON CONFLICT (id) DO UPDATE SET customer_id = EXCLUDED.customer_id, day = EXCLUDED.day, amount = EXCLUDED.amount,
         cost = EXCLUDED.cost, paid = EXCLUDED.paid, quantity = EXCLUDED.quantity, order_id = EXCLUDED.order_id,
         product_id = EXCLUDED.product_id, category = EXCLUDED.category`,
      [JSON.stringify(live)],
    );
  }

  async function runBatch(ops: readonly BatchOp<R>[], by: string): Promise<BatchResult<R>> {
    const at = now();
    const outcome = await write(async (tx) => {
      const heads = await lockHeads(tx, batchKeys(ops));
      const plan = planBatch(ops, { kinds, heads, by, at });
      if (plan.ok) await appendRows(tx, plan.rows, heads);
      return plan;
    });
    if (!outcome.ok) return outcome;
    hub.emit({ changes: outcome.rows.map(changeOf) });
    return { ok: true, records: outcome.rows.map((row) => decodeRow(row, kinds)) as never };
  }

  const store: PostgresStore<R> = {
    adapter: sql.dialect === 'pglite' ? 'pglite' : 'postgres',
    kinds,
    sql,
    schemaSql: s,

    async get(kind, id, getOptions = {}) {
      checkRevisionOption(getOptions.rev, 'rev', { kind, id });
      const row = await read(async () => {
        if (getOptions.rev !== undefined) {
          const { rows } = await sql.query<HeadRow>(
            `SELECT kind, id, rev, at, by, deleted, op, version, data::text AS data FROM ${s}.revisions
             WHERE kind = $1 AND id = $2 AND rev = $3`,
            [kind, id, getOptions.rev],
          );
          return rows[0];
        }
        const { rows } = await sql.query<HeadRow>(`SELECT ${headColumns} FROM ${headJoin} WHERE h.kind = $1 AND h.id = $2`, [kind, id]);
        const head = rows[0];
        return head && head.deleted && !getOptions.includeDeleted ? undefined : head;
      });
      return row ? decodeRow(toRevisionRow(row) as RevisionRow & { kind: typeof kind }, kinds) : undefined;
    },

    async list(kind, query = {}) {
      const q = normalizeQuery(query);
      const position = q.cursor === undefined ? undefined : decodeCursor(q.cursor, q.sort, q.direction);
      const sortColumn = q.sort === 'id' ? 'h.id' : q.sort === 'name' ? 'h.sort_name' : 'h.at';
      const { where, params } = listWhere(kind, q, escapeIndexText);
      const order = q.direction === 'asc' ? 'ASC' : 'DESC';
      if (position) {
        params.push(q.sort === 'id' ? position.key : escapeIndexText(position.key), position.id);
        const op = q.direction === 'asc' ? '>' : '<';
        where.push(`(${sortColumn}, h.id) ${op} ($${params.length - 1}::text COLLATE "C", $${params.length}::text COLLATE "C")`);
      }
      params.push(q.limit + 1);
      const rows = await read(
        async () =>
          (
            await sql.query<IndexedHead>(
              `SELECT ${headColumns} FROM ${headJoin} WHERE ${where.join(' AND ')}
               ORDER BY ${sortColumn} ${order}, h.id ${order} LIMIT $${params.length}`,
              params,
            )
          ).rows,
      );
      const page = rows.slice(0, q.limit);
      const last = page[page.length - 1];
      const nextCursor =
        rows.length > q.limit && last
          ? encodeCursor({
              sort: q.sort,
              direction: q.direction,
              key: q.sort === 'id' ? last.id : q.sort === 'name' ? unescapeIndexText(last.sort_name) : last.at,
              id: last.id,
            })
          : undefined;
      return {
        items: page.map((row) => decodeRow(toRevisionRow(row) as RevisionRow & { kind: typeof kind }, kinds)),
        nextCursor,
      };
    },

    async count(kind, query = {}) {
      // One count over the heads, with the WHERE `list` pages through (its cursor and limit left out).
      const { where, params } = listWhere(kind, query, escapeIndexText);
      const rows = await read(async () => (await sql.query<{ n: string | number }>(`SELECT count(*) AS n FROM ${s}.records h WHERE ${where.join(' AND ')}`, params)).rows);
      return Number(rows[0]?.n ?? 0);
    },

    async history(kind, id) {
      const rows = await read(
        async () =>
          (
            await sql.query<HeadRow>(
              `SELECT kind, id, rev, at, by, deleted, op, version, data::text AS data, changes::text AS changes
               FROM ${s}.revisions WHERE kind = $1 AND id = $2 ORDER BY rev`,
              [kind, id],
            )
          ).rows,
      );
      if (rows.length === 0) throw adapterError('not-found', 'notFound', { kind, id });
      return rows.map((row) => {
        const revision = toRevisionRow(row);
        // NULL changes: "every field added" (see appendRows).
        if (row.changes === null) revision.changes = impliedChanges(revision);
        return decodeRevision(revision as RevisionRow & { kind: typeof kind }, kinds);
      });
    },

    ...batchWrites(runBatch, actor),

    async purgeHistory(kind, id, purgeOptions = {}) {
      // One transaction: lock the head, delete every other revision, clear the head's changes.
      // `records` and `transaction_lines` hold only the head's values already.
      const outcome = await write(async (tx) => {
        const { rows } = await tx.query<{ rev: number; deleted: boolean }>(
          `SELECT rev, deleted FROM ${s}.records WHERE kind = $1 AND id = $2 FOR UPDATE`,
          [kind, id],
        );
        const head = rows[0];
        if (!head) return undefined;
        const gone = await tx.query<{ n: number }>(
          `WITH gone AS (DELETE FROM ${s}.revisions WHERE kind = $1 AND id = $2 AND rev <> $3 RETURNING 1)
           SELECT count(*)::int AS n FROM gone`,
          [kind, id, head.rev],
        );
        await tx.query(`UPDATE ${s}.revisions SET changes = '[]'::json WHERE kind = $1 AND id = $2 AND rev = $3`, [kind, id, head.rev]);
        return { rev: head.rev, deleted: head.deleted, purged: Number(gone.rows[0]?.n ?? 0) };
      });
      if (!outcome) throw adapterError('not-found', 'notFound', { kind, id });
      hub.emit({ changes: [purgeChangeOf({ kind, id, rev: outcome.rev, deleted: outcome.deleted }, purgeOptions.by ?? actor, now())] });
      return { rev: outcome.rev, purged: outcome.purged };
    },

    async importTransactions(book, importOptions) {
      open();
      const { columns, ids, by, at, chunkSize } = openImport(book, importOptions, { actor, now, chunkSize: defaultChunk, transactionKind: kinds.transaction });
      // Every line is checked before the first chunk is written: a bad line leaves nothing.
      checkImportLines(columns, ids, kinds, { at, by });
      let written = 0;
      let unchanged = 0;
      let next = 0;
      // What the last chunk found (all stored: a re-run; all new: a first import): the next one
      // skips the ids-only probe (see importLinesChunk).
      let expect: ChunkExpectation | undefined;
      // Chunks touch disjoint ids (prepareImport rejects duplicates), so on a pool two chunks
      // run at once on two connections: one is planned in JavaScript while the server writes
      // the other. Each chunk is still its own all-or-nothing transaction.
      const worker = async () => {
        for (let start = next; start < columns.length; start = next) {
          next += chunkSize;
          const end = Math.min(columns.length, start + chunkSize);
          const chunk = await write(async (tx) => {
            const merged = await importLinesChunk(tx, columns, ids, start, end, { s, kinds, by, at, escape: escapeIndexText, expect });
            expect = merged.next;
            if (merged.changed.length === 0) return merged;
            // Edited lines and lines imported again after a removal: locked, planned with their
            // previous revision (kept createdAt, the changed fields) and written as any batch.
            const keys = merged.changed.map((i) => ({ kind: 'transaction' as const, id: ids[i]!, key: rowKey('transaction', ids[i]!) }));
            const heads = await lockHeads(tx, keys);
            const rows: RevisionRow[] = [];
            let unchanged = merged.unchanged;
            for (const i of merged.changed) {
              const plan = planImportChunk(columns, ids, i, i + 1, { kinds, heads, by, at });
              rows.push(...plan.rows);
              unchanged += plan.unchanged;
            }
            await appendRows(tx, rows, heads);
            return { written: merged.written + rows.length, unchanged };
          });
          written += chunk.written;
          unchanged += chunk.unchanged;
          if (chunk.written > 0) hub.emit({ changes: [], bulk: { kind: 'transaction', count: chunk.written } });
        }
      };
      const workers = Array.from({ length: sql.parallel ? importConcurrency : 1 }, worker);
      const outcomes = await Promise.allSettled(workers);
      const failed = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
      if (failed) throw failed.reason;
      return { written, unchanged };
    },

    async readTransactionColumns(readOptions = {}): Promise<TransactionColumns> {
      const builder = new TransactionColumnsBuilder();
      const params: unknown[] = [];
      const where: string[] = [];
      if (readOptions.customerIds) {
        params.push([...readOptions.customerIds]);
        where.push(`customer_id = ANY($${params.length}::text[])`);
      }
      if (readOptions.from !== undefined) {
        params.push(readOptions.from);
        where.push(`day >= $${params.length}::date`);
      }
      if (readOptions.to !== undefined) {
        params.push(readOptions.to);
        where.push(`day < $${params.length}::date`);
      }
      await readLines(sql, s, where, params, builder, read);
      return builder.finish();
    },

    async customerFigures(query): Promise<CustomerFigures> {
      const statement = customerFiguresSql(s, query);
      const rows = await read(async () => (await sql.query<FiguresRow>(statement.text, statement.params)).rows);
      return figuresFromRows(rows, query);
    },

    subscribe: (listener, subscribeOptions) => hub.subscribe(listener, subscribeOptions),

    async close() {
      if (closed) return;
      closed = true;
      hub.clear();
      if (options.closeDatabase) {
        const db = options.db as { end?: () => Promise<void>; close?: () => Promise<void> };
        if (typeof db.end === 'function') await db.end();
        else if (typeof db.close === 'function') await db.close();
      }
    },
  };
  return store;
}

interface LineRow {
  customer_id: string;
  day: number;
  amount: number;
  cost: number | null;
  paid: number | null;
  quantity: number | null;
  order_id: string | null;
  product_id: string | null;
  category: string | null;
}

/**
 * Streams the book through a cursor inside one read transaction: one consistent snapshot, a
 * sequential scan (no sort), and memory for one batch of rows at a time.
 */
async function readLines(
  sql: SqlClient,
  s: string,
  where: readonly string[],
  params: readonly unknown[],
  builder: TransactionColumnsBuilder,
  read: <T>(work: () => Promise<T>) => Promise<T>,
): Promise<void> {
  const batch = 50_000;
  await read(() =>
    sql.transaction(async (tx) => {
      await tx.query(
        `DECLARE dossier_book NO SCROLL CURSOR FOR
         SELECT customer_id, (day - DATE '1970-01-01') AS day, amount::float8 AS amount, cost::float8 AS cost,
                paid::float8 AS paid, quantity::float8 AS quantity, order_id, product_id, category
         FROM ${s}.transaction_lines ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`,
        params,
      );
      for (;;) {
        const { rows } = await tx.query<LineRow>(`FETCH ${batch} FROM dossier_book`);
        for (const row of rows) {
          builder.push(row.customer_id, row.day, row.amount, {
            cost: row.cost ?? undefined,
            paid: row.paid ?? undefined,
            quantity: row.quantity ?? undefined,
            orderId: row.order_id ?? undefined,
            productId: row.product_id ?? undefined,
            category: row.category ?? undefined,
          });
        }
        if (rows.length < batch) break;
      }
      await tx.query('CLOSE dossier_book');
    }),
  );
}
