import { afterAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { isStoreError } from '../contract/index.js';
import { runAuditLogConformance } from '../testing/index.js';
import { testDatabaseUrl } from '../../test-support/database-url.ts';
import { freePort } from '../../test-support/postgres-server.ts';
import { freshSchemaName } from '../../test-support/postgres-harness.ts';
import { createPostgresAuditLog, type PostgresAuditLog } from './audit-log.js';
import { quoteIdentifier } from './schema.js';
import { toSqlClient, type PGliteLike, type PgPoolLike } from './sql-client.js';

// The PostgreSQL audit log through node-postgres against the real server of this test run,
// and through PGlite in Node: the same SQL. Every case gets a schema of its own.
const pool = new pg.Pool({ connectionString: testDatabaseUrl(), max: 8 });
const lite = new PGlite();
afterAll(async () => {
  await pool.end();
  await lite.close();
});

const entry = (n: number, customerId = 'C-1') =>
  ({ at: `2026-03-01T00:00:${String(n).padStart(2, '0')}.000Z`, userId: `u-${n % 3}`, action: 'read', kind: 'customer', recordId: `R-${n}`, customerId, fields: ['mobile'] }) as const;

for (const [name, db] of [['pg', pool], ['PGlite', lite]] as [string, PgPoolLike | PGliteLike][]) {
  const sql = toSqlClient(db);
  const drop = (schema: string) => sql.query(`DROP SCHEMA ${quoteIdentifier(schema)} CASCADE`);

  runAuditLogConformance(`postgres (${name})`, {
    describe,
    it,
    timeout: 60_000,
    persistent: true,
    create: async () => {
      const schema = freshSchemaName('audit');
      return {
        log: await createPostgresAuditLog(db, { schema }),
        reopen: () => createPostgresAuditLog(db, { schema }),
        cleanup: () => drop(schema).then(() => undefined),
      };
    },
  });

  describe(`postgres audit log (${name})`, () => {
    async function withLog(work: (log: PostgresAuditLog, schema: string) => Promise<void>): Promise<void> {
      const schema = freshSchemaName('auditreg');
      const log = await createPostgresAuditLog(db, { schema });
      try {
        await work(log, schema);
      } finally {
        await drop(schema);
      }
    }

    it('refuses raw UPDATE, DELETE and TRUNCATE in the database itself, and keeps the rows', () =>
      withLog(async (log) => {
        await log.append(entry(1));
        await log.append(entry(2));
        for (const statement of [
          `UPDATE ${log.tableSql} SET user_id = 'forger' WHERE seq = (SELECT min(seq) FROM ${log.tableSql})`,
          `UPDATE ${log.tableSql} SET reason = 'added later'`,
          `DELETE FROM ${log.tableSql}`,
          `DELETE FROM ${log.tableSql} WHERE record_id = 'R-1'`,
          `TRUNCATE ${log.tableSql}`,
        ]) {
          const error = await sql.query(statement).then(
            () => undefined,
            (e: unknown) => e as { message: string; code: string },
          );
          expect(error, statement).toBeDefined();
          expect(error!.message).toMatch(/dossier_audit is append-only: (UPDATE|DELETE|TRUNCATE) is not allowed/);
          expect(error!.code).toBe('42501');
        }
        // Inside a transaction too, nothing slips through (the trigger fires per row).
        await expect(sql.transaction((tx) => tx.query(`DELETE FROM ${log.tableSql} WHERE seq > 0`))).rejects.toThrow(/append-only/);
        const { rows } = await sql.query<{ user_id: string; reason: string | null }>(`SELECT user_id, reason FROM ${log.tableSql} ORDER BY seq`);
        // entry(1).userId = u-(1 % 3) = u-1, entry(2).userId = u-2
        expect(rows).toEqual([
          { user_id: 'u-1', reason: null },
          { user_id: 'u-2', reason: null },
        ]);
      }));

    it('stores at as timestamptz for SQL reports and the exact text for the API', () =>
      withLog(async (log) => {
        await log.append(entry(7));
        const { rows } = await sql.query<{ epoch: string | number; at_text: string; fields: string[] }>(
          `SELECT extract(epoch FROM at)::bigint AS epoch, at_text, fields FROM ${log.tableSql}`,
        );
        // 2026-03-01T00:00:07Z: Date.UTC(2026, 2, 1) / 1000 + 7
        expect(Number(rows[0]!.epoch)).toBe(Date.UTC(2026, 2, 1) / 1000 + 7);
        expect(rows[0]!.at_text).toBe('2026-03-01T00:00:07.000Z');
        expect(rows[0]!.fields).toEqual(['mobile']);
      }));

    it('answers a query by customer or user from its index, not a scan', () =>
      withLog(async (log) => {
        // 200 entries over 20 customers, then plans with sequential scans priced out, so the
        // planner shows which index can answer (on a table this small it would scan anyway).
        for (let n = 0; n < 200; n += 50) await Promise.all(Array.from({ length: 50 }, (_, i) => log.append(entry((n + i) % 60, `C-${(n + i) % 20}`))));
        await sql.transaction(async (tx) => {
          await tx.query('SET LOCAL enable_seqscan = off');
          for (const [where, index] of [
            [`customer_id = 'C-3'`, 'dossier_audit_by_customer'],
            [`user_id = 'u-1'`, 'dossier_audit_by_user'],
            [`at_text >= '2026-03-01T00:00:30.000Z'`, 'dossier_audit_by_at'],
          ]) {
            const { rows } = await tx.query<{ 'QUERY PLAN': string }>(`EXPLAIN SELECT * FROM ${log.tableSql} WHERE ${where} ORDER BY seq`);
            const plan = rows.map((row) => row['QUERY PLAN']).join('\n');
            expect(plan, where).toContain(index);
            expect(plan, where).not.toMatch(/Seq Scan/);
          }
        });
        // C-3: entries n with n % 20 === 3 among 0…199 → 3, 23, …, 183: 10 entries
        expect(await log.query({ customerId: 'C-3' })).toHaveLength(10);
      }));

    it('migrates idempotently, also from several instances at once', async () => {
      const schema = freshSchemaName('auditmig');
      try {
        const logs = await Promise.all(Array.from({ length: 4 }, () => createPostgresAuditLog(db, { schema })));
        await Promise.all(logs.map((log, i) => log.append(entry(i))));
        const again = await createPostgresAuditLog(db, { schema });
        expect((await again.query()).map((e) => e.recordId).sort()).toEqual(['R-0', 'R-1', 'R-2', 'R-3']);
        const { rows } = await sql.query<{ n: string | number }>(
          `SELECT count(*) AS n FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace ns ON ns.oid = c.relnamespace WHERE ns.nspname = $1 AND NOT t.tgisinternal`,
          [schema],
        );
        expect(Number(rows[0]!.n)).toBe(2);
      } finally {
        await drop(schema);
      }
    });

    it('creates its own table only: it needs none of the store migrations', () =>
      withLog(async (_log, schema) => {
        const { rows } = await sql.query<{ table_name: string }>(`SELECT table_name FROM information_schema.tables WHERE table_schema = $1`, [schema]);
        expect(rows.map((row) => row.table_name)).toEqual(['dossier_audit']);
      }));

    it('fails with unavailable once closed', () =>
      withLog(async (log) => {
        log.close();
        await expect(log.append(entry(1))).rejects.toSatisfy((e: unknown) => isStoreError(e, 'unavailable'));
        await expect(log.query()).rejects.toSatisfy((e: unknown) => isStoreError(e, 'unavailable'));
      }));
  });
}

describe('postgres audit log on node-postgres', () => {
  it('says unavailable when the server cannot be reached', async () => {
    const port = await freePort(); // nothing listens there
    const unreachable = new pg.Pool({ connectionString: `postgres://postgres@127.0.0.1:${port}/postgres`, connectionTimeoutMillis: 2000 });
    const error = await createPostgresAuditLog(unreachable).catch((e: unknown) => e);
    expect(isStoreError(error, 'unavailable')).toBe(true);
    expect((error as Error).message).toMatch(/ECONNREFUSED|connect/);
    await unreachable.end();
  });
});

describe('postgres audit log made before the refuse action', () => {
  it('is migrated on open: its old action check is replaced, so refused writes can be logged', async () => {
    const db = new PGlite();
    try {
      const schema = freshSchemaName('audit_old');
      await createPostgresAuditLog(db, { schema });
      // The check as a log made before 'refuse' has it.
      const table = `${quoteIdentifier(schema)}.dossier_audit`;
      await db.query(`ALTER TABLE ${table} DROP CONSTRAINT dossier_audit_action_check`);
      await db.query(`ALTER TABLE ${table} ADD CONSTRAINT dossier_audit_action_check CHECK (action IN ('read', 'reveal', 'create', 'update', 'remove', 'restore', 'export', 'erase', 'merge'))`);
      const refused = { at: '2026-03-01T00:00:00.000Z', userId: 'rep-2', action: 'refuse', kind: 'customer', recordId: 'C-1', fields: ['mobile'] } as const;
      await expect((await createPostgresAuditLog(db, { schema })).append(refused)).resolves.toMatchObject({ action: 'refuse', fields: ['mobile'] });
    } finally {
      await db.close();
    }
  }, 60_000);
});
