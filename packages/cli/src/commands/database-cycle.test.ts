// grade --overrides and duplicates on PostgreSQL (--database-url): the stored run carries the
// overrides with their reasons and its review state; the duplicate scan pages through the store.
// Against DOSSIER_TEST_DATABASE_URL, else a throwaway cluster; skipped, saying why, when neither exists.
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { erpCsvGbk } from '../testing-fixtures/erp-book.js';
import { usePostgres } from '../testing-fixtures/postgres.js';
import { dossier, excelCsv, parseCsv, workspace } from '../testing-fixtures/harness.js';

const postgres = usePostgres();

const schema = `cycle_${process.pid}_${Date.now().toString(36)}`;

describe('the grading cycle and duplicates on PostgreSQL', () => {
  it('grade --overrides stores the run with the override, its reason and the proposed state', async (context) => {
    if (!postgres.url) context.skip(postgres.unavailable);
    const ws = workspace();
    ws.file('销售明细.csv', erpCsvGbk());
    ws.file('调整.csv', excelCsv(['客户编码,等级,理由', 'K005,A,新签战略客户']));
    const db = ['--database-url', postgres.url!, '--database-schema', schema];
    expect((await dossier(['import', '销售明细.csv', '--kind', 'transaction', ...db], { cwd: ws.dir })).status).toBe(0);
    const graded = await dossier(['grade', '--as-of', '2025-04-01', ...db, '--overrides', '调整.csv', '-q'], { cwd: ws.dir });
    expect(graded.status).toBe(0);
    expect(parseCsv(graded.stdout.replace(/^\uFEFF/, '')).find((r) => r.customer_id === 'K005')!.grade).toBe('A');
    const client = new pg.Client({ connectionString: postgres.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ data: string }>(`SELECT r.data::text AS data FROM "${schema}".revisions r JOIN "${schema}".records h USING (kind, id, rev) WHERE kind = 'grading-run'`);
      const run = JSON.parse(rows[0]!.data) as { review: { state: string; steps: { by: string }[] }; customers: { customerId: string; grade: string; computedGrade: string; override?: { reason: string } }[] };
      expect(run.review.state).toBe('proposed');
      expect(run.review.steps[0]!.by).toBe('dossier-cli');
      expect(run.customers.find((c) => c.customerId === 'K005')).toMatchObject({ grade: 'A', computedGrade: 'C', override: { reason: '新签战略客户' } });
    } finally {
      await client.end();
    }

    // The cycle through `dossier review`: listed as proposed; confirming before the review is refused.
    const listed = await dossier(['review', ...db], { cwd: ws.dir });
    expect(listed.status).toBe(0);
    const runId = /^(grading-\S+)/.exec(listed.stdout)![1]!;
    expect(listed.stdout).toContain(`${runId}  as of 2025-04-01, abc-share: proposed by dossier-cli`);
    const early = await dossier(['review', runId, '--to', 'confirmed', '--by', 'review-meeting', ...db], { cwd: ws.dir });
    expect(early.status).toBe(2);
    expect(early.stderr).toContain('is proposed; it cannot become confirmed');
    const reviewed = await dossier(['review', runId, '--to', 'reviewed', '--by', 'finance.zhao', '--note', '信用等级已核对', '--at', '2025-04-03T09:00:00Z', ...db, '--locale', 'zh-CN'], { cwd: ws.dir });
    expect(reviewed.stdout).toBe(`分级记录 ${runId} 现为已审核（finance.zhao）。\n`);
    const confirmed = await dossier(['review', runId, '--to', 'confirmed', '--by', 'review-meeting', '--at', '2025-04-05T15:00:00Z', ...db], { cwd: ws.dir });
    expect(confirmed.status).toBe(0);
    expect((await dossier(['review', ...db], { cwd: ws.dir })).stdout).toContain(': confirmed by review-meeting 2025-04-05T15:00:00Z');
    const after = new pg.Client({ connectionString: postgres.url });
    await after.connect();
    try {
      const { rows } = await after.query<{ data: string; by: string }>(`SELECT r.data::text AS data, r.by FROM "${schema}".revisions r WHERE kind = 'grading-run' ORDER BY rev`);
      expect(rows.map((r) => r.by)).toEqual(['dossier-cli', 'finance.zhao', 'review-meeting']);
      const run = JSON.parse(rows[2]!.data) as { review: { steps: { state: string; by: string; note?: string }[] } };
      expect(run.review.steps).toMatchObject([{ state: 'proposed', by: 'dossier-cli' }, { state: 'reviewed', by: 'finance.zhao', note: '信用等级已核对' }, { state: 'confirmed', by: 'review-meeting' }]);
    } finally {
      await after.end();
    }
  }, 120_000);

  it('duplicates --database-url lists the pairs of the stored customers', async (context) => {
    if (!postgres.url) context.skip(postgres.unavailable);
    const ws = workspace();
    ws.file('客户.csv', excelCsv(['客户编码,客户名称,地区', 'K001,杭州西子贸易有限公司,华东', 'K002,杭州西子贸易公司,华东', 'K003,宁波甬江机械,华东']));
    const db = ['--database-url', postgres.url!, '--database-schema', `${schema}_d`];
    expect((await dossier(['import', '客户.csv', ...db, '--now', '2025-06-30T00:00:00.000Z'], { cwd: ws.dir })).status).toBe(0);
    const found = await dossier(['duplicates', ...db, '--format', 'csv'], { cwd: ws.dir });
    expect(found.status).toBe(0);
    expect(found.stderr).toContain('read 3 customer records');
    expect(parseCsv(found.stdout.replace(/^\uFEFF/, '')).map((r) => [r.a, r.b, r.reasons])).toEqual([['K001', 'K002', 'same name after normalisation']]);
  }, 120_000);
});
