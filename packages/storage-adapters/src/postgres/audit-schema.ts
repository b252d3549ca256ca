import { auditActions } from '@dossier/core';
import type { SqlClient } from './sql-client.js';
import { quoteIdentifier } from './schema.js';

/** The table of the PostgreSQL audit log (in the schema given to it). */
export const auditTableName = 'dossier_audit';

/**
 * The statements that create the audit log's table, indexes and append-only triggers, given
 * the quoted schema. Every one is idempotent (`IF NOT EXISTS`, `OR REPLACE`), so the migration
 * runs on every open without a version table.
 *
 * - `seq bigserial`: the log's order. `at_text` is the instant exactly as appended (always in
 *   `toISOString` form, so text order is time order): queries compare it as text, as core's
 *   `auditMatches` and the other logs do. `at timestamptz` holds the same instant for SQL reports.
 * - Indexes `(customer_id, seq)` and `(user_id, seq)`: a customer's or user's entries, oldest
 *   first, straight from the index; `(at_text)` for time ranges; a GIN index on `customer_ids`,
 *   the customers a list view's entry names.
 * - Triggers that raise on UPDATE, DELETE (per row) and TRUNCATE (per statement): the database
 *   itself refuses to change history, whichever client connects. (The table owner can still
 *   drop the triggers or the table: give the application a role with INSERT and SELECT only.)
 *
 * @example
 * for (const statement of auditSchemaStatements('"dossier"')) await sql.query(statement);
 */
export function auditSchemaStatements(s: string): readonly string[] {
  const t = `${s}.${auditTableName}`;
  const actions = auditActions.map((action) => `'${action}'`).join(', ');
  return [
    `CREATE SCHEMA IF NOT EXISTS ${s}`,
    `CREATE TABLE IF NOT EXISTS ${t} (
      seq bigserial PRIMARY KEY,
      at timestamptz NOT NULL,
      at_text text COLLATE "C" NOT NULL,
      user_id text COLLATE "C" NOT NULL,
      role_id text,
      action text NOT NULL CHECK (action IN (${actions})),
      kind text NOT NULL,
      record_id text COLLATE "C" NOT NULL,
      customer_id text COLLATE "C",
      fields text[],
      reason text
    )`,
    // A list view's entry names the customers it showed (a log made before keeps its rows: NULL).
    `ALTER TABLE ${t} ADD COLUMN IF NOT EXISTS customer_ids text[]`,
    `CREATE INDEX IF NOT EXISTS ${auditTableName}_by_customers ON ${t} USING gin (customer_ids)`,
    // A log created before an action was added keeps its old check: replace it (the default name
    // PostgreSQL gives a column check), so new actions such as \`refuse\` can be logged.
    `ALTER TABLE ${t} DROP CONSTRAINT IF EXISTS ${auditTableName}_action_check`,
    `ALTER TABLE ${t} ADD CONSTRAINT ${auditTableName}_action_check CHECK (action IN (${actions}))`,
    `CREATE INDEX IF NOT EXISTS ${auditTableName}_by_customer ON ${t} (customer_id, seq)`,
    `CREATE INDEX IF NOT EXISTS ${auditTableName}_by_user ON ${t} (user_id, seq)`,
    `CREATE INDEX IF NOT EXISTS ${auditTableName}_by_at ON ${t} (at_text)`,
    `CREATE OR REPLACE FUNCTION ${s}.${auditTableName}_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION '${auditTableName} is append-only: % is not allowed', TG_OP
        USING ERRCODE = 'insufficient_privilege', HINT = 'Audit entries can only be inserted.';
    END
    $$`,
    `CREATE OR REPLACE TRIGGER ${auditTableName}_no_update_delete BEFORE UPDATE OR DELETE ON ${t}
      FOR EACH ROW EXECUTE FUNCTION ${s}.${auditTableName}_refuse_change()`,
    `CREATE OR REPLACE TRIGGER ${auditTableName}_no_truncate BEFORE TRUNCATE ON ${t}
      FOR EACH STATEMENT EXECUTE FUNCTION ${s}.${auditTableName}_refuse_change()`,
  ];
}

// Two processes creating the same objects at once lose races on the catalog: a unique
// violation, "tuple concurrently updated" (XX000) or a deadlock. A retry finds them made.
const racyCodes = new Set(['23505', 'XX000', '40P01', '40001']);

/**
 * Creates the audit log's table, indexes and triggers when missing, in one transaction
 * (retried when a concurrent process raced it). Does not touch the store's tables or its
 * migration table.
 *
 * @example
 * await migrateAuditSchema(toSqlClient(pool), { schema: 'dossier' });
 */
export async function migrateAuditSchema(sql: SqlClient, options: { schema: string }): Promise<void> {
  const s = quoteIdentifier(options.schema);
  const statements = auditSchemaStatements(s);
  for (let attempt = 0; ; attempt++) {
    try {
      // Already there (the common case): no DDL, so no catalog locks on every open. A log made
      // before an action was added (its check lacks one) or before list views named their
      // customers (no customer_ids) is migrated.
      const { rows } = await sql.query<{ ready: boolean; actions: string | null }>(
        `SELECT (SELECT count(*) = 2 FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
                 WHERE n.nspname = $1 AND c.relname = $2 AND t.tgname IN ($3, $4))
                AND EXISTS (SELECT 1 FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
                 WHERE n.nspname = $1 AND c.relname = $2 AND a.attname = 'customer_ids' AND NOT a.attisdropped) AS ready,
                (SELECT pg_get_constraintdef(k.oid) FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
                 WHERE n.nspname = $1 AND c.relname = $2 AND k.conname = $5) AS actions`,
        [options.schema, auditTableName, `${auditTableName}_no_update_delete`, `${auditTableName}_no_truncate`, `${auditTableName}_action_check`],
      );
      if (rows[0]?.ready && auditActions.every((action) => rows[0]!.actions?.includes(`'${action}'`))) return;
      await sql.transaction(async (tx) => {
        for (const statement of statements) await tx.query(statement);
      });
      return;
    } catch (error) {
      const code = (error as { code?: unknown } | null)?.code;
      if (attempt < 5 && typeof code === 'string' && racyCodes.has(code)) continue;
      throw error;
    }
  }
}
