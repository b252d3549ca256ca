import { afterAll, describe, expect, it } from 'vitest';
import { PGlite } from '@electric-sql/pglite';
import { createMemoryData, createMemoryStore } from '../memory/index.js';
import { createPostgresStore } from '../postgres/index.js';
import { privacySuite } from './privacy-suite.js';

const wrap = (vitestIt: typeof it) => (name: string, body: () => Promise<void>) => vitestIt(name, body, 60_000);

privacySuite('memory', {
  describe,
  it: wrap(it),
  expect: expect as never,
  async create() {
    const data = createMemoryData();
    return {
      store: createMemoryStore({ data }),
      // the memory store's data as it holds it: every revision of every record
      dump: async () => JSON.stringify([...data.revisions].map(([kind, rows]) => [kind, [...rows]])),
      cleanup: async () => {},
    };
  },
});

const db = new PGlite();
afterAll(() => db.close());
let schemaCount = 0;

privacySuite('PGlite', {
  describe,
  it: wrap(it),
  expect: expect as never,
  async create() {
    const schema = `privacy_${++schemaCount}`;
    const store = await createPostgresStore({ db, schema });
    return {
      store,
      // every row of every table of the schema, as PostgreSQL holds it
      async dump() {
        const tables = await db.query<{ table_name: string }>(`select table_name from information_schema.tables where table_schema = $1`, [schema]);
        let text = '';
        for (const { table_name } of tables.rows) {
          const rows = await db.query<{ row: string }>(`select t::text as row from "${schema}"."${table_name}" t`);
          text += rows.rows.map((r) => r.row).join('\n');
        }
        return text;
      },
      cleanup: async () => {
        await store.close();
        await db.query(`drop schema "${schema}" cascade`);
      },
    };
  },
});
