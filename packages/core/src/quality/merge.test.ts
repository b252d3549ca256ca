import { describe, expect, it } from 'vitest';
import { planMerge } from './merge.js';

const now = '2025-07-01T00:00:00.000Z';
const a = { id: 'C-1', createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z', name: { zh: '杭州西子贸易有限公司' }, mobile: '13812341234', tags: ['华东'], credit: { limit: 100 } };
const b = { id: 'C-2', createdAt: '2024-05-01T00:00:00.000Z', updatedAt: '2024-05-01T00:00:00.000Z', name: { zh: '杭州西子贸易公司', en: 'Xizi Trading' }, mobile: '13900001111', email: 'x@xizi.cn', tags: ['重点'], credit: { limit: 200, rating: 'AA' } };
const transactions = [
  { id: 'T-1', customerId: 'C-2', amount: 10 },
  { id: 'T-2', customerId: 'C-1', amount: 20 },
];
const contacts = [{ id: 'P-1', customerId: 'C-2', name: { zh: '王芳' } }];

describe('planMerge', () => {
  it('merges field by field, keeps every value and re-points the absorbed record’s related records', () => {
    const plan = planMerge(a, b, { now, choose: ['mobile'], related: { transaction: transactions, contact: contacts } });
    expect(plan.merged).toEqual({
      id: 'C-1',
      createdAt: a.createdAt,
      updatedAt: now,
      name: { zh: '杭州西子贸易有限公司', en: 'Xizi Trading' },
      mobile: '13900001111',
      email: 'x@xizi.cn',
      tags: ['华东', '重点'],
      credit: { limit: 100, rating: 'AA' },
    });
    expect(plan.decisions.map((d) => [d.path, d.kept])).toEqual([
      ['name.zh', 'survivor'],
      ['mobile', 'absorbed'],
      ['credit.limit', 'survivor'],
    ]);
    // every value of both records is either in the merged record or listed as discarded
    expect(plan.discarded).toEqual([
      { path: 'name.zh', value: '杭州西子贸易公司', from: 'C-2' },
      { path: 'mobile', value: '13812341234', from: 'C-1' },
      { path: 'credit.limit', value: 200, from: 'C-2' },
    ]);
    expect(plan.ops.map((op) => (op.op === 'put' ? `put ${op.kind} ${op.value.id}` : `${op.op} ${op.kind} ${op.id}`))).toEqual([
      'put customer C-1',
      'put transaction T-1',
      'put contact P-1',
      'remove customer C-2',
    ]);
    expect(plan.ops[1]).toMatchObject({ value: { id: 'T-1', customerId: 'C-1' } });
  });

  it('comes with its exact undo', () => {
    const plan = planMerge(a, b, { now, related: { transaction: transactions } });
    expect(plan.undo).toEqual([
      { op: 'put', kind: 'customer', value: a },
      { op: 'put', kind: 'transaction', value: transactions[0] },
      { op: 'restore', kind: 'customer', id: 'C-2' },
    ]);
  });
});
