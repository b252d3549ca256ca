import { currentSchemaVersions, recordKinds, type RecordKind } from './stored-record.js';
import { SchemaError } from './schema-error.js';

/** A stored record in some schema version, as read from storage (plain JSON). */
export type RawRecord = Record<string, unknown>;

/** One step of a kind's schema: upgrades a raw record of version `from` to `from + 1`. */
export interface RecordMigration {
  from: number;
  /** Pure: returns a new object, never changes its argument. */
  migrate(raw: RawRecord): RawRecord;
}

/**
 * Customer v1 → v2. Version 1 (Dossier's first draft, still in early adopters' stores) had a
 * single-language `name` plus `nameEn`, one `address` object, `owner`/`region` for the
 * salesperson and territory, a flat `stage` / `stoppedOn` / `stoppedReason`, a flat
 * `grade` / `gradeProvisional`, a flat `creditRating`, and no `profiles`.
 *
 * @example
 * customerV1ToV2.migrate({ id: 'C-1', name: '华为', owner: 'rep-1', region: '华南', stage: 'new', … }).name // { zh: '华为' }
 */
export const customerV1ToV2: RecordMigration = {
  from: 1,
  migrate(raw) {
    const { name, nameEn, address, owner, region, stage, stageSetByHand, stoppedOn, stoppedReason, grade, gradeProvisional, creditRating, ...rest } = raw;
    const names: Record<string, unknown> = {};
    if (name !== undefined) names.zh = name;
    if (nameEn !== undefined) names.en = nameEn;
    const relationship: Record<string, unknown> = { stage, setByHand: stageSetByHand ?? false };
    if (stoppedOn !== undefined) relationship.stoppedOn = stoppedOn;
    if (stoppedReason !== undefined) relationship.stopReason = stoppedReason;
    const gradeFields: Record<string, unknown> = { provisional: gradeProvisional ?? false };
    if (grade !== undefined) gradeFields.current = grade;
    return {
      kind: 'organisation',
      productLines: [],
      tags: [],
      ...rest,
      schemaVersion: 2,
      name: names,
      addresses: address === undefined ? [] : [address],
      salespersonId: owner,
      territory: region,
      relationship,
      grade: gradeFields,
      credit: creditRating === undefined ? {} : { rating: creditRating },
      profiles: {},
    };
  },
};

/**
 * Dossier's migrations of every record kind, in version order.
 *
 * @example
 * recordMigrations.customer.map((m) => m.from) // [1]
 */
export const recordMigrations: { readonly [K in RecordKind]: readonly RecordMigration[] } = {
  customer: [customerV1ToV2],
  contact: [],
  transaction: [],
  interaction: [],
  opportunity: [],
  'competitor-note': [],
  task: [],
  satisfaction: [],
  'service-case': [],
  contract: [],
};

/**
 * The schema version of a raw record: its `schemaVersion`, or 1 for records written before
 * versions were recorded.
 *
 * @example
 * schemaVersionOf({ id: 'C-1' }) // 1
 */
export function schemaVersionOf(raw: RawRecord): number {
  return raw.schemaVersion === undefined ? 1 : (raw.schemaVersion as number);
}

/**
 * Upgrades a raw stored record to the current schema version of its kind, applying every
 * migration from its version on. A current record is returned as it is; the input is never
 * changed. Throws a `SchemaError` for a record that is not an object, a version that is not a
 * whole number ≥ 1, a version newer than this Dossier, or a missing migration step.
 *
 * @example
 * migrateRecord('customer', { id: 'C-1', name: '华为', owner: 'rep-1', region: '华南', stage: 'new', … }).schemaVersion // 2
 */
export function migrateRecord(kind: RecordKind, raw: unknown, migrations: typeof recordMigrations = recordMigrations): RawRecord {
  if (!(recordKinds as readonly string[]).includes(kind)) throw new SchemaError('unknownRecordKind', { kind });
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new SchemaError('notAnObject', { type: raw === null ? 'null' : Array.isArray(raw) ? 'array' : typeof raw });
  }
  let record = raw as RawRecord;
  const recordId = typeof record.id === 'string' ? record.id : undefined;
  const current = currentSchemaVersions[kind];
  let version = schemaVersionOf(record);
  if (!Number.isInteger(version) || version < 1) throw new SchemaError('invalidSchemaVersion', { version: String(version) }, recordId);
  if (version > current) throw new SchemaError('futureSchemaVersion', { kind, version, current }, recordId);
  while (version < current) {
    const step = migrations[kind].find((m) => m.from === version);
    if (!step) throw new SchemaError('missingMigration', { kind, version }, recordId);
    record = step.migrate(record);
    version += 1;
  }
  return record;
}
