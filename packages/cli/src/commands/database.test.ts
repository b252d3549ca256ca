// The commands on PostgreSQL: import loads the lines into the postgres store, grade computes the
// figures inside PostgreSQL, stores the grading run and writes the same grades as the CSV path;
// analyze and export read from it. Runs against the server of this test run: DOSSIER_TEST_DATABASE_URL,
// else a throwaway cluster (storage-adapters' test support); skipped, saying why, when neither exists.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { erpCsvGbk, expected } from '../testing-fixtures/erp-book.js';
import { usePostgres } from '../testing-fixtures/postgres.js';
import { dossier, excelCsv, parseCsv, workspace } from '../testing-fixtures/harness.js';

const postgres = usePostgres();

const schema = `cli_${process.pid}_${Date.now().toString(36)}`;

describe('dossier on PostgreSQL (--database-url)', () => {
  it('import loads the lines, a re-run adds none, grade gives the CSV path\'s grades from figures computed in SQL and stores the run', async (context) => {
    if (!postgres.url) context.skip(postgres.unavailable);
    const ws = workspace();
    ws.file('销售明细.csv', erpCsvGbk());
    const db = ['--database-url', postgres.url!, '--database-schema', schema];

    const first = await dossier(['import', '销售明细.csv', '--kind', 'transaction', ...db], { cwd: ws.dir });
    expect(first.stderr).toContain('销售明细.csv: the header is on line 2');
    expect(first.stderr).toContain('PostgreSQL: 7 of 7 lines written');
    expect(first.stderr).toMatch(/PostgreSQL: imported 7 lines \(0 already stored\)/);
    expect(first.status).toBe(0);
    const again = await dossier(['import', '销售明细.csv', '--kind', 'transaction', ...db], { cwd: ws.dir });
    expect(again.stderr).toMatch(/PostgreSQL: imported 0 lines \(7 already stored\)/);

    const graded = await dossier(['grade', '--as-of', '2025-04-01', ...db, '--out', 'grades.csv'], { cwd: ws.dir });
    expect(graded.status).toBe(0);
    expect(graded.stderr).toContain('PostgreSQL: computing the figures of the book as of 2025-04-01 in the database');
    expect(graded.stderr).toMatch(/PostgreSQL: stored the grading run grading-2025-04-01-/);
    const rows = parseCsv(readFileSync(join(ws.dir, 'grades.csv'), 'utf8')).map((r) => [r.customer_id, r.grade, r.revenue]);
    expect(rows).toEqual(expected);
    // … the same as the CSV path on the same file
    const csvPath = await dossier(['grade', '-t', '销售明细.csv', '--as-of', '2025-04-01', '-q'], { cwd: ws.dir });
    expect(parseCsv(csvPath.stdout).map((r) => [r.customer_id, r.grade, r.revenue])).toEqual(rows);

    const client = new pg.Client({ connectionString: postgres.url });
    await client.connect();
    try {
      // the lines are in PostgreSQL's own table, all seven (the two identical ones of K003 included)
      const { rows: counted } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "${schema}".transaction_lines`);
      expect(Number(counted[0]!.n)).toBe(7);
      const { rows: runs } = await client.query<{ data: string }>(`SELECT r.data::text AS data FROM "${schema}".revisions r JOIN "${schema}".records h USING (kind, id, rev) WHERE kind = 'grading-run'`);
      expect(runs).toHaveLength(1);
      const run = JSON.parse(runs[0]!.data) as { asOf: string; method: string; customers: { customerId: string; grade: string }[] };
      expect(run).toMatchObject({ asOf: '2025-04-01', method: 'abc-share' });
      expect(run.customers.map((c) => [c.customerId, c.grade]).sort()).toEqual(expected.map(([id, grade]) => [id, grade]).sort());
    } finally {
      await client.end();
    }

    // DATABASE_URL in the environment does the same when no file is named
    const fromEnv = await dossier(['grade', '--as-of', '2025-04-01', '--database-schema', schema, '-q'], { cwd: ws.dir, env: { LANG: 'en_US.UTF-8', DATABASE_URL: postgres.url! } });
    expect(parseCsv(fromEnv.stdout).map((r) => [r.customer_id, r.grade, r.revenue])).toEqual(expected);

    const analysis = await dossier(['analyze', '--as-of', '2025-04-01', ...db, '--format', 'json', '-q'], { cwd: ws.dir });
    expect(analysis.status).toBe(0);
    expect((JSON.parse(analysis.stdout) as { pareto: { netRevenue: number } }).pareto.netRevenue).toBe(21000);
  }, 120_000);

  it('import and export customers through the store', async (context) => {
    if (!postgres.url) context.skip(postgres.unavailable);
    const ws = workspace();
    ws.file('客户.csv', excelCsv(['客户编码,客户名称,地区', 'K001,杭州西子贸易有限公司,华东', 'K002,=HYPERLINK("http://x"),华南']));
    const db = ['--database-url', postgres.url!, '--database-schema', `${schema}_c`];
    const imported = await dossier(['import', '客户.csv', ...db, '--now', '2025-06-30T00:00:00.000Z'], { cwd: ws.dir });
    expect(imported.stderr).toContain('2 new');
    expect(imported.status).toBe(0);
    const exported = await dossier(['export', ...db, '--out', 'out.csv'], { cwd: ws.dir });
    expect(exported.status).toBe(0);
    const text = readFileSync(join(ws.dir, 'out.csv'), 'utf8');
    expect(text).toContain('杭州西子贸易有限公司');
    expect(text).toContain(`'=HYPERLINK`);
  }, 120_000);
});

describe('choosing between a file and PostgreSQL', () => {
  it('refuses --transactions and --database-url together, without printing the password', async () => {
    const ws = workspace();
    const outcome = await dossier(['grade', '-t', 'sales.csv', '--as-of', '2025-04-01', '--database-url', 'postgres://erp:s3cret@db.example/book'], { cwd: ws.dir });
    expect(outcome.status).toBe(2);
    expect(outcome.stderr).toContain('either --transactions FILE or --database-url, not both');
    expect(outcome.stderr).toContain('postgres://erp:***@db.example/book');
    expect(outcome.stderr).not.toContain('s3cret');
  });
  it('a file named on the command line wins over DATABASE_URL in the environment', async () => {
    const ws = workspace();
    ws.file('sales.csv', excelCsv(['customer_id,date,amount', 'K1,2025-03-01,100']));
    const outcome = await dossier(['grade', '-t', 'sales.csv', '--as-of', '2025-04-01', '-q'], { cwd: ws.dir, env: { LANG: 'en_US.UTF-8', DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' } });
    expect(outcome.status).toBe(0);
    expect(parseCsv(outcome.stdout).map((r) => r.customer_id)).toEqual(['K1']);
  });
});
