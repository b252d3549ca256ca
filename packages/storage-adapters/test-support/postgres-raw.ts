/**
 * The independent read path into the postgres adapter's tables for the conformance suite:
 * plain SQL on `revisions` and `records`, without any of the adapter's read code.
 */
import type { RawReader } from '../src/testing/index.js';
import type { SqlQueryable } from '../src/postgres/index.js';

export function postgresRawReader(sql: SqlQueryable, schemaSql: string): RawReader {
  return {
    async revisions(kind, id) {
      const { rows } = await sql.query<{ rev: number; deleted: boolean; data: string }>(
        `SELECT rev, deleted, data::text AS data FROM ${schemaSql}.revisions WHERE kind = $1 AND id = $2 ORDER BY rev`,
        [kind, id],
      );
      return rows.map((row) => ({ rev: row.rev, deleted: row.deleted, data: JSON.parse(row.data) as Record<string, never> }));
    },
    async ids(kind) {
      const { rows } = await sql.query<{ id: string }>(`SELECT id FROM ${schemaSql}.records WHERE kind = $1 ORDER BY id`, [kind]);
      return rows.map((row) => row.id);
    },
  };
}
