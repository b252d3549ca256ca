import type { SqlClient, SqlQueryable } from './sql-client.js';

/**
 * The SQL schema of the postgres adapter and its migrations. The same statements run on a
 * PostgreSQL server (through `pg`) and on PGlite. Every table lives in one schema (default
 * `dossier`), so several archives can share a database.
 *
 * - `revisions`: every revision of every record (the row-level revision table), never updated
 *   or deleted. `data` and `changes` are `json` (not `jsonb`): `json` keeps the text exactly as
 *   written, so unicode, key order and escapes such as `\u0000` round-trip byte for byte.
 * - `records`: the head of every record — its current revision number and the query columns
 *   (`RecordIndex`) the contract extracts when writing. Reads join the head to its revision.
 * - `transaction_lines`: the live transactions as typed columns (money as `numeric`, so sums
 *   are exact), the book that `readTransactionColumns` and the pushed-down `customerFigures` read.
 *
 * Every id and sort column uses `COLLATE "C"`: byte order of UTF-8, which is Unicode code-point
 * order, the order of core's `compareCodePoints` — whatever the database's default collation.
 */

/** One migration: applied once, in order, inside a transaction. */
export interface SqlMigration {
  readonly version: number;
  readonly name: string;
  /** Statements, given the quoted schema name. */
  readonly statements: (schema: string) => readonly string[];
}

/** The migrations of the postgres adapter's schema, oldest first. Never edit one that shipped: add another. */
export const sqlMigrations: readonly SqlMigration[] = [
  {
    version: 1,
    name: 'records, revisions and transaction lines',
    statements: (s) => [
      `CREATE TABLE ${s}.revisions (
        kind text COLLATE "C" NOT NULL,
        id text COLLATE "C" NOT NULL,
        rev integer NOT NULL,
        at text COLLATE "C" NOT NULL,
        by text NOT NULL,
        deleted boolean NOT NULL,
        op text NOT NULL,
        version integer NOT NULL,
        data json NOT NULL,
        changes json,
        PRIMARY KEY (kind, id, rev)
      )`,
      `CREATE TABLE ${s}.records (
        kind text COLLATE "C" NOT NULL,
        id text COLLATE "C" NOT NULL,
        rev integer NOT NULL,
        at text COLLATE "C" NOT NULL,
        deleted boolean NOT NULL,
        grade text COLLATE "C",
        stage text COLLATE "C",
        owner text COLLATE "C",
        region text COLLATE "C",
        nature text COLLATE "C",
        customer_id text COLLATE "C",
        search text COLLATE "C" NOT NULL,
        sort_name text COLLATE "C" NOT NULL,
        PRIMARY KEY (kind, id)
      )`,
      // Sorting indexes for the kinds people browse; transactions are read as columns, and
      // leaving them out halves the index work of a bulk import.
      `CREATE INDEX records_by_name ON ${s}.records (kind, sort_name, id) WHERE kind <> 'transaction'`,
      `CREATE INDEX records_by_time ON ${s}.records (kind, at, id) WHERE kind <> 'transaction'`,
      `CREATE INDEX records_by_customer ON ${s}.records (kind, customer_id)`,
      `CREATE TABLE ${s}.transaction_lines (
        id text COLLATE "C" PRIMARY KEY,
        customer_id text COLLATE "C" NOT NULL,
        day date NOT NULL,
        amount numeric NOT NULL,
        cost numeric,
        paid numeric,
        quantity numeric,
        order_id text COLLATE "C",
        product_id text COLLATE "C",
        category text COLLATE "C"
      )`,
      `CREATE INDEX transaction_lines_by_customer ON ${s}.transaction_lines (customer_id, day)`,
    ],
  },
];

/** The schema version this adapter writes (the last migration). */
export const sqlSchemaVersion = sqlMigrations[sqlMigrations.length - 1]!.version;

/**
 * Quotes an SQL identifier.
 *
 * @example
 * quoteIdentifier('dossier') // '"dossier"'
 */
export function quoteIdentifier(name: string): string {
  if (name === '' || name.includes('\u0000')) throw new RangeError(`Not a usable SQL identifier: ${JSON.stringify(name)}`);
  return `"${name.replaceAll('"', '""')}"`;
}

const isUniqueViolation = (error: unknown) => (error as { code?: unknown } | null)?.code === '23505';

/**
 * Creates the schema and applies the migrations it lacks. Safe to run from several processes
 * at once without advisory locks (which distributed engines lack): each migration first
 * claims its row in `migrations` inside its transaction; a second process blocks on that row
 * until the first commits, then finds the migration done and skips it.
 *
 * @example
 * await migrateSqlSchema(toSqlClient(pool), { schema: 'dossier' });
 */
export async function migrateSqlSchema(sql: SqlClient, options: { schema: string }): Promise<number[]> {
  const s = quoteIdentifier(options.schema);
  const bootstrap = async (tx: SqlQueryable) => {
    await tx.query(`CREATE SCHEMA IF NOT EXISTS ${s}`);
    await tx.query(
      `CREATE TABLE IF NOT EXISTS ${s}.migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
    );
  };
  try {
    await sql.transaction(bootstrap);
  } catch (error) {
    // Two processes creating the schema at once: one of them loses the race on the catalog.
    if (!isUniqueViolation(error)) throw error;
    await sql.transaction(bootstrap);
  }
  const { rows } = await sql.query<{ version: number }>(`SELECT version FROM ${s}.migrations`);
  const done = new Set(rows.map((row) => row.version));
  const applied: number[] = [];
  for (const migration of sqlMigrations) {
    if (done.has(migration.version)) continue;
    const ran = await sql.transaction(async (tx) => {
      const claim = await tx.query(
        `INSERT INTO ${s}.migrations (version, name) VALUES ($1, $2) ON CONFLICT (version) DO NOTHING RETURNING version`,
        [migration.version, migration.name],
      );
      if (claim.rows.length === 0) return false;
      for (const statement of migration.statements(s)) await tx.query(statement);
      return true;
    });
    if (ran) applied.push(migration.version);
  }
  return applied;
}
