import type { CompetitorNote } from './competitor-note.js';
import type { Contact } from './contact.js';
import type { Contract } from './contract.js';
import type { OrganisationCustomer, PersonCustomer } from './customer.js';
import type { Interaction } from './interaction.js';
import type { BilingualName } from './names.js';
import type { Opportunity } from './opportunity.js';
import type { ServiceCase } from './service-case.js';
import type { Task } from './task.js';
import type { Satisfaction } from './satisfaction.js';
import type { RecordTypes } from './record-schemas.js';
import { SchemaError } from './schema-error.js';
import { currentSchemaVersions, type RecordKind } from './stored-record.js';
import type { Transaction } from './transaction.js';
import { validateRecord, type ValidateOptions } from './validate.js';

/** The fields a store keeps for every record: filled by `newRecord` and by the store on every write. */
export type BookkeepingField = 'schemaVersion' | 'createdAt' | 'updatedAt';

/** A value where every instant may also be given as an ISO 8601 string (`2026-03-01T08:00:00Z`). */
export type WithIsoDates<T> = T extends Date
  ? Date | string
  : T extends readonly (infer E)[]
    ? WithIsoDates<E>[]
    : T extends object
      ? { [P in keyof T]: WithIsoDates<T[P]> }
      : T;

/** The fields of each kind that start empty (or at a first value) when a draft leaves them out. */
interface DefaultedFields {
  customer: 'addresses' | 'productLines' | 'tags' | 'profiles' | 'grade' | 'credit' | 'relationship';
  contact: 'buyingRoles' | 'personality' | 'isKey';
  transaction: never;
  interaction: 'contactIds';
  opportunity: 'decisionMakerIds' | 'influencerIds' | 'otherVendors' | 'competitors' | 'timeline';
  'competitor-note': 'productsInUse' | 'brandsUsed' | 'rep';
  task: 'status';
  'service-case': 'status';
  contract: never;
  satisfaction: never;
}

type Draft<T, Optional extends PropertyKey> = T extends unknown
  ? { [P in keyof T as P extends Optional | 'name' ? never : P]: WithIsoDates<T[P]> } & {
      [P in keyof T as P extends Optional ? P : never]?: WithIsoDates<T[P]>;
    } &
      ('name' extends keyof T ? (T['name'] extends BilingualName ? { name: BilingualName | string } : Pick<T, 'name'>) : unknown)
  : never;

/**
 * What a person writes for a new record of a kind: the record without the bookkeeping fields
 * (`schemaVersion`, `createdAt`, `updatedAt`) and without the lists and groups that start
 * empty, instants as `Date`s or ISO strings, a name as `{ zh, en }` or one string.
 */
export type RecordDraft<K extends RecordKind> = Draft<RecordTypes[K], BookkeepingField | DefaultedFields[K]>;

/**
 * The draft type of a record type (core's records; any other type stays as it is): what a
 * store's `put` accepts besides the full record.
 */
export type DraftOf<T> = T extends OrganisationCustomer
  ? Draft<OrganisationCustomer, BookkeepingField | DefaultedFields['customer']>
  : T extends PersonCustomer
    ? Draft<PersonCustomer, BookkeepingField | DefaultedFields['customer']>
    : T extends Contact
      ? RecordDraft<'contact'>
      : T extends Transaction
        ? RecordDraft<'transaction'>
        : T extends Interaction
          ? RecordDraft<'interaction'>
          : T extends Opportunity
            ? RecordDraft<'opportunity'>
            : T extends CompetitorNote
              ? RecordDraft<'competitor-note'>
              : T extends Task
                ? RecordDraft<'task'>
                : T extends ServiceCase
                  ? RecordDraft<'service-case'>
                  : T extends Contract
                    ? RecordDraft<'contract'>
                    : T extends Satisfaction
                      ? RecordDraft<'satisfaction'>
                      : T;

type Json = { [key: string]: unknown };

const defaults: { [K in RecordKind]: () => Json } = {
  customer: () => ({
    addresses: [],
    productLines: [],
    tags: [],
    profiles: {},
    grade: { provisional: false },
    credit: {},
    relationship: { stage: 'prospect', setByHand: false },
  }),
  contact: () => ({ buyingRoles: [], personality: [], isKey: false }),
  transaction: () => ({}),
  interaction: () => ({ contactIds: [] }),
  opportunity: () => ({ decisionMakerIds: [], influencerIds: [], otherVendors: [], competitors: [], timeline: {} }),
  'competitor-note': () => ({ productsInUse: [], brandsUsed: [], rep: {} }),
  task: () => ({ status: 'open' }),
  'service-case': () => ({ status: 'open' }),
  contract: () => ({}),
  satisfaction: () => ({}),
};

const HAN = /\p{Script=Han}/u;

/**
 * The stored JSON of a draft, not yet validated: `Date`s become ISO strings, the current
 * `schemaVersion` and the empty lists and groups are filled in where the draft has none, and a
 * name given as one string becomes `{ zh }` (when it has Chinese characters) or `{ en }`.
 * `createdAt` and `updatedAt` are left to the caller (the store stamps them).
 *
 * @example
 * draftJson('customer', { id: 'C-1', kind: 'organisation', name: '杭州科技' }).tags // []
 */
export function draftJson(kind: RecordKind, draft: object): Json {
  const json = JSON.parse(JSON.stringify(draft)) as Json;
  const out: Json = { ...defaults[kind](), ...json };
  out['schemaVersion'] ??= currentSchemaVersions[kind];
  const name = out['name'];
  if ((kind === 'customer' || kind === 'contact') && typeof name === 'string') {
    out['name'] = HAN.test(name) ? { zh: name } : { en: name };
  }
  return out;
}

/** Options of `newRecord`. */
export interface NewRecordOptions extends ValidateOptions {
  /** The instant of creation (`createdAt` and `updatedAt` unless the draft gives them); now by default. */
  now?: Date | string | undefined;
}

/**
 * A new, valid record from what a person writes (`RecordDraft`): fills `schemaVersion`,
 * `createdAt`, `updatedAt` and the empty lists, accepts ISO strings for instants, and
 * validates. Throws a `SchemaError` (`invalidNewRecord`) naming every field that is wrong.
 *
 * @example
 * const visit = newRecord('interaction', { id: 'I-1', customerId: 'C-1', kind: 'visit', at: '2026-03-01T09:00:00+08:00', by: 'rep-7' });
 * visit.at instanceof Date // true
 */
export function newRecord<K extends RecordKind>(kind: K, draft: RecordDraft<K>, options: NewRecordOptions = {}): RecordTypes[K] {
  const now = options.now === undefined ? new Date() : new Date(options.now);
  const json = draftJson(kind, draft);
  json['createdAt'] ??= now.toISOString();
  json['updatedAt'] ??= json['createdAt'];
  const result = validateRecord(kind, json, options);
  if (result.ok) return result.value;
  const id = typeof json['id'] === 'string' ? json['id'] : undefined;
  const issues = result.issues.map((issue) => `${issue.path || '(record)'}: ${issue.message}`).join('; ');
  throw new SchemaError('invalidNewRecord', { kind, id: id ?? '?', issues }, id);
}

/**
 * A new customer archive from what a person writes (see `newRecord`).
 *
 * @example
 * const customer = newCustomer({ id: 'C-1', kind: 'organisation', name: '杭州科技', nature: 'manufacturer', salespersonId: 'rep-7', territory: '华东' });
 * customer.relationship.stage // 'prospect'
 */
export function newCustomer(draft: RecordDraft<'customer'>, options: NewRecordOptions = {}): RecordTypes['customer'] {
  return newRecord('customer', draft, options);
}
