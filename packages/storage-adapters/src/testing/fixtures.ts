import { abcGrades, customerNatures, pinyinInitials, relationshipStages } from '@dossier/core';
import { jsonKind, resolveKinds } from '../contract/index.js';
import type { JsonObject, JsonRecord, JsonRecords, KindDefinition, KindTable } from '../contract/index.js';

/**
 * The kind table the suite creates stores with: plain JSON for every kind, names indexed with
 * core's pinyin initials, and a `customer` kind whose encoder fails on `{ explode: true }`, so
 * that a batch can be made to fail in the middle.
 *
 * @example
 * const kinds = suiteKinds();
 */
export function suiteKinds(): Partial<KindTable<JsonRecords>> {
  const base = jsonKind({ initialsOf: pinyinInitials });
  const customer: KindDefinition<JsonRecord> = {
    ...base,
    encode(value) {
      if (value['explode'] === true) throw new Error(`cannot encode ${value.id}`);
      return base.encode(value);
    },
  };
  return { ...resolveKinds<JsonRecords>({}, { initialsOf: pinyinInitials }), customer };
}

/**
 * Kinds for the migration case: version 1 stores `fullName`; version 2 calls it `name` and
 * requires it, migrating version-1 JSON on read.
 *
 * @example
 * const { v1, v2 } = migrationKinds();
 */
export function migrationKinds(): { v1: Partial<KindTable<JsonRecords>>; v2: Partial<KindTable<JsonRecords>> } {
  const v1 = jsonKind({ version: 1 });
  const plain = jsonKind({ version: 2, initialsOf: pinyinInitials });
  const v2: KindDefinition<JsonRecord> = {
    ...plain,
    decode(json) {
      if (typeof json['name'] !== 'string') return { ok: false, issues: [{ path: 'name', message: 'name is required (version 2)' }] };
      if ('fullName' in json) return { ok: false, issues: [{ path: 'fullName', message: 'renamed to name in version 2' }] };
      return plain.decode(json);
    },
    migrate(json, fromVersion) {
      if (fromVersion !== 1) return json;
      const { fullName, ...rest } = json;
      return { ...rest, name: (fullName ?? '') as string } as JsonObject;
    },
  };
  return { v1: { customer: v1 }, v2: { customer: v2 } };
}

/**
 * Owners of the query dataset.
 *
 * @example
 * fixtureOwners.length // 4
 */
export const fixtureOwners = ['rep-1', 'rep-2', 'rep-3', 'rep-4'] as const;
/**
 * Regions of the query dataset.
 *
 * @example
 * fixtureRegions[0] // '华东'
 */
export const fixtureRegions = ['华东', '华南'] as const;
/** @example fixtureNames[0] // '杭州科技有限公司' */
export const fixtureNames = [
  '杭州科技有限公司',
  '重庆火锅连锁',
  'ACME Trading',
  '北京数据服务中心',
  '上海贸易',
  'Müller GmbH',
  '深圳电子',
  '广州饮料厂',
] as const;

/**
 * A customer of the query dataset, in core's record shape: the i-th takes the i-th value of
 * every vocabulary, round robin, so that every value occurs.
 *
 * @example
 * queryCustomer(0) // { id: 'q-000', name: { zh: '杭州科技有限公司' }, grade: { current: 'A' }, … }
 */
export function queryCustomer(i: number, tag = ''): JsonRecord {
  return {
    id: `${tag}q-${String(i).padStart(3, '0')}`,
    name: { zh: fixtureNames[i % fixtureNames.length]! },
    grade: { current: abcGrades[i % abcGrades.length]! },
    relationship: { stage: relationshipStages[i % relationshipStages.length]! },
    salespersonId: fixtureOwners[i % fixtureOwners.length]!,
    territory: fixtureRegions[i % fixtureRegions.length]!,
    nature: customerNatures[i % customerNatures.length]!,
  };
}

/**
 * Strings that break naive storage: CJK, astral emoji, combining marks in NFC and NFD, a ZWJ
 * sequence, RTL text, private-use and U+FFFF-adjacent characters, quotes, backslashes, newlines.
 *
 * @example
 * for (const text of awkwardStrings) await store.put('customer', { id: text || 'empty', name: text });
 */
export const awkwardStrings = [
  '客户档案',
  '王芳（销售总监）“重要”',
  '𠀀𪚥 𝌆',
  '😀👨‍👩‍👧‍👦🇨🇳',
  'e\u0301 é',
  'Ω≈ç√∫',
  'مرحبا بالعالم',
  '\uE000\uF8FF\uFFFD\uFFFC',
  'quote " backslash \\ slash / tab \t newline \n end',
  '   leading and trailing   ',
  '',
] as const;
