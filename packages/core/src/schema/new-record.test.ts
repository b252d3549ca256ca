import { describe, expect, it } from 'vitest';
import { SchemaError } from './schema-error.js';
import { draftJson, newCustomer, newRecord } from './new-record.js';

describe('newCustomer', () => {
  it('fills the bookkeeping fields and the empty lists of what a person writes', () => {
    const customer = newCustomer(
      { id: 'C-1', kind: 'organisation', name: '杭州科技', nature: 'manufacturer', salespersonId: 'rep-7', territory: '华东' },
      { now: '2026-03-01T08:00:00+08:00' },
    );
    expect(customer).toMatchObject({
      id: 'C-1',
      schemaVersion: 2,
      createdAt: new Date('2026-03-01T00:00:00.000Z'),
      updatedAt: new Date('2026-03-01T00:00:00.000Z'),
      name: { zh: '杭州科技' },
      addresses: [],
      productLines: [],
      tags: [],
      profiles: {},
      grade: { provisional: false },
      credit: {},
      relationship: { stage: 'prospect', setByHand: false },
    });
  });

  it('names a Latin-script name as the English name', () => {
    const customer = newCustomer({ id: 'C-2', kind: 'person', name: 'Wang Fang', nature: 'individual-consumer', salespersonId: 'rep-7', territory: 'East' });
    expect(customer.name).toEqual({ en: 'Wang Fang' });
  });

  it('throws a SchemaError naming every missing field, in en and zh-CN', () => {
    let error: unknown;
    try {
      newCustomer({ id: 'C-3', kind: 'organisation', name: '杭州科技' } as Parameters<typeof newCustomer>[0]);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SchemaError);
    const message = (error as SchemaError).message;
    expect(message).toContain('C-3');
    for (const field of ['salespersonId', 'territory', 'nature']) expect(message).toContain(field);
    expect((error as SchemaError).messageIn('zh-CN')).toContain('新建的customer记录 C-3 无效');
  });
});

describe('newRecord', () => {
  it('accepts ISO strings for instants and decodes them to Dates', () => {
    const visit = newRecord('interaction', { id: 'I-1', customerId: 'C-1', kind: 'visit', at: '2026-03-01T09:00:00+08:00', by: 'rep-7' }, { now: new Date(0) });
    expect(visit.at).toEqual(new Date('2026-03-01T01:00:00.000Z'));
    expect(visit.contactIds).toEqual([]);
    expect(visit.createdAt).toEqual(new Date(0));
  });
});

describe('draftJson', () => {
  it('keeps what the draft gives over the defaults and leaves createdAt to the store', () => {
    const json = draftJson('contact', { id: 'P-1', customerId: 'C-1', name: { en: 'Li Lei' }, isKey: true, createdAt: new Date(0) });
    expect(json).toEqual({
      id: 'P-1',
      customerId: 'C-1',
      name: { en: 'Li Lei' },
      isKey: true,
      buyingRoles: [],
      personality: [],
      schemaVersion: 1,
      createdAt: '1970-01-01T00:00:00.000Z',
    });
    expect(draftJson('transaction', { id: 'T-1' })).toEqual({ id: 'T-1', schemaVersion: 1 });
  });
});
