import pg from 'pg';
import { startPostgresServer } from '../../packages/storage-adapters/test-support/postgres-server.ts';
const server = await startPostgresServer();
const pool = new pg.Pool({ connectionString: server.url });
await pool.query(`create table r (id text collate "C", rev int, data json, changes json, primary key (id, rev))`);
const n = 5000;
const rows = Array.from({ length: n }, (_, i) => ({ id: `x:${i}`, customerId: 'C0000001', date: '2025-01-01', amount: 123.45, cost: 100.1, orderId: 'SO-2025-000001', productId: 'P-0001', category: '饮料' }));
for (let round = 0; round < 4; round++) {
  const ids = rows.map((_, i) => `x:${round}:${i}`);
  let t0 = performance.now();
  await pool.query(`insert into r select i, 1, d::json, c::json from unnest($1::text[], $2::text[], $3::text[]) as u(i, d, c)`, [ids, rows.map((r) => JSON.stringify(r)), rows.map((r) => JSON.stringify(Object.entries(r).map(([k, v]) => ({ path: [k], after: v }))))]);
  const a = performance.now() - t0;
  t0 = performance.now();
  const payload = JSON.stringify(rows.map((r, i) => ({ id: `y:${round}:${i}`, rev: 1, data: r, changes: Object.entries(r).map(([k, v]) => ({ path: [k], after: v })) })));
  const b0 = performance.now() - t0;
  await pool.query(`insert into r select id, rev, data, changes from json_to_recordset($1::json) as t(id text, rev int, data json, changes json)`, [payload]);
  const b = performance.now() - t0;
  console.log('unnest', Math.round(a), 'json_to_recordset', Math.round(b), '(stringify', Math.round(b0), ')');
}
await pool.end(); server.stop();
