import { describe, expect, it } from 'vitest';
import { decodeCustomer } from './codecs.js';
import { migrateRecord, schemaVersionOf } from './migrations.js';
import { SchemaError } from './schema-error.js';
import { readRecord } from './read-record.js';
import { validateCustomer } from './validate.js';

// A customer as Dossier's first schema stored it (no schemaVersion field: version 1).
const v1 = {
  id: 'C-0001',
  createdAt: '2024-05-01T02:00:00.000Z',
  updatedAt: '2024-06-01T02:00:00.000Z',
  name: '华为技术有限公司',
  nameEn: 'Huawei Technologies Co., Ltd.',
  address: { province: '广东省', city: '深圳市', district: '龙岗区', street: '坂田华为基地' },
  owner: 'rep-7',
  region: '华南',
  nature: 'manufacturer',
  stage: 'former',
  stoppedOn: '2024-05-20',
  stoppedReason: '转向竞争对手',
  grade: 'A',
  creditRating: 'AA',
  uscc: '914403001922038216',
};

describe('migrateRecord', () => {
  it('upgrades a v1 customer to the current shape, which then validates', () => {
    const migrated = migrateRecord('customer', v1);
    expect(migrated).toEqual({
      id: 'C-0001',
      createdAt: '2024-05-01T02:00:00.000Z',
      updatedAt: '2024-06-01T02:00:00.000Z',
      kind: 'organisation',
      schemaVersion: 2,
      name: { zh: '华为技术有限公司', en: 'Huawei Technologies Co., Ltd.' },
      addresses: [{ province: '广东省', city: '深圳市', district: '龙岗区', street: '坂田华为基地' }],
      salespersonId: 'rep-7',
      territory: '华南',
      nature: 'manufacturer',
      productLines: [],
      tags: [],
      relationship: { stage: 'former', setByHand: false, stoppedOn: '2024-05-20', stopReason: '转向竞争对手' },
      grade: { current: 'A', provisional: false },
      credit: { rating: 'AA' },
      uscc: '914403001922038216',
      profiles: {},
    });
    const customer = decodeCustomer(migrated);
    expect(customer.createdAt).toEqual(new Date('2024-05-01T02:00:00.000Z'));
    expect(validateCustomer(migrated).ok).toBe(true);
  });

  it('never changes its input, and leaves a current record as it is', () => {
    const copy = structuredClone(v1);
    const current = migrateRecord('customer', v1);
    expect(v1).toEqual(copy);
    expect(migrateRecord('customer', current)).toBe(current);
    expect(schemaVersionOf(v1)).toBe(1);
    expect(schemaVersionOf(current)).toBe(2);
  });

  it('explains records it cannot read, in both locales', () => {
    const future = () => migrateRecord('customer', { ...v1, schemaVersion: 3 });
    expect(future).toThrow(SchemaError);
    try {
      future();
    } catch (e) {
      const error = e as SchemaError;
      expect(error.code).toBe('futureSchemaVersion');
      expect(error.recordId).toBe('C-0001');
      expect(error.message).toContain('upgrade Dossier');
      expect(error.messageIn('zh-CN')).toContain('请升级 Dossier');
    }
    expect(() => migrateRecord('customer', { ...v1, schemaVersion: 0 })).toThrow(/whole number/);
    expect(() => migrateRecord('customer', null)).toThrow(/got null/);
    expect(() => migrateRecord('customer', [v1])).toThrow(/got array/);
    expect(() => migrateRecord('customer', v1, { ...emptyMigrations() })).toThrow(/No migration of customer records from schema version 1/);
  });
});

function emptyMigrations() {
  return { customer: [], contact: [], transaction: [], interaction: [], opportunity: [], 'competitor-note': [], task: [], 'service-case': [], contract: [], satisfaction: [] };
}

describe('readRecord', () => {
  it('migrates, validates and decodes in one step', () => {
    const result = readRecord('customer', v1);
    expect(result.ok && result.value.name).toEqual({ zh: '华为技术有限公司', en: 'Huawei Technologies Co., Ltd.' });
    expect(result.ok && result.value.updatedAt).toEqual(new Date('2024-06-01T02:00:00.000Z'));
  });

  it('returns unreadable records as issues instead of throwing', () => {
    const result = readRecord('customer', { ...v1, schemaVersion: 9 }, { locale: 'zh-CN' });
    expect(result).toEqual({
      ok: false,
      issues: [{ code: 'futureSchemaVersion', path: 'schemaVersion', segments: ['schemaVersion'], recordId: 'C-0001', message: expect.stringContaining('请升级') }],
    });
    const broken = readRecord('customer', { ...v1, region: undefined }, { locale: 'zh-CN' });
    expect(!broken.ok && broken.issues.map((i) => i.path)).toEqual(['territory']);
  });
});
