/**
 * The independent read path into the postgres adapter's tables for the conformance suite:
 * plain SQL on `revisions` and `records`, without any of the adapter's read code.
 */
import type { RawReader } from '../src/testing/index.js';
import type { SqlQueryable } from '../src/postgres/index.js';

/** Every row of every table of a schema (given quoted), as text: what a database dump holds. */
export async function postgresDump(sql: SqlQueryable, schemaSql: string): Promise<string> {
  const schema = schemaSql.slice(1, -1).replaceAll('""', '"');
  const tables = await sql.query<{ table_name: string }>(`SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY 1`, [schema]);
  let text = '';
  for (const { table_name } of tables.rows) {
    const rows = await sql.query<{ row: string }>(`SELECT t::text AS row FROM ${schemaSql}."${table_name.replaceAll('"', '""')}" t`);
    text += `${table_name}\n${rows.rows.map((r) => r.row).join('\n')}\n`;
  }
  return text;
}

export function postgresRawReader(sql: SqlQueryable, schemaSql: string): RawReader {
  return {
    async revisions(kind, id) {
      const { rows } = await sql.query<{ rev: number; deleted: boolean; data: string; changes: string | null }>(
        `SELECT rev, deleted, data::text AS data, changes::text AS changes FROM ${schemaSql}.revisions WHERE kind = $1 AND id = $2 ORDER BY rev`,
        [kind, id],
      );
      return rows.map((row) => ({
        rev: row.rev,
        deleted: row.deleted,
        data: JSON.parse(row.data) as Record<string, never>,
        changes: row.changes === null ? null : (JSON.parse(row.changes) as never),
      }));
    },
    async ids(kind) {
      const { rows } = await sql.query<{ id: string }>(`SELECT id FROM ${schemaSql}.records WHERE kind = $1 ORDER BY id`, [kind]);
      return rows.map((row) => row.id);
    },
    dump: () => postgresDump(sql, schemaSql),
  };
}
