import { describe, expect, it } from 'vitest';
import { TransactionColumnsBuilder, toTransactionColumns } from '../book/columns.js';
import { asColumns, distinctPerGroup, population } from './book.js';
import { composition } from './composition.js';
import { pareto } from './pareto.js';

describe('analytics book helpers', () => {
  it('passes columns through untouched and encodes lines in order', () => {
    const columns = toTransactionColumns([{ customerId: 'b', date: '2025-01-01', amount: 1 }]);
    expect(asColumns(columns)).toBe(columns);
    expect(asColumns([{ customerId: 'b', date: '2025-01-01', amount: 1 }, { customerId: 'a', date: '2025-01-02', amount: 2 }]).customerIds).toEqual(['b', 'a']);
  });

  it('adds extra customers after the dictionary, once each', () => {
    const columns = toTransactionColumns([{ customerId: 'a', date: '2025-01-01', amount: 1 }]);
    const { ids, extraIndex } = population(columns, ['z', 'a', 'z', 'y']);
    expect(ids).toEqual(['a', 'z', 'y']);
    expect([...extraIndex]).toEqual([['z', 1], ['a', 0], ['y', 2]]);
    expect(population(columns).ids).toBe(columns.customerIds);
  });

  it('counts distinct keys per group, skipping -1', () => {
    // group 0: keys 5, 5, 2 → 2; group 1: key 5 → 1; the skipped line and the -1 key do not count
    const groups = Int32Array.of(0, 0, 1, 0, -1, 1);
    const keys = Int32Array.of(5, 5, 5, 2, 3, -1);
    expect([...distinctPerGroup(groups, keys, 2, 6)]).toEqual([2, 1]);
  });

  it('counts customers registered in the columns without transactions', () => {
    const builder = new TransactionColumnsBuilder();
    builder.add({ customerId: 'a', date: '2025-01-01', amount: 100 });
    builder.addCustomer('b');
    const columns = builder.finish();
    // population a, b: Gini of (100, 0) = 2·2·100 / (2·100) − 3/2 = 0.5
    expect(pareto(columns).gini).toBe(0.5);
    expect(composition(columns, { by: { a: 'A', b: 'C' } }).rows.map((r) => [r.key, r.customers, r.customerShare])).toEqual([
      ['A', 1, 0.5],
      ['C', 1, 0.5],
    ]);
  });
});
