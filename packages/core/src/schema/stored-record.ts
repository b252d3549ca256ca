import * as z from 'zod/mini';
import { field, localizedText } from './field-meta.js';
import { instantSchema } from './temporal.js';

/**
 * The kinds of stored record of the archive.
 *
 * @example
 * for (const kind of recordKinds) recordSchemas[kind]
 */
export const recordKinds = ['customer', 'contact', 'transaction', 'interaction', 'opportunity', 'competitor-note', 'task', 'service-case', 'contract', 'satisfaction'] as const;

/** A kind of stored record. */
export type RecordKind = (typeof recordKinds)[number];

/**
 * The current schema version of every kind of record. A record read with an older version is
 * upgraded by the migration registry (./migrations.ts) before it is decoded.
 *
 * @example
 * currentSchemaVersions.customer // 2
 */
export const currentSchemaVersions = {
  customer: 2,
  contact: 1,
  transaction: 1,
  interaction: 1,
  opportunity: 1,
  'competitor-note': 1,
  task: 1,
  'service-case': 1,
  contract: 1,
  satisfaction: 1,
} as const satisfies Record<RecordKind, number>;

/**
 * An id: any non-empty string chosen by the embedder (uuid, ERP number …).
 *
 * @example
 * idSchema.parse('C-0001')
 */
export const idSchema = z.string().check(z.minLength(1), z.maxLength(200));

/**
 * The fields every stored record carries, for a given kind: id, schema version (exactly the
 * current one: older records go through `migrateRecord` first), created and updated instants.
 *
 * @example
 * const base = storedRecordFields('contact');
 */
export function storedRecordFields<K extends RecordKind>(kind: K) {
  return {
    id: field(idSchema, { label: localizedText('Id', '编号'), sensitivity: 'internal', level: 1, kind: 'id' }),
    schemaVersion: field(z.literal(currentSchemaVersions[kind] as (typeof currentSchemaVersions)[K]), {
      label: localizedText('Schema version', '数据版本'),
      sensitivity: 'internal',
      level: 1,
      kind: 'number',
    }),
    createdAt: field(instantSchema, { label: localizedText('Created at', '建档时间'), sensitivity: 'internal', level: 1, kind: 'instant' }),
    updatedAt: field(instantSchema, { label: localizedText('Updated at', '更新时间'), sensitivity: 'internal', level: 1, kind: 'instant' }),
  };
}

/**
 * A reference to the customer a record belongs to.
 *
 * @example
 * z.object({ customerId: customerIdField }).parse({ customerId: 'C-1' })
 */
export const customerIdField = field(idSchema, { label: localizedText('Customer', '客户'), sensitivity: 'internal', level: 1, kind: 'reference' });

/**
 * The salesperson a transaction, opportunity or contract is credited to, when it is not the
 * customer's own (业务员).
 *
 * @example
 * z.object({ salespersonId: salespersonIdField }).parse({ salespersonId: 'rep-7' })
 */
export const salespersonIdField = field(z.optional(idSchema), { label: localizedText('Salesperson', '业务员'), kind: 'reference', sensitivity: 'internal', level: 1 });
