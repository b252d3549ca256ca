import {
  contactFields,
  currentSchemaVersions,
  customerFieldsByKind,
  organisationSchema,
  personSchema,
  type CustomerKind,
  type FieldEntry,
} from '@dossier/core';
import { getAt, isBlank, isJsonObject, setAt, type JsonObject } from './json.js';

/** What a new record needs besides its kind. */
export interface BlankOptions {
  /** Id of the new record. */
  id: string;
  /** ISO instant of its creation (the store restamps `updatedAt` on every write). */
  now: string;
}

/**
 * A new, empty customer archive of a kind, as stored JSON: the bookkeeping fields, the lists a
 * record always carries, a hand-set prospect stage, and the owner given (the person creating it
 * by default). Not valid until a name, nature and territory are filled in.
 *
 * @example
 * blankCustomer('person', { id: 'C-9', now: '2026-03-01T00:00:00.000Z', salespersonId: 'rep-7' }).kind // 'person'
 */
export function blankCustomer(kind: CustomerKind, options: BlankOptions & { salespersonId?: string | undefined }): JsonObject {
  const customer: JsonObject = {
    id: options.id,
    schemaVersion: currentSchemaVersions.customer,
    createdAt: options.now,
    updatedAt: options.now,
    kind,
    name: {},
    addresses: [],
    productLines: [],
    tags: [],
    relationship: { stage: 'prospect', setByHand: true },
    grade: { provisional: false },
    credit: {},
    profiles: {},
  };
  if (options.salespersonId) customer['salespersonId'] = options.salespersonId;
  return customer;
}

/**
 * A new, empty contact of a customer, as stored JSON.
 *
 * @example
 * blankContact('C-1', { id: 'P-9', now: '2026-03-01T00:00:00.000Z' }).buyingRoles // []
 */
export function blankContact(customerId: string, options: BlankOptions): JsonObject {
  return {
    id: options.id,
    schemaVersion: currentSchemaVersions.contact,
    createdAt: options.now,
    updatedAt: options.now,
    customerId,
    name: {},
    buyingRoles: [],
    personality: [],
    isKey: false,
  };
}

const optionalRoots: Record<CustomerKind, Set<string>> = {
  organisation: optionalKeys(organisationSchema.shape),
  person: optionalKeys(personSchema.shape),
};

function optionalKeys(shape: Record<string, { _zod: unknown }>): Set<string> {
  return new Set(Object.entries(shape).filter(([, s]) => (s._zod as { optin?: string }).optin === 'optional').map(([key]) => key));
}

function fillLists(record: JsonObject, catalog: readonly FieldEntry[]): JsonObject {
  let out = record;
  for (const entry of catalog) {
    if (!entry.list || entry.optional || entry.path.includes('[]')) continue;
    const segments = entry.path.split('.');
    const parent = segments.slice(0, -1);
    if (parent.length > 0 && !isJsonObject(getAt(out, parent))) continue;
    if (getAt(out, segments) === undefined) out = setAt(out, segments, []);
  }
  return out;
}

/**
 * Tidies a customer draft after an edit: an optional group left blank (a key person sketch, the
 * level-3 intelligence) is removed rather than stored empty, and the lists a group requires are
 * present whenever the group is, so that clearing a field never makes a record invalid.
 *
 * @example
 * normaliseCustomer({ kind: 'organisation', owner: { name: '' }, intelligence: { decisionMakerRelations: 'x' } })
 * // { kind: 'organisation', intelligence: { decisionMakerRelations: 'x', relatedParties: [] } }
 */
export function normaliseCustomer(draft: JsonObject): JsonObject {
  const kind: CustomerKind = draft['kind'] === 'person' ? 'person' : 'organisation';
  let out: JsonObject = { ...draft };
  for (const key of optionalRoots[kind]) {
    const value = out[key];
    if (value === '' || (value !== undefined && isJsonObject(value) && isBlank(value))) delete out[key];
  }
  out = fillLists(out, customerFieldsByKind[kind]);
  return out;
}

/**
 * The same for a contact draft.
 *
 * @example
 * normaliseContact({ id: 'P-1', name: { zh: '王芳' } }).buyingRoles // []
 */
export function normaliseContact(draft: JsonObject): JsonObject {
  return fillLists({ ...draft }, contactFields);
}

/**
 * Moves a customer draft to another kind (a new record only): the fields both kinds share are
 * kept, the others dropped.
 *
 * @example
 * changeKind({ kind: 'organisation', uscc: '…', name: { zh: '王芳' } }, 'person') // { kind: 'person', name: { zh: '王芳' } }
 */
export function changeKind(draft: JsonObject, kind: CustomerKind): JsonObject {
  const shape = kind === 'person' ? personSchema.shape : organisationSchema.shape;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(draft)) if (key in shape) out[key] = value;
  out['kind'] = kind;
  return normaliseCustomer(out);
}
