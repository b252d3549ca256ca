/**
 * The tiny query interface the postgres adapter speaks: `query` and `transaction`. It is
 * implemented over a node-postgres `Pool` or `Client` and over a PGlite instance that the
 * caller hands in — this module never imports `pg` or PGlite, so a browser bundle that only
 * uses PGlite (or no postgres at all) never pulls node-postgres in.
 */
import { copyFromText } from './pg-copy.js';
import type { CopyTarget } from './pg-copy.js';

/** Rows of one statement. */
export interface SqlResult<Row> {
  readonly rows: Row[];
}

/** A connection (or a transaction on one) that runs parameterised statements. */
export interface SqlQueryable {
  query<Row = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<SqlResult<Row>>;
  /**
   * Runs `COPY … FROM STDIN` with text-format rows (see `copyText`, `CopyRows`), when the driver can: a
   * node-postgres connection inside a transaction. Bulk writes use it instead of `INSERT`.
   */
  copyFrom?(statement: string, chunks: Iterable<string | Uint8Array>): Promise<void>;
}

/** What the adapter needs from a database: statements, and all-or-nothing transactions. */
export interface SqlClient extends SqlQueryable {
  /**
   * Runs `work` inside one transaction (`BEGIN` … `COMMIT`, `ROLLBACK` when `work` throws)
   * on one connection; concurrent calls never interleave on the same connection.
   */
  transaction<T>(work: (tx: SqlQueryable) => Promise<T>): Promise<T>;
  /** Which driver is behind it, for the few places where their behaviour differs. */
  readonly dialect: 'pg' | 'pglite';
  /** Whether transactions can run at the same time (a pool of connections). */
  readonly parallel?: boolean;
}

/** The part of a node-postgres `PoolClient` / `Client` the adapter uses. */
export interface PgClientLike {
  query(text: string, params?: unknown[]): Promise<{ rows: unknown[] }>;
  release?: (error?: Error | boolean) => void;
  on?(event: 'error', listener: (error: Error) => void): unknown;
  off?(event: 'error', listener: (error: Error) => void): unknown;
}

/** The part of a node-postgres `Pool` the adapter uses. */
export interface PgPoolLike {
  query(text: string, params?: unknown[]): Promise<{ rows: unknown[] }>;
  connect(): Promise<PgClientLike>;
  readonly totalCount: number;
}

/** The part of a PGlite instance (Node or browser) the adapter uses. */
export interface PGliteLike {
  query<T>(text: string, params?: unknown[]): Promise<{ rows: T[] }>;
  transaction<T>(work: (tx: { query<R>(text: string, params?: unknown[]): Promise<{ rows: R[] }> }) => Promise<T>): Promise<T>;
  readonly waitReady: Promise<void>;
}

/** Serialises async work: the next task starts when the previous one has settled. */
function createMutex(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>) => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}

const isPool = (db: unknown): db is PgPoolLike =>
  typeof db === 'object' && db !== null && 'totalCount' in db && typeof (db as PgPoolLike).connect === 'function';

const isPGlite = (db: unknown): db is PGliteLike =>
  typeof db === 'object' && db !== null && 'waitReady' in db && typeof (db as PGliteLike).transaction === 'function';

/** A real node-postgres connection (not a look-alike): it can run a COPY submittable. */
const canCopy = (queryable: unknown): queryable is CopyTarget =>
  typeof (queryable as { connection?: { sendCopyFromChunk?: unknown } }).connection?.sendCopyFromChunk === 'function';

function wrapPg(queryable: PgClientLike | PgPoolLike): SqlQueryable {
  return {
    query: async <Row>(text: string, params: readonly unknown[] = []) =>
      (await queryable.query(text, params as unknown[])) as SqlResult<Row>,
    ...(canCopy(queryable) ? { copyFrom: (statement: string, chunks: Iterable<string | Uint8Array>) => copyFromText(queryable, statement, chunks) } : {}),
  };
}

/**
 * Wraps a node-postgres `Pool` (recommended: transactions take their own connection) or a
 * single connected `Client` (statements and transactions are then queued one at a time).
 *
 * @example
 * import pg from 'pg';
 * const sql = pgSqlClient(new pg.Pool({ connectionString: process.env.DATABASE_URL }));
 */
export function pgSqlClient(db: PgPoolLike | PgClientLike): SqlClient {
  if (isPool(db)) {
    return {
      dialect: 'pg',
      parallel: true,
      ...wrapPg(db),
      async transaction(work) {
        const connection = await db.connect();
        let broken: Error | undefined;
        // A connection that dies while checked out (server restart, network cut) emits
        // 'error' on the client besides failing the query; without a listener Node would treat
        // it as an uncaught exception. The failed query reports it.
        const onError = (error: Error) => {
          broken = error;
        };
        connection.on?.('error', onError);
        try {
          await connection.query('BEGIN');
          const result = await work(wrapPg(connection));
          await connection.query('COMMIT');
          return result;
        } catch (error) {
          try {
            await connection.query('ROLLBACK');
          } catch (rollbackError) {
            // The connection is unusable (server gone): do not hand it back to the pool.
            broken = rollbackError as Error;
          }
          throw error;
        } finally {
          connection.off?.('error', onError);
          connection.release?.(broken ?? false);
        }
      },
    };
  }
  const exclusive = createMutex();
  const plain = wrapPg(db);
  return {
    dialect: 'pg',
    query: (text, params) => exclusive(() => plain.query(text, params)),
    transaction: (work) =>
      exclusive(async () => {
        await plain.query('BEGIN');
        try {
          const result = await work(plain);
          await plain.query('COMMIT');
          return result;
        } catch (error) {
          await plain.query('ROLLBACK').catch(() => undefined);
          throw error;
        }
      }),
  };
}

/**
 * Wraps a PGlite instance (`new PGlite()` in Node, `new PGlite('idb://name')` in a browser).
 *
 * @example
 * import { PGlite } from '@electric-sql/pglite';
 * const sql = pgliteSqlClient(new PGlite());
 */
export function pgliteSqlClient(db: PGliteLike): SqlClient {
  return {
    dialect: 'pglite',
    query: async <Row>(text: string, params: readonly unknown[] = []) => {
      await db.waitReady;
      return db.query<Row>(text, params as unknown[]);
    },
    transaction: async (work) => {
      await db.waitReady;
      return db.transaction((tx) =>
        work({ query: async <Row>(text: string, params: readonly unknown[] = []) => tx.query<Row>(text, params as unknown[]) }),
      );
    },
  };
}

/**
 * Wraps whatever the caller handed in: a node-postgres Pool or Client, a PGlite instance, or
 * an object that already implements {@link SqlClient}.
 *
 * @example
 * const sql = toSqlClient(pool);
 */
export function toSqlClient(db: PgPoolLike | PgClientLike | PGliteLike | SqlClient): SqlClient {
  if ('dialect' in db && typeof (db as SqlClient).transaction === 'function') return db as SqlClient;
  if (isPGlite(db)) return pgliteSqlClient(db);
  return pgSqlClient(db as PgPoolLike | PgClientLike);
}
