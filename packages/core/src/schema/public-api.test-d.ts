// Type tests of @dossier/core/schema (see ../public-api.test-d.ts): they run nothing.
import { describe, expectTypeOf, it } from 'vitest';
import { customerSchema, findField, recordFields, validateCustomer, validateRecord, type Customer, type FieldEntry, type Transaction, type ValidationIssue } from './index.js';

describe('@dossier/core/schema', () => {
  it('validation returns the record or issues, never throws', () => {
    const result = validateCustomer({} as unknown, { locale: 'zh-CN' });
    if (result.ok) expectTypeOf(result.value).toEqualTypeOf<Customer>();
    else expectTypeOf(result.issues).toEqualTypeOf<ValidationIssue[]>();
  });

  it("validateRecord(kind, input) infers the kind's record type; unknown kinds are refused", () => {
    const result = validateRecord('transaction', {});
    if (result.ok) expectTypeOf(result.value).toEqualTypeOf<Transaction>();
    // @ts-expect-error no such record kind
    validateRecord('supplier', {});
  });

  it("the README's customerSchema.parse gives a Customer", () => {
    expectTypeOf(customerSchema.parse({})).toEqualTypeOf<Customer>();
  });

  it('the field catalogue is typed entries, found by path', () => {
    expectTypeOf(recordFields.customer).toEqualTypeOf<readonly FieldEntry[]>();
    expectTypeOf(findField).returns.toEqualTypeOf<FieldEntry | undefined>();
  });
});
