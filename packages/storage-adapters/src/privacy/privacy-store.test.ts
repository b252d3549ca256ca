import { afterAll, describe, expect, it } from 'vitest';
import { PGlite } from '@electric-sql/pglite';
import { createMemoryData, createMemoryStore } from '../memory/index.js';
import { createPostgresStore } from '../postgres/index.js';
import { importEncryptionKey, isSealed, recordCodecs, type Customer } from '@dossier/core';
import { dossierKinds, isStoreError, type DossierRecords, type StoreError } from '../contract/index.js';
import { createMemoryAuditLog } from './audit-log.js';
import { withPrivacy } from './privacy-store.js';
import { sealableKinds } from './sealable-kinds.js';
import { person, privacySuite, secrets } from './privacy-suite.js';

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

describe('privacy store over typed kinds (core schemas)', () => {
  const kinds = () => sealableKinds(dossierKinds());
  const typedPerson = () => recordCodecs.customer.decode(structuredClone(person) as never);

  it('refuses a store whose kinds would reject sealed values, naming the fix', async () => {
    const key = await importEncryptionKey(new Uint8Array(32).fill(7));
    expect(() => withPrivacy(createMemoryStore<DossierRecords>({ kinds: dossierKinds() }), { key, audit: createMemoryAuditLog() })).toThrow(/sealableKinds/);
  });

  it('seals secret fields of a typed record, validates their plain values, and reads them back', async () => {
    const data = createMemoryData();
    const key = await importEncryptionKey(new Uint8Array(32).fill(7));
    const store = withPrivacy(createMemoryStore<DossierRecords>({ data, kinds: kinds() }), { key, audit: createMemoryAuditLog() });
    const written = await store.put('customer', typedPerson());
    expect(written.ok).toBe(true);
    const read = await store.get('customer', 'C-1');
    expect(read?.value.kind === 'person' && read.value.idNumber).toBe('11010519491231002X');
    expect(read?.value.createdAt).toBeInstanceOf(Date);
    const dump = JSON.stringify([...data.revisions].map(([kind, rows]) => [kind, [...rows]]));
    for (const secret of secrets) expect(dump).not.toContain(secret);
    // What the store underneath keeps is the envelope, which its own kinds decode as it is.
    const inner = await store.inner.get('customer', 'C-1');
    expect(inner?.value.kind === 'person' && isSealed(inner.value.idNumber)).toBe(true);

    // A wrong check character is refused before sealing, naming the field; nothing is written.
    const bad = { ...typedPerson(), idNumber: '110105194912310021' } as Customer;
    const error = await store.put('customer', bad).catch((e: unknown) => e);
    expect(isStoreError(error, 'invalid')).toBe(true);
    expect((error as StoreError).path).toBe('idNumber');
    expect((await store.history('customer', 'C-1')).length).toBe(1);
  });
});
