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

    it('writes a chunk after a chunk of new lines without asking which lines exist, and takes the asking path when one does', async () => {
      const sql = toSqlClient(db);
      const schema = freshSchemaName('fresh');
      const s = quoteIdentifier(schema);
      let clock = '2026-01-01T00:00:00.000Z';
      const line = (n: number, amount = n) => ({ customerId: `c${n % 2}`, date: '2025-01-02', amount });
      const statements: string[] = [];
      const counting: SqlClient = {
        dialect: sql.dialect,
        query: (text, params) => sql.query(text, params),
        transaction: (work) =>
          sql.transaction((tx) =>
            work({
              query<Row>(text: string, params?: readonly unknown[]) {
                statements.push(text);
                return tx.query<Row>(text, params);
              },
              ...(tx.copyFrom ? { copyFrom: tx.copyFrom.bind(tx) } : {}),
            }),
          ),
      };
      const store = await createPostgresStore({ db: counting, schema, importConcurrency: 1, now: () => clock });
      try {
        // Stored before: b:7 as the book has it, b:8 with another amount.
        await store.importTransactions([line(7), line(8, 80)], { importId: 'b', ids: ['b:7', 'b:8'] });
        statements.length = 0;
        clock = '2026-02-01T00:00:00.000Z';
        const book = Array.from({ length: 9 }, (_, k) => line(k + 1));
        // Chunks b:1–3 (asked: all new), b:4–6 (written at once), b:7–9 (written at once, fails
        // on b:7's key, back to the savepoint, asked: b:7 unchanged, b:8 changed, b:9 new).
        expect(await store.importTransactions(book, { importId: 'b', chunkSize: 3 })).toEqual({ written: 8, unchanged: 1 });
        const asked = statements.filter((text) => text.includes('WITH ORDINALITY AS t(id, n)'));
        expect(asked).toHaveLength(2);
        expect(statements.filter((text) => text.startsWith('SAVEPOINT'))).toHaveLength(2);
        expect(statements.filter((text) => text.startsWith('ROLLBACK TO SAVEPOINT'))).toHaveLength(1);
        expect((await store.history('transaction', 'b:8')).map((r) => [r.rev, r.at, r.value.amount])).toEqual([
          [1, '2026-01-01T00:00:00.000Z', 80],
          [2, '2026-02-01T00:00:00.000Z', 8],
        ]);
        expect((await store.history('transaction', 'b:7')).map((r) => r.rev)).toEqual([1]);
        for (const id of ['b:1', 'b:5', 'b:9']) expect((await store.history('transaction', id)).map((r) => [r.rev, r.at])).toEqual([[1, clock]]);
        const counts = await sql.query<{ revisions: string; heads: string; lines: string; total: string }>(
          `SELECT (SELECT count(*) FROM ${s}.revisions)::text AS revisions, (SELECT count(*) FROM ${s}.records)::text AS heads,
                  (SELECT count(*) FROM ${s}.transaction_lines)::text AS lines, (SELECT sum(amount) FROM ${s}.transaction_lines)::text AS total`,
        );
        // 2 stored before + 7 new + b:8's edit; 9 heads and lines; amounts 1 + 2 + … + 9
        expect(counts.rows[0]).toEqual({ revisions: '10', heads: '9', lines: '9', total: '45' });
      } finally {
        await store.close();
        await sql.query(`DROP SCHEMA ${s} CASCADE`);
      }
    }, 60_000);
  });
}
