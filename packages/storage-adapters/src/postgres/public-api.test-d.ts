// Type tests of @dossier/storage-adapters/postgres (see ../public-api.test-d.ts): they run nothing.
import type { CustomerFigures } from '@dossier/core';
import { describe, expectTypeOf, it } from 'vitest';
import { dossierKinds, type DossierRecords, type Store } from '../index.js';
import { createPostgresStore, type PGliteLike, type PgPoolLike, type PostgresStore, type SqlClient } from './index.js';

describe('@dossier/storage-adapters/postgres', () => {
  it('takes a pg Pool, a PGlite or a SqlClient and infers the record map', async () => {
    const store = await createPostgresStore({ db: {} as PgPoolLike, kinds: dossierKinds() });
    expectTypeOf(store).toEqualTypeOf<PostgresStore<DossierRecords>>();
    expectTypeOf(store).toExtend<Store<DossierRecords>>();
    expectTypeOf(store.sql).toEqualTypeOf<SqlClient>();
    expectTypeOf(createPostgresStore({ db: {} as PGliteLike })).resolves.toHaveProperty('schemaSql').toEqualTypeOf<string>();
    // @ts-expect-error the database is required
    await createPostgresStore({ kinds: dossierKinds() });
  });

  it('computes figures in SQL: customerFigures is always there', () => {
    const store = {} as PostgresStore<DossierRecords>;
    expectTypeOf(store.customerFigures).returns.resolves.toExtend<CustomerFigures>();
  });
});
