import type { FieldEntry } from '../schema/field-catalog.js';
import type { FieldKind } from '../schema/field-meta.js';
import { customerFields, customerFieldsByKind, recordFields } from '../schema/fields.js';
import type { RecordKind } from '../schema/stored-record.js';
import type { FieldRule } from './access.js';
import type { MaskKind } from './masking.js';

// How each kind of value is shown to a viewer who may not read it; kinds without a mask are removed.
const maskOfKind: Partial<Record<FieldKind, MaskKind>> = {
  mobile: 'mobile',
  phone: 'phone',
  'id-number': 'id-number',
  uscc: 'credit-code',
  email: 'email',
  address: 'address',
  name: 'name',
  text: 'text',
  tags: 'text',
};

const cache = new WeakMap<readonly FieldEntry[], FieldRule[]>();

/**
 * The access rules of a field catalogue: one rule per field, its path in `redact`'s form
 * (`addresses.*.street`), its sensitivity and information level, and a mask by the kind of value.
 * Derived from the schema metadata, never listed by hand, so a new field is protected the moment
 * it is declared.
 *
 * @example
 * fieldRulesOf(customerFieldsByKind.person).find((r) => r.path === 'idNumber')
 * // { path: 'idNumber', sensitivity: 'secret', level: 1, mask: 'id-number' }
 */
export function fieldRulesOf(catalog: readonly FieldEntry[]): FieldRule[] {
  let rules = cache.get(catalog);
  if (rules) return rules;
  rules = catalog.map((entry) => {
    const mask = maskOfKind[entry.kind];
    const rule: FieldRule = { path: entry.path.replace(/\[\]/g, '.*'), sensitivity: entry.sensitivity, level: entry.level };
    return mask ? { ...rule, mask } : rule;
  });
  cache.set(catalog, rules);
  return rules;
}

/**
 * The access rules for one stored record: a customer by its own kind (a company's name is
 * public, a person's confidential), other records by their kind's catalogue.
 *
 * @example
 * const { record } = redact(customer, recordFieldRules('customer', customer), viewer, { ownerId: customer.salespersonId });
 */
export function recordFieldRules(kind: RecordKind, record?: unknown): FieldRule[] {
  return fieldRulesOf(recordCatalog(kind, record));
}

/**
 * The field catalogue of a record: a customer's by its `kind` (organisation or person), when
 * the record is given; both variants' fields otherwise.
 *
 * @example
 * recordCatalog('customer', { kind: 'person' }).some((f) => f.path === 'idNumber') // true
 */
export function recordCatalog(kind: RecordKind, record?: unknown): readonly FieldEntry[] {
  if (kind !== 'customer') return recordFields[kind];
  const customerKind = (record as { kind?: unknown } | undefined)?.kind;
  return customerKind === 'organisation' || customerKind === 'person' ? customerFieldsByKind[customerKind] : customerFields;
}

/**
 * Whether a concrete path (`addresses.0.street`) is governed by a rule path (`addresses.*.street`).
 *
 * @example
 * rulePathMatches('addresses.*.street', 'addresses.0.street') // true
 */
export function rulePathMatches(rulePath: string, path: string): boolean {
  const a = rulePath.split('.');
  const b = path.split('.');
  return a.length === b.length && a.every((segment, i) => segment === '*' || segment === b[i]);
}
