import type { CustomerKind, InformationLevel, SensitivityLevel } from '../enums/vocabularies.js';
import type { FieldEntry } from './field-catalog.js';
import type { FieldKind, LocalizedText } from './field-meta.js';
import * as data from './fields-data.js';
import type { PackedField } from './fields-data.js';
import type { RecordKind } from './stored-record.js';

// The catalogues are plain data (fields-data.ts, generated from the schemas by fields.test.ts,
// which fails when the two differ), so that an element that only displays records — card, list,
// history, audit log — reads labels and sensitivities without loading zod or the schemas.

const SENSITIVITIES: readonly SensitivityLevel[] = ['public', 'internal', 'confidential', 'secret'];

/**
 * Unpacks one generated entry: `flags` holds the sensitivity (0–3), the level (× 4), optional
 * (× 12) and list (× 24).
 */
function unpack([path, flags, en, zh, kind, extra]: PackedField): FieldEntry {
  const entry: FieldEntry = {
    path,
    sensitivity: SENSITIVITIES[flags % 4]!,
    level: ((Math.floor(flags / 4) % 3) + 1) as InformationLevel,
    label: { en, 'zh-CN': zh },
    kind: kind as FieldKind,
    optional: Math.floor(flags / 12) % 2 === 1,
    list: flags >= 24,
  };
  return extra ? Object.assign(entry, extra) : entry;
}

const unpackAll = (packed: readonly PackedField[]): FieldEntry[] => packed.map(unpack);

/** A kind's catalogue: the union's entries of that kind, without `variants`, some overridden. */
function ofKind(union: readonly FieldEntry[], kind: CustomerKind, overrides: readonly PackedField[]): FieldEntry[] {
  const own = new Map(overrides.map((packed) => [packed[0], unpack(packed)]));
  return union
    .filter((f) => !f.variants || f.variants.includes(kind))
    .map(({ variants: _, ...entry }) => own.get(entry.path) ?? entry);
}

/**
 * Every field of a customer record with its sensitivity, level, labels and kind.
 *
 * @example
 * customerFields.filter((f) => f.sensitivity === 'secret').map((f) => f.path) // ['idNumber', 'intelligence.…', …]
 */
export const customerFields: readonly FieldEntry[] = unpackAll(data.customer);
/**
 * The field catalogue of each kind of customer, for masking a record by its own kind (a company's
 * name is public, a person's confidential; `customerFields` keeps the stricter of the two).
 *
 * @example
 * customerFieldsByKind.organisation.find((f) => f.path === 'name.zh')?.sensitivity // 'public'
 */
export const customerFieldsByKind: { readonly [K in CustomerKind]: FieldEntry[] } = {
  organisation: ofKind(customerFields, 'organisation', data.organisationOverrides),
  person: ofKind(customerFields, 'person', data.personOverrides),
};
const groupsOf = (packed: readonly (readonly [string, string, string])[]): Readonly<Record<string, LocalizedText>> =>
  Object.fromEntries(packed.map(([group, en, zh]) => [group, { en, 'zh-CN': zh }]));

/**
 * The label of each group of a customer's fields by kind of customer (`owner` → 所有者, `credit`
 * → 信用; a person's `name` is 姓名, a company's 名称): how the form heads a group, and how a
 * label several fields share is told apart (`所有者 · 姓名`).
 *
 * @example
 * customerGroupLabelsByKind.organisation.owner?.['zh-CN'] // '所有者'
 */
export const customerGroupLabelsByKind: { readonly [K in CustomerKind]: Readonly<Record<string, LocalizedText>> } = {
  organisation: groupsOf(data.organisationGroups),
  person: groupsOf(data.personGroups),
};
/** @example contactFields.find((f) => f.path === 'mobile')?.kind // 'mobile' */
export const contactFields: readonly FieldEntry[] = unpackAll(data.contact);
/** @example transactionFields.map((f) => f.path) */
export const transactionFields: readonly FieldEntry[] = unpackAll(data.transaction);
/** @example interactionFields.map((f) => f.path) */
export const interactionFields: readonly FieldEntry[] = unpackAll(data.interaction);
/** @example opportunityFields.map((f) => f.path) */
export const opportunityFields: readonly FieldEntry[] = unpackAll(data.opportunity);
/** @example competitorNoteFields.map((f) => f.path) */
export const competitorNoteFields: readonly FieldEntry[] = unpackAll(data.competitorNote);
/** @example taskFields.map((f) => f.path) */
export const taskFields: readonly FieldEntry[] = unpackAll(data.task);
/** @example serviceCaseFields.map((f) => f.path) */
export const serviceCaseFields: readonly FieldEntry[] = unpackAll(data.serviceCase);
/** @example contractFields.map((f) => f.path) */
export const contractFields: readonly FieldEntry[] = unpackAll(data.contract);

/** @example satisfactionFields.map((f) => f.path) */
export const satisfactionFields: readonly FieldEntry[] = unpackAll(data.satisfaction);

/**
 * The field catalogue of every record kind.
 *
 * @example
 * recordFields.customer === customerFields // true
 */
export const recordFields: { readonly [K in RecordKind]: readonly FieldEntry[] } = {
  customer: customerFields,
  contact: contactFields,
  transaction: transactionFields,
  interaction: interactionFields,
  opportunity: opportunityFields,
  'competitor-note': competitorNoteFields,
  task: taskFields,
  'service-case': serviceCaseFields,
  contract: contractFields,
  satisfaction: satisfactionFields,
};
