import { inject, it, expect } from 'vitest';
import pg from 'pg';

it('harness server answers', async () => {
  const client = new pg.Client({ connectionString: inject('databaseUrl') });
  await client.connect();
  const { rows } = await client.query<{ v: string }>('select version() as v');
  expect(rows[0]?.v).toContain('PostgreSQL');
  await client.end();
});
