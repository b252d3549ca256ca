import type { AuditEntry, AuditQuery } from '@dossier/core';
import { adapterError } from '../contract/adapter-errors.js';
import { isStoreError } from '../contract/index.js';
import type { AuditLog } from '../privacy/audit-log.js';
import { auditEntryToAppend, auditLogError } from '../privacy/audit-log-entry.js';
import { auditTableName, migrateAuditSchema } from './audit-schema.js';

export { auditSchemaStatements, auditTableName, migrateAuditSchema } from './audit-schema.js';
import { quoteIdentifier } from './schema.js';
import { toSqlClient, type PGliteLike, type PgClientLike, type PgPoolLike, type SqlClient } from './sql-client.js';

/** Options of {@link createPostgresAuditLog}. */
export interface PostgresAuditLogOptions {
  /** The SQL schema holding `dossier_audit` (created when missing). Default `dossier`, the store's. */
  schema?: string | undefined;
}

/** An audit log in PostgreSQL or PGlite. */
export interface PostgresAuditLog extends AuditLog {
  /** The quoted, schema-qualified table name, ready to be put in SQL (`"dossier".dossier_audit`). */
  readonly tableSql: string;
  /** Stops using the database (which stays open: the caller owns it); later calls fail with `unavailable`. */
  close(): void;
}

interface AuditRow {
  seq: string | number;
  at_text: string;
  user_id: string;
  role_id: string | null;
  action: AuditEntry['action'];
  kind: string;
  record_id: string;
  customer_id: string | null;
  customer_ids: string[] | null;
  fields: string[] | null;
  reason: string | null;
}

const columns = 'seq, at_text, user_id, role_id, action, kind, record_id, customer_id, customer_ids, fields, reason';

/** A row as the entry that was appended: NULL columns are absent members, `seq` a number. */
function entryOf(row: AuditRow): AuditEntry {
  return {
    seq: Number(row.seq),
    at: row.at_text,
    userId: row.user_id,
    ...(row.role_id === null ? {} : { roleId: row.role_id }),
    action: row.action,
    kind: row.kind,
    recordId: row.record_id,
    ...(row.customer_id === null ? {} : { customerId: row.customer_id }),
    ...(row.customer_ids === null ? {} : { customerIds: row.customer_ids }),
    ...(row.fields === null ? {} : { fields: row.fields }),
    ...(row.reason === null ? {} : { reason: row.reason }),
  };
}

/** Driver errors as StoreErrors: bad data `invalid`, a lost server `unavailable`, the rest `failed`. */
function auditFailure(error: unknown, recordId?: string): unknown {
  if (isStoreError(error)) return error;
  const e = error as { code?: unknown; message?: unknown } | null;
  const code = typeof e?.code === 'string' ? e.code : '';
  const reason = typeof e?.message === 'string' ? e.message : String(error);
  if (code.startsWith('22')) return auditLogError('invalid', 'auditInvalid', { recordId, issues: reason }, { cause: error });
  if (code === '53100') return auditLogError('quota', 'auditQuota', { recordId }, { cause: error });
  const unreachable =
    ['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'ETIMEDOUT', 'EPIPE'].includes(code) ||
    ['08', '53', '57', '58'].some((prefix) => code.startsWith(prefix)) ||
    /Connection terminated|not queryable|closed|PGlite is closed/i.test(reason);
  return adapterError('unavailable', unreachable ? 'unavailable' : 'failed', { id: recordId, cause: error, params: { reason } });
}

/**
 * An append-only audit log in the table `dossier_audit` of PostgreSQL — through node-postgres
 * or PGlite, with the same SQL. It creates its table on first use (its own idempotent
 * migration, apart from the store's). The database itself enforces append-only: triggers raise
 * on UPDATE, DELETE and TRUNCATE, whoever connects. Queries by customer or user use the
 * indexes `(customer_id, seq)` / `(user_id, seq)`; results come oldest first (by `seq`).
 *
 * @example
 * import pg from 'pg';
 * const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
 * const audit = await createPostgresAuditLog(pool);
 * const store = withPrivacy(await createPostgresStore({ db: pool }), { key, audit });
 * const seen = await audit.query({ userId: 'rep-7', from: '2026-01-01T00:00:00Z' });
 */
export async function createPostgresAuditLog(
  db: PgPoolLike | PgClientLike | PGliteLike | SqlClient,
  options: PostgresAuditLogOptions = {},
): Promise<PostgresAuditLog> {
  const sql = toSqlClient(db);
  const schema = options.schema ?? 'dossier';
  const tableSql = `${quoteIdentifier(schema)}.${auditTableName}`;
  let closed = false;
  try {
    await migrateAuditSchema(sql, { schema });
  } catch (error) {
    throw auditFailure(error);
  }
  const usable = () => {
    if (closed) throw adapterError('unavailable', 'unavailable', { params: { reason: 'the audit log was closed' } });
  };

  return {
    tableSql,

    async append(entry) {
      const value = auditEntryToAppend(entry);
      usable();
      try {
        const { rows } = await sql.query<AuditRow>(
          `INSERT INTO ${tableSql} (at, at_text, user_id, role_id, action, kind, record_id, customer_id, customer_ids, fields, reason)
           VALUES ($1::text::timestamptz, $1::text, $2, $3, $4, $5, $6, $7, $8::text[], $9::text[], $10) RETURNING ${columns}`,
          [value.at, value.userId, value.roleId ?? null, value.action, value.kind, value.recordId, value.customerId ?? null, value.customerIds ?? null, value.fields ?? null, value.reason ?? null],
        );
        return entryOf(rows[0]!);
      } catch (error) {
        throw auditFailure(error, value.recordId);
      }
    },

    async query(query: AuditQuery = {}) {
      usable();
      const where: string[] = [];
      const params: unknown[] = [];
      const add = (condition: (placeholder: string) => string, value: unknown) => {
        params.push(value);
        where.push(condition(`$${params.length}`));
      };
      // A customer's entries and the list views that showed it.
      if (query.customerId !== undefined) add((p) => `(customer_id = ${p} OR customer_ids @> ARRAY[${p}::text])`, query.customerId);
      if (query.userId !== undefined) add((p) => `user_id = ${p}`, query.userId);
      if (query.recordId !== undefined) add((p) => `record_id = ${p}`, query.recordId);
      if (query.action !== undefined) add((p) => `action = ${p}`, query.action);
      if (query.from !== undefined) add((p) => `at_text >= ${p}`, query.from);
      if (query.to !== undefined) add((p) => `at_text <= ${p}`, query.to);
      try {
        const { rows } = await sql.query<AuditRow>(
          `SELECT ${columns} FROM ${tableSql}${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY seq`,
          params,
        );
        return rows.map(entryOf);
      } catch (error) {
        throw auditFailure(error);
      }
    },

    close() {
      closed = true;
    },
  };
}
