import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordSchemas, TransactionColumnsBuilder } from '@dossier/core';
import { generateTransactionColumns } from '@dossier/core/sample';
import { checkImportLines, transactionJson } from './book.js';
import { dossierKinds } from './dossier-kinds.js';
import { isStoreError } from './errors.js';
import type { JsonObject } from './json.js';
import { acceptsTransactionJson } from './transaction-check.js';

const schemaAccepts = (json: JsonObject) => recordSchemas.transaction.safeParse(json).success;
const at = '2026-01-31T08:00:00.000Z';
const kinds = dossierKinds();

// Values of each field, good and bad, as an import or a caller could hand them in.
const longId = 'i'.repeat(200);
const ids = ['erp:1', '客户甲', longId, `${longId}x`, '', ' ', 7, null];
const dates = ['2025-03-01', '2024-02-29', '2025-02-29', '2025-13-01', '2025-3-1', '1000-01-01', '9999-12-31', 'today', 20250301];
const money = [12.5, 0, -3.1, 1234567890123.45, 0.125, 0.1 + 0.2, Number.NaN, Number.POSITIVE_INFINITY, '12', null];
const quantities = [2, -1.5, 1e-7, Number.NaN, Number.NEGATIVE_INFINITY, '2', null];
const texts = ['电子', ' 饮料 ', '   ', '', 'a'.repeat(10_000), ` ${'a'.repeat(10_000)} `, 'a'.repeat(10_001), 5];
const instants = [at, '2026-01-31T08:00:00Z', '2026-01-31T08:00:00.000+08:00', '2026-02-30T08:00:00.000Z', '2026-01-31T24:00:00.000Z', '2026-01-31', 'x', 0];
const extras: JsonObject[] = [{}, { salespersonId: 'rep-1' }, { salespersonId: '' }, { facts: {} }, { productName: '笔' }, { bogus: 1 }];

// Mostly good values (the first of each list), so that whole lines are often accepted.
const pick = <T>(values: readonly T[]) => fc.oneof({ arbitrary: fc.constant(values[0]!), weight: 12 }, { arbitrary: fc.constantFrom(...values), weight: 1 });
const optional = <T>(values: readonly T[]) => fc.option(pick(values), { nil: undefined });
const lineArbitrary = fc
  .record({
    id: pick(ids),
    customerId: pick(ids),
    date: pick(dates),
    amount: pick(money),
    cost: optional(money),
    paid: optional(money),
    quantity: optional(quantities),
    orderId: optional(ids),
    productId: optional(ids),
    category: optional(texts),
    schemaVersion: pick([1, 2, '1']),
    createdAt: pick(instants),
    updatedAt: pick(instants),
    extra: pick(extras),
  })
  .map(({ extra, ...fields }) => {
    const json: JsonObject = { ...extra };
    for (const [key, value] of Object.entries(fields)) if (value !== undefined) json[key] = value as never;
    return json;
  });

describe('the hand-written check of transaction JSON', () => {
  it('accepts every stamped line of a generated book, as the schema does', () => {
    const book = generateTransactionColumns({ seed: 7, customers: 50, transactions: 2000, asOf: '2026-01-01' });
    for (let i = 0; i < book.length; i++) {
      const json = kinds.transaction.stamp!(transactionJson(book, i, `g:${i + 1}`), { at, by: 'u1', previous: undefined });
      expect([acceptsTransactionJson(json), schemaAccepts(json)]).toEqual([true, true]);
    }
  });

  it('accepts only what the schema accepts, and all of it for the fields of an imported line in the store’s instant form', () => {
    let accepted = 0;
    fc.assert(
      fc.property(lineArbitrary, (json) => {
        const quick = acceptsTransactionJson(json);
        const schema = schemaAccepts(json);
        if (quick) {
          accepted++;
          expect(schema).toBe(true);
        }
        const importForm = Object.keys(json).every((key) => key !== 'salespersonId' && key !== 'facts' && key !== 'productName' && key !== 'bogus');
        const storeInstants = json['createdAt'] === at && json['updatedAt'] === at;
        if (schema && importForm && storeInstants) expect(quick).toBe(true);
      }),
      { numRuns: 3000, seed: 20_261_207 },
    );
    expect(accepted).toBeGreaterThan(100); // the property saw accepted lines, not only rejected ones
  });

  it('leaves a bad line to the schema: the same error, naming the same line, as without the quick check', () => {
    const builder = new TransactionColumnsBuilder();
    builder.push('C-1', 20_000, 10, { orderId: 'o1' });
    builder.push('C-1', 20_001, 20, { orderId: '' });
    const columns = builder.finish();
    const schemaOnly = { ...kinds, transaction: { ...kinds.transaction, accepts: undefined } };
    const errorOf = (table: typeof kinds) => {
      try {
        checkImportLines(columns, ['b:1', 'b:2'], table, { at, by: 'u1' });
      } catch (caught) {
        return caught as Error & { line?: number };
      }
      return undefined;
    };
    const quick = errorOf(kinds);
    const slow = errorOf(schemaOnly);
    expect(isStoreError(quick, 'invalid')).toBe(true);
    expect([quick?.line, quick?.message]).toEqual([2, slow?.message]);
    expect(slow?.line).toBe(2);
    expect(acceptsTransactionJson(kinds.transaction.stamp!(transactionJson(columns, 1, 'b:2'), { at, by: 'u1', previous: undefined }))).toBe(false);
  });
});
