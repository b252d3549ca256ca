// DuckDB: the same ABC + RFM in SQL written for the purpose (one aggregation, window
// functions for the running share and the tie-safe scores), on a table loaded from the
// same book's CSV.
import { DuckDBInstance } from '@duckdb/node-api';
import type { DuckDBConnection } from '@duckdb/node-api';
import { bins, cutoffs, segmentTable, vipFraction } from '../shared.js';

/** read_csv of the sample book's CSV with explicit types (no sniffing). */
export function readCsvSql(path: string): string {
  const columns =
    "{'customer_id': 'VARCHAR', 'date': 'DATE', 'amount': 'DOUBLE', 'cost': 'DOUBLE', 'order_id': 'VARCHAR', " +
    "'product_id': 'VARCHAR', 'category': 'VARCHAR', 'quantity': 'DOUBLE', 'paid': 'DOUBLE'}";
  return `read_csv('${path.replace(/'/g, "''")}', header = true, columns = ${columns})`;
}

const segmentValues = segmentTable
  .flatMap((row, k) => row.map((segment, j) => `(${5 - k}, ${j + 1}, '${segment}')`))
  .join(', ');

/**
 * The grading query over a relation `source` with columns customer_id, date, amount, order_id.
 * Revenue uses fsum (compensated summation), as core does.
 */
export function gradingSql(source: string, asOf: string, windowDays: number): string {
  return `
WITH lines AS (SELECT customer_id, date, amount, order_id FROM ${source}),
counted AS (
  SELECT * FROM lines WHERE date >= DATE '${asOf}' - INTERVAL ${windowDays} DAY AND date < DATE '${asOf}'
),
per_customer AS (
  SELECT customer_id,
         fsum(amount) AS revenue,
         count(DISTINCT order_id) + count(*) FILTER (WHERE order_id IS NULL) AS orders,
         max(date) FILTER (WHERE amount > 0) AS last_purchase
  FROM counted GROUP BY customer_id
),
figures AS (
  SELECT c.customer_id, coalesce(p.revenue, 0) AS revenue, coalesce(p.orders, 0) AS orders, p.last_purchase
  FROM (SELECT DISTINCT customer_id FROM lines) c LEFT JOIN per_customer p USING (customer_id)
),
ranked AS (
  SELECT customer_id,
         row_number() OVER w AS rank,
         coalesce(sum(revenue) OVER (w ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) / sum(revenue) OVER () AS share_before,
         sum(revenue) OVER (w ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) / sum(revenue) OVER () AS share_after,
         count(*) OVER () AS ranked
  FROM figures WHERE revenue > 0
  WINDOW w AS (ORDER BY revenue DESC, customer_id)
),
abc AS (
  SELECT customer_id, rank, share_before, share_after,
         CASE WHEN share_before < ${cutoffs[0]} THEN 'A' WHEN share_before < ${cutoffs[1]} THEN 'B' ELSE 'C' END AS grade,
         rank <= least(ranked, greatest(0, ceil(${vipFraction} * ranked - 1e-9))) AS vip
  FROM ranked
),
scored AS (
  SELECT customer_id, DATE '${asOf}' - last_purchase AS recency_days, orders, revenue,
         count(*) OVER () AS n,
         rank() OVER (ORDER BY DATE '${asOf}' - last_purchase DESC) - 1 AS r_below,
         rank() OVER (ORDER BY orders) - 1 AS f_below,
         rank() OVER (ORDER BY revenue) - 1 AS m_below
  FROM figures WHERE last_purchase IS NOT NULL
),
rfm AS (
  SELECT customer_id, recency_days,
         1 + floor(${bins} * r_below / n)::INTEGER AS r,
         1 + floor(${bins} * f_below / n)::INTEGER AS f,
         1 + floor(${bins} * m_below / n)::INTEGER AS m
  FROM scored
),
segments(r, f, segment) AS (VALUES ${segmentValues})
SELECT f.customer_id, coalesce(a.grade, 'C') AS grade, f.revenue, a.rank, a.share_before, a.share_after,
       coalesce(a.vip, false) AS vip, rfm.recency_days, f.orders AS frequency, rfm.r, rfm.f, rfm.m,
       coalesce(s.segment, 'inactive') AS segment
FROM figures f
LEFT JOIN abc a USING (customer_id)
LEFT JOIN rfm USING (customer_id)
LEFT JOIN segments s ON s.r = rfm.r AND s.f = rfm.f`;
}

/** An in-memory DuckDB with every core of the machine. */
export async function openDuckDb(): Promise<{ instance: DuckDBInstance; connection: DuckDBConnection }> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  return { instance, connection };
}
