/**
 * Regression tests of the postgres adapter's set-based transaction import (import-lines.ts),
 * run by both test files (pg server and PGlite) on the same SQL.
 */
import { describe, expect, it } from 'vitest';
import { dossierKinds } from '../src/contract/index.js';
import { createPostgresStore, quoteIdentifier, toSqlClient } from '../src/postgres/index.js';
import type { PGliteLike, PgPoolLike, SqlClient } from '../src/postgres/index.js';
import { freshSchemaName } from './postgres-harness.ts';

type Db = PgPoolLike | PGliteLike;

export function postgresImportRegressions(name: string, db: Db): void {
  describe(`postgres set-based import (${name})`, () => {
    it('stamps first revisions, keeps createdAt and records the change of an edited line, brings a removed line back', async () => {
      const sql = toSqlClient(db);
      const schema = freshSchemaName('imp');
      const s = quoteIdentifier(schema);
      let clock = '2026-01-01T00:00:00.000Z';
      const store = await createPostgresStore({ db, schema, kinds: dossierKinds(), now: () => clock, actor: 'importer' });
      try {
        const lines = [
          { customerId: 'c1', date: '2025-01-02', amount: 100.1, cost: 60, orderId: 'o1' },
          { customerId: '客户二', date: '2025-02-28', amount: 55.5, paid: 0, quantity: 2 },
          { customerId: 'c3', date: '2024-12-31', amount: 1234567890123.45, category: '电子' },
        ];
        expect(await store.importTransactions(lines, { importId: 'erp', chunkSize: 2 })).toEqual({ written: 3, unchanged: 0 });
        const first = await store.history('transaction', 'erp:1');
        expect(first.map((r) => [r.rev, r.op, r.by, r.at])).toEqual([[1, 'import', 'importer', '2026-01-01T00:00:00.000Z']]);
        expect(first[0]!.value).toMatchObject({ id: 'erp:1', customerId: 'c1', amount: 100.1, createdAt: new Date(clock), updatedAt: new Date(clock) });
        // every field of a first revision is "added", as for any new record
        expect(first[0]!.changes.map((c) => c.path.join('.'))).toEqual(expect.arrayContaining(['amount', 'cost', 'customerId', 'date', 'orderId']));
        // the typed line is exact: numeric digits as written, the day as a date
        const raw = await sql.query<{ amount: string; day: string }>(`SELECT amount::text AS amount, day::text AS day FROM ${s}.transaction_lines WHERE id = 'erp:3'`);
        expect(raw.rows).toEqual([{ amount: '1234567890123.45', day: '2024-12-31' }]);
        // the head carries its query column: listed by customer
        expect((await store.list('transaction', { customerId: '客户二' })).items.map((r) => r.id)).toEqual(['erp:2']);

        clock = '2026-02-01T00:00:00.000Z';
        expect(await store.importTransactions(lines, { importId: 'erp' })).toEqual({ written: 0, unchanged: 3 });
        const edited = [lines[0]!, { ...lines[1]!, amount: 55.6 }, lines[2]!];
        await store.remove('transaction', 'erp:3');
        expect(await store.importTransactions(edited, { importId: 'erp' })).toEqual({ written: 2, unchanged: 1 });
        const second = await store.history('transaction', 'erp:2');
        expect(second.map((r) => r.rev)).toEqual([1, 2]);
        expect(second[1]!.value).toMatchObject({ amount: 55.6, createdAt: new Date('2026-01-01T00:00:00.000Z'), updatedAt: new Date(clock) });
        expect(second[1]!.changes.filter((c) => c.path[0] !== 'updatedAt')).toEqual([{ path: ['amount'], before: 55.5, after: 55.6 }]);
        const back = await store.history('transaction', 'erp:3');
        expect(back.map((r) => [r.rev, r.deleted])).toEqual([[1, false], [2, true], [3, false]]);
        const columns = await store.readTransactionColumns();
        expect([...columns.amount].sort((a, b) => a - b)).toEqual([55.6, 100.1, 1234567890123.45]);
        const counts = await sql.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${s}.revisions WHERE kind = 'transaction'`);
        // 3 first revisions, erp:2's edit, erp:3's removal and its return: 6, the re-run added none
        expect(counts.rows[0]!.n).toBe('6');
      } finally {
        await store.close();
        await sql.query(`DROP SCHEMA ${s} CASCADE`);
      }
    }, 60_000);

    it('probes keys, not whole tables, when the statistics lag behind a growing book', async () => {
      // Without the per-key probe the planner, its statistics taken on the empty tables, joined
      // each chunk against a full scan of the heads: a re-run took seconds per chunk.
      const sql = toSqlClient(db);
      const schema = freshSchemaName('plan');
      const store = await createPostgresStore({ db, schema });
      try {
        const book = Array.from({ length: 6000 }, (_, i) => ({ customerId: `c${i % 50}`, date: '2025-01-02', amount: i }));
        await store.importTransactions(book, { importId: 'p', chunkSize: 3000 });
        const plans: string[] = [];
        const explainingSql: SqlClient = {
          dialect: sql.dialect,
          query: (text, params) => sql.query(text, params),
          transaction: (work) =>
            sql.transaction((tx) =>
              work({
                async query<Row>(text: string, params?: readonly unknown[]) {
                  if (/^\s*SELECT/.test(text) && text.includes('unnest(') && text.includes('.records')) {
                    const plan = await tx.query<Record<string, string>>(`EXPLAIN ${text}`, params);
                    plans.push(plan.rows.map((row) => Object.values(row)[0]).join('\n'));
                  }
                  return tx.query<Row>(text, params);
                },
              }),
            ),
        };
        const explaining = await createPostgresStore({ schema, db: explainingSql });
        expect(await explaining.importTransactions(book, { importId: 'p', chunkSize: 3000 })).toEqual({ written: 0, unchanged: 6000 });
        expect(plans.length).toBeGreaterThanOrEqual(2); // a look-up of the heads per chunk
        for (const plan of plans) {
          expect(plan).toMatch(/Index (Only )?Scan using records_pkey/);
          expect(plan).not.toMatch(/Seq Scan|Hash Join|Materialize/);
        }
        await explaining.close();
      } finally {
        await store.close();
        await sql.query(`DROP SCHEMA ${quoteIdentifier(schema)} CASCADE`);
      }
    }, 60_000);
  });
}
