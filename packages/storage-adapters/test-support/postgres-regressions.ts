/**
 * The postgres adapter's own regression tests, beyond the shared conformance suite. Both test
 * files (pg server and PGlite) run them, so the same SQL is checked on both.
 */
import { describe, expect, it } from 'vitest';
import { computeCustomerFigures, NO_DAY } from '@dossier/core';
import type { CustomerFigures } from '@dossier/core';
import { generateTransactionColumns } from '@dossier/core/sample';
import { compareCodePoints, isStoreError } from '../src/contract/index.js';
import { createPostgresStore, escapeIndexText, sqlMigrations, quoteIdentifier, toSqlClient, unescapeIndexText } from '../src/postgres/index.js';
import type { PGliteLike, PgPoolLike, PostgresStore } from '../src/postgres/index.js';
import { freshSchemaName } from './postgres-harness.ts';

type Db = PgPoolLike | PGliteLike;

async function withStore<T>(db: Db, work: (store: PostgresStore, schema: string) => Promise<T>): Promise<T> {
  const schema = freshSchemaName('reg');
  const store = await createPostgresStore({ db, schema, now: () => '2026-01-01T00:00:00.000Z' });
  try {
    return await work(store, quoteIdentifier(schema));
  } finally {
    await store.close();
    await toSqlClient(db).query(`DROP SCHEMA ${quoteIdentifier(schema)} CASCADE`);
  }
}

/** Figures per customer id, for comparing two `CustomerFigures` regardless of row order. */
function byCustomer(figures: CustomerFigures) {
  const out = new Map<string, { revenue: number; cost: number; paid: number; quantity: number; ints: number[] }>();
  figures.customerIds.forEach((id, i) =>
    out.set(id, {
      revenue: figures.revenue[i]!,
      cost: figures.cost[i]!,
      paid: figures.paid[i]!,
      quantity: figures.quantity[i]!,
      ints: [figures.orders[i]!, figures.lines[i]!, figures.lastPurchaseDay[i]!, figures.firstPurchaseDay[i]!, figures.lastPurchaseEverDay[i]!],
    }),
  );
  return out;
}

/** Relative closeness for quantity sums (quantities are any decimal; money is compared exactly). */
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

export function postgresRegressions(name: string, db: Db): void {
  describe(`postgres adapter regressions (${name})`, () => {
    it('writes what raw SQL reads back: revisions, heads, typed transaction lines', () =>
      withStore(db, async (store, s) => {
        const sql = toSqlClient(db);
        await store.put('customer', { id: 'c1', name: '杭州科技', grade: { current: 'A' } });
        await store.put('customer', { id: 'c1', name: '杭州科技有限公司', grade: { current: 'B' } }, { baseRev: 1 });
        const revisions = await sql.query<{ rev: number; data: string; changes: string }>(
          `SELECT rev, data::text AS data, changes::text AS changes FROM ${s}.revisions WHERE kind = 'customer' AND id = 'c1' ORDER BY rev`,
        );
        expect(revisions.rows.map((r) => JSON.parse(r.data).name)).toEqual(['杭州科技', '杭州科技有限公司']);
        expect(JSON.parse(revisions.rows[1]!.changes)).toEqual([
          { path: ['grade', 'current'], before: 'A', after: 'B' },
          { path: ['name'], before: '杭州科技', after: '杭州科技有限公司' },
        ]);
        const head = await sql.query<{ rev: number; grade: string; sort_name: string }>(
          `SELECT rev, grade, sort_name FROM ${s}.records WHERE kind = 'customer' AND id = 'c1'`,
        );
        expect(head.rows).toEqual([{ rev: 2, grade: 'B', sort_name: '杭州科技有限公司' }]);

        // Money is whole fen: a cost with more decimals is refused, naming the line; nothing is written.
        await expect(
          store.importTransactions([{ customerId: 'c1', date: '2025-01-02', amount: 1, cost: 123456789.12345679 }], { importId: 'raw' }),
        ).rejects.toMatchObject({ code: 'invalid', line: 1 });
        // 0.1 + 0.2 as numeric is exactly 0.3; 1234567890123.45 keeps all its digits.
        await store.importTransactions(
          [
            { customerId: 'c1', date: '2025-01-02', amount: 0.1, cost: 1234567890123.45, orderId: 'o1' },
            { customerId: 'c1', date: '2025-01-03', amount: 0.2, quantity: 3 },
          ],
          { importId: 'raw' },
        );
        // read back as columns, every amount is what was written, to the fen
        const back = await store.readTransactionColumns();
        expect([Array.from(back.amount), Array.from(back.cost!)]).toEqual([
          [0.1, 0.2],
          [1234567890123.45, Number.NaN],
        ]);
        const lines = await sql.query<{ id: string; day: string; amount: string; cost: string | null; total: string }>(
          `SELECT id, day::text AS day, amount::text AS amount, cost::text AS cost, (SELECT SUM(amount)::text FROM ${s}.transaction_lines) AS total
           FROM ${s}.transaction_lines ORDER BY id`,
        );
        expect(lines.rows).toEqual([
          { id: 'raw:1', day: '2025-01-02', amount: '0.1', cost: '1234567890123.45', total: '0.3' },
          { id: 'raw:2', day: '2025-01-03', amount: '0.2', cost: null, total: '0.3' },
        ]);
        await store.remove('transaction', 'raw:2');
        const left = await sql.query<{ id: string }>(`SELECT id FROM ${s}.transaction_lines`);
        expect(left.rows).toEqual([{ id: 'raw:1' }]);
      }));

    it('sorts ids in code-point order in SQL (COLLATE "C"), as core does', () =>
      withStore(db, async (store, s) => {
        // UTF-16 order would put 😀 (D83D DE00) before ～ (FF5E); code points put it after.
        const ids = ['b', 'B', 'a', '\uFF5E', '😀', 'é', 'e\u0301', '客户', 'Z'];
        for (const id of ids) await store.put('contact', { id, name: id });
        const expected = [...ids].sort(compareCodePoints);
        expect(expected.indexOf('\uFF5E')).toBeLessThan(expected.indexOf('😀'));
        const page = await store.list('contact', { sort: 'id', limit: 100 });
        expect(page.items.map((r) => r.id)).toEqual(expected);
        const raw = await toSqlClient(db).query<{ id: string }>(`SELECT id FROM ${s}.records WHERE kind = 'contact' ORDER BY id`);
        expect(raw.rows.map((r) => r.id)).toEqual(expected);
        const desc = await store.list('contact', { sort: 'name', direction: 'desc', limit: 3 });
        expect(desc.items.map((r) => r.id)).toEqual([...expected].reverse().slice(0, 3));
      }));

    it('keeps U+0000 in names searchable and in order (escaped index text)', () =>
      withStore(db, async (store) => {
        expect(unescapeIndexText(escapeIndexText('a\u0000b\u0001c'))).toBe('a\u0000b\u0001c');
        // Escaping keeps code-point order: '' < '\0' < '\u0001' < '\u0002'.
        const texts = ['x\u0002', 'x\u0001', 'x\u0000', 'x'];
        expect(texts.map(escapeIndexText).sort(compareCodePoints).map(unescapeIndexText)).toEqual([...texts].sort(compareCodePoints));
        await store.put('customer', { id: 'n1', name: 'nul\u0000name' });
        await store.put('customer', { id: 'n2', name: 'nul' });
        const found = await store.list('customer', { text: 'l\u0000n' });
        expect(found.items.map((r) => r.id)).toEqual(['n1']);
        expect(found.items[0]!.value['name']).toBe('nul\u0000name');
        const sorted = await store.list('customer', { sort: 'name' });
        expect(sorted.items.map((r) => r.id)).toEqual(['n2', 'n1']);
      }));

    it('computes figures in one SQL statement equal to core computeCustomerFigures on a generated book', () =>
      withStore(db, async (store) => {
        const book = generateTransactionColumns({ seed: 7, customers: 120, transactions: 2400, asOf: '2026-01-01' });
        const result = await store.importTransactions(book, { importId: 'gen', chunkSize: 1000 });
        expect(result).toEqual({ written: 2400, unchanged: 0 });
        for (const windowDays of [365, 90]) {
          const query = { asOf: '2025-10-01', windowDays, customerIds: ['no-lines'] };
          const pushed = byCustomer(await store.customerFigures(query));
          const reference = byCustomer(computeCustomerFigures(await store.readTransactionColumns(), query));
          expect([...pushed.keys()].sort()).toEqual([...reference.keys()].sort());
          for (const [id, want] of reference) {
            const got = pushed.get(id)!;
            expect(got.ints, id).toEqual(want.ints);
            // Money is whole fen: SQL's exact numeric sum and core's exact fen sum are the same
            // decimal, so the same double, for every customer, to the last bit.
            for (const field of ['revenue', 'cost', 'paid'] as const) expect(got[field], `${id} ${field}`).toBe(want[field]);
            expect(close(got.quantity, want.quantity), `${id} quantity: ${got.quantity} vs ${want.quantity}`).toBe(true);
          }
          const none = pushed.get('no-lines')!;
          expect(none.revenue).toBe(0);
          expect(none.ints).toEqual([0, 0, NO_DAY, NO_DAY, NO_DAY]);
        }
      }));

    it('creates the schema once, also when several stores start at the same time', async () => {
      const schema = freshSchemaName('mig');
      const sql = toSqlClient(db);
      const stores = await Promise.all([0, 1, 2, 3].map(() => createPostgresStore({ db, schema })));
      const again = await createPostgresStore({ db, schema });
      const { rows } = await sql.query<{ version: number }>(`SELECT version FROM ${quoteIdentifier(schema)}.migrations ORDER BY version`);
      expect(rows.map((r) => r.version)).toEqual(sqlMigrations.map((m) => m.version));
      for (const store of [...stores, again]) await store.close();
      await sql.query(`DROP SCHEMA ${quoteIdentifier(schema)} CASCADE`);
    });

    it('rolls back a batch that the database rejects half-way', () =>
      withStore(db, async (store) => {
        // PostgreSQL text cannot hold U+0000: the second record fails inside the transaction.
        const error = await store
          .batch([
            { op: 'put', kind: 'customer', value: { id: 'ok-1' } },
            { op: 'put', kind: 'customer', value: { id: 'bad\u0000id' } },
          ])
          .catch((e: unknown) => e);
        expect(isStoreError(error, 'invalid')).toBe(true);
        expect(await store.get('customer', 'ok-1')).toBeUndefined();
        expect((await store.list('customer', { includeDeleted: true })).items).toEqual([]);
      }));

    it('reports a closed store as unavailable', async () => {
      const store = await createPostgresStore({ db, schema: freshSchemaName('closed') });
      await toSqlClient(db).query(`DROP SCHEMA ${store.schemaSql} CASCADE`);
      await store.close();
      const error = await store.get('customer', 'x').catch((e: unknown) => e);
      expect(isStoreError(error, 'unavailable')).toBe(true);
    });
  });
}
