// Type tests of @dossier/core/sample (see ../public-api.test-d.ts): they run nothing.
import { describe, expectTypeOf, it } from 'vitest';
import type { Customer, Person, TransactionColumns } from '../index.js';
import { generateArchive, generateTransactionColumns, samplePeople, sampleReps } from './index.js';

describe('@dossier/core/sample', () => {
  it("the README's snippets: an archive of typed records, columns for big books, people by name", () => {
    const archive = generateArchive({ seed: 42, customers: 200, asOf: '2026-01-01' });
    expectTypeOf(archive.customers).toEqualTypeOf<Customer[]>();
    expectTypeOf(generateTransactionColumns({ seed: 42, customers: 1_000_000, asOf: '2026-01-01' })).toExtend<TransactionColumns>();
    expectTypeOf(samplePeople({ seed: 42 })).toEqualTypeOf<Person[]>();
    expectTypeOf(sampleReps({ seed: 42, count: 3 })[0]!.region).toEqualTypeOf<string>();
  });
});
