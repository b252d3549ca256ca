import { afterAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { isStoreError } from '../contract/index.js';
import { runStoreConformance } from '../testing/index.js';
import { testDatabaseUrl } from '../../test-support/database-url.ts';
import { freePort } from '../../test-support/postgres-server.ts';
import { freshSchemaName, postgresHarness } from '../../test-support/postgres-harness.ts';
import { postgresRegressions } from '../../test-support/postgres-regressions.ts';
import { postgresImportRegressions } from '../../test-support/postgres-import.ts';
import { createPostgresStore } from './postgres-store.js';
import { generateTransactionColumns } from '@dossier/core/sample';

// The postgres adapter through node-postgres against the real server of this test run.
const pool = new pg.Pool({ connectionString: testDatabaseUrl(), max: 8 });
afterAll(() => pool.end());

runStoreConformance('postgres (pg)', { describe, it, create: postgresHarness(pool) });
postgresRegressions('pg', pool);
postgresImportRegressions('pg', pool);

describe('postgres adapter on node-postgres', () => {
  it('serialises transactions on a single Client', async () => {
    const client = new pg.Client({ connectionString: testDatabaseUrl() });
    await client.connect();
    const store = await createPostgresStore({ db: client, schema: freshSchemaName('client') });
    // Ten concurrent unconditional puts of one record on one connection: each is its own
    // BEGIN … COMMIT, never interleaved, so revisions 1…10 all exist.
    await Promise.all(Array.from({ length: 10 }, (_, n) => store.put('customer', { id: 'c', n })));
    expect((await store.history('customer', 'c')).map((r) => r.rev)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    await client.query(`DROP SCHEMA ${store.schemaSql} CASCADE`);
    await store.close();
    await client.end();
  });

  it('says unavailable when the server cannot be reached', async () => {
    const port = await freePort(); // nothing listens there
    const unreachable = new pg.Pool({ connectionString: `postgres://postgres@127.0.0.1:${port}/postgres`, connectionTimeoutMillis: 2000 });
    const error = await createPostgresStore({ db: unreachable }).catch((e: unknown) => e);
    expect(isStoreError(error, 'unavailable')).toBe(true);
    expect((error as Error).message).toMatch(/ECONNREFUSED|connect/);
    await unreachable.end();
  });

  it('re-runs an import of unchanged lines without waiting for a writer that holds one of them, and two imports of one book write each line once', async () => {
    const schema = freshSchemaName('nolock');
    const first = await createPostgresStore({ db: pool, schema });
    const second = await createPostgresStore({ db: pool, schema });
    const book = generateTransactionColumns({ seed: 5, customers: 50, transactions: 3000, asOf: '2026-01-01' });
    // Two imports of the same new book at once: each line is written by exactly one of them
    // (the other finds it there, after a retry when both tried), never twice.
    const [a, b] = await Promise.all([
      first.importTransactions(book, { importId: 'same', chunkSize: 500 }),
      second.importTransactions(book, { importId: 'same', chunkSize: 500 }),
    ]);
    expect([a.written + b.written, a.unchanged + b.unchanged]).toEqual([3000, 3000]);
    const revisions = await pool.query<{ n: string; top: number }>(`SELECT count(*) AS n, max(rev) AS top FROM ${first.schemaSql}.revisions`);
    expect(revisions.rows[0]).toEqual({ n: '3000', top: 1 });
    // Another session holds line 7's head (an edit in progress): a re-run that changes nothing
    // neither waits for it nor writes.
    const holder = await pool.connect();
    try {
      await holder.query('BEGIN');
      await holder.query(`SELECT 1 FROM ${first.schemaSql}.records WHERE kind = 'transaction' AND id = 'same:7' FOR UPDATE`);
      const rerun = first.importTransactions(book, { importId: 'same', chunkSize: 500 });
      const waited = new Promise((resolve) => setTimeout(() => resolve('waited'), 10_000));
      expect(await Promise.race([rerun, waited])).toEqual({ written: 0, unchanged: 3000 });
    } finally {
      await holder.query('ROLLBACK');
      holder.release();
    }
    await pool.query(`DROP SCHEMA ${first.schemaSql} CASCADE`);
    await first.close();
    await second.close();
  }, 60_000);

  it('leaves every chunk all or nothing when the connections die mid-import, and a re-run finishes it', async () => {
    // A dedicated pool whose backends the test kills (what a server restart or a network cut
    // does) after the third committed chunk.
    const dying = new pg.Pool({ connectionString: testDatabaseUrl(), application_name: 'dossier-dying', max: 2 });
    dying.on('error', () => undefined); // idle clients of a killed backend report here
    const schema = freshSchemaName('dying');
    const store = await createPostgresStore({ db: dying, schema });
    const total = 20_000;
    const chunkSize = 1000;
    const book = generateTransactionColumns({ seed: 11, customers: 500, transactions: total, asOf: '2026-01-01' });
    let committed = 0;
    let killed: Promise<unknown> | undefined;
    store.subscribe((event) => {
      committed += event.bulk?.count ?? 0;
      if (committed >= 3 * chunkSize && !killed) {
        killed = pool.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'dossier-dying'`);
      }
    });
    const error = await store.importTransactions(book, { importId: 'cut', chunkSize }).catch((e: unknown) => e);
    await killed;
    expect(isStoreError(error, 'unavailable')).toBe(true);
    await store.close();
    await dying.end().catch(() => undefined);

    // Raw SQL: which chunks are there? Each completely (lines, heads and revisions) or not at all.
    const { rows } = await pool.query<{ chunk: number; lines: string; heads: string; revisions: string }>(
      `SELECT (split_part(r.id, ':', 2)::int - 1) / ${chunkSize} AS chunk, count(*) AS revisions,
              count(h.id) AS heads, count(l.id) AS lines
       FROM ${store.schemaSql}.revisions r
       LEFT JOIN ${store.schemaSql}.records h ON h.kind = r.kind AND h.id = r.id
       LEFT JOIN ${store.schemaSql}.transaction_lines l ON l.id = r.id
       WHERE r.kind = 'transaction' GROUP BY 1 ORDER BY 1`,
    );
    expect(rows.length).toBeGreaterThanOrEqual(3);
    expect(rows.length).toBeLessThan(total / chunkSize);
    for (const row of rows) expect([row.revisions, row.heads, row.lines].map(Number)).toEqual([chunkSize, chunkSize, chunkSize]);

    const again = await createPostgresStore({ db: pool, schema });
    const rerun = await again.importTransactions(book, { importId: 'cut', chunkSize });
    expect(rerun).toEqual({ written: total - rows.length * chunkSize, unchanged: rows.length * chunkSize });
    const counts = await pool.query<{ revisions: string; lines: string }>(
      `SELECT (SELECT count(*) FROM ${again.schemaSql}.revisions) AS revisions, (SELECT count(*) FROM ${again.schemaSql}.transaction_lines) AS lines`,
    );
    expect(counts.rows[0]).toEqual({ revisions: String(total), lines: String(total) });
    await pool.query(`DROP SCHEMA ${again.schemaSql} CASCADE`);
    await again.close();
  }, 120_000);

  it('writes new lines and new records by COPY, and text with tabs, newlines, backslashes and \\N comes back as written', async () => {
    // A dedicated pool that counts the COPY submittables its connections run.
    const counting = new pg.Pool({ connectionString: testDatabaseUrl(), max: 2 });
    let copies = 0;
    counting.on('connect', (client) => {
      const query = client.query.bind(client) as (...args: unknown[]) => unknown;
      (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
        if (typeof (args[0] as { submit?: unknown } | null)?.submit === 'function') copies++;
        return query(...args);
      };
    });
    const schema = freshSchemaName('copy');
    const store = await createPostgresStore({ db: counting, schema, importConcurrency: 1 });
    try {
      const awkward = ['tab\there', 'line\nbreak\r', 'back\\slash', '\\N', '客户 "甲"'];
      await store.batch(awkward.map((id) => ({ op: 'put' as const, kind: 'customer' as const, value: { id, name: id } })));
      expect(copies).toBe(2); // the revisions, the new heads
      const lines = awkward.map((customerId, i) => ({ customerId, date: '2025-03-0' + String(i + 1), amount: 10.5 + i, orderId: customerId, category: '\\N' }));
      expect(await store.importTransactions(lines, { importId: 'x\ty', chunkSize: 2 })).toEqual({ written: 5, unchanged: 0 });
      expect(copies).toBe(2 + 3 * 3); // three chunks, each: revisions, heads, typed lines
      for (const id of awkward) expect((await store.get('customer', id))?.value).toMatchObject({ id, name: id });
      const columns = await store.readTransactionColumns();
      expect([...columns.customerIds].sort()).toEqual([...awkward].sort());
      expect([...(columns.orderIds ?? [])].sort()).toEqual([...awkward].sort());
      expect(columns.categories).toEqual(['\\N']);
      expect([...columns.amount].sort((a, b) => a - b)).toEqual([10.5, 11.5, 12.5, 13.5, 14.5]);
      expect((await store.get('transaction', 'x\ty:2'))?.value).toMatchObject({ customerId: 'line\nbreak\r', date: '2025-03-02', amount: 11.5 });
      // The re-run finds every line unchanged: COPY stored exactly what the comparison sends.
      expect(await store.importTransactions(lines, { importId: 'x\ty', chunkSize: 2 })).toEqual({ written: 0, unchanged: 5 });
      expect(copies).toBe(11);
    } finally {
      await counting.query(`DROP SCHEMA ${store.schemaSql} CASCADE`);
      await store.close();
      await counting.end();
    }
  });
});
