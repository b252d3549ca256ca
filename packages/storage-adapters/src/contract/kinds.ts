import type { Locale } from '@dossier/core';
import type { JsonObject, JsonValue } from './json.js';
import { cloneJson, isJsonObject } from './json.js';

/**
 * The kinds of record a Dossier store keeps: core's record kinds (`recordKinds` of
 * `@dossier/core`) plus the grading runs. Every method of the store takes one of these as its
 * first argument, and every adapter keeps each kind apart (an object store, a table).
 *
 * @example
 * for (const kind of storeKinds) console.log(kind, (await store.list(kind)).items.length);
 */
export const storeKinds = ['customer', 'contact', 'transaction', 'interaction', 'opportunity', 'competitor-note', 'task', 'service-case', 'contract', 'satisfaction', 'grading-run'] as const;

/** One kind of record: `'customer'`, `'contact'` … */
export type StoreKind = (typeof storeKinds)[number];

/** A record as plain JSON with its id: the shape a store keeps when no schema is plugged in. */
export type JsonRecord = { id: string; [key: string]: JsonValue };

/** What a record of every kind decodes to. Adapters are generic over it. */
export type RecordMap = { [K in StoreKind]: { id: string } };

/** The record types of a store without schemas: plain JSON with an id, for every kind. */
export type JsonRecords = { [K in StoreKind]: JsonRecord };

/**
 * What queries filter and sort on, extracted from a record's JSON when it is written and kept
 * beside it (memory entry, IndexedDB index, SQL columns), so that no adapter computes pinyin or
 * walks the record at query time and every adapter filters on the very same values.
 */
export interface RecordIndex {
  /** ABC grade (`abcGrades`). */
  grade?: string | undefined;
  /** Relationship stage (`relationshipStages`) or, for opportunities, their stage. */
  stage?: string | undefined;
  /** Owning salesperson's id. */
  owner?: string | undefined;
  /** Region or territory code. */
  region?: string | undefined;
  /** Customer nature (`customerNatures`). */
  nature?: string | undefined;
  /** The customer a contact, transaction, interaction or opportunity belongs to. */
  customerId?: string | undefined;
  /**
   * Lower-cased searchable text: every name of the record and its pinyin initials, joined by
   * `\n`. A text query matches when it is a substring of this.
   */
  search: string;
  /**
   * What `sort: 'name'` orders by (code-point order, ties broken by id): the first name, or the
   * key `sortKeyOf` made of it (the Dossier kinds: core's `pinyinSortKey`, Chinese order).
   */
  sortName: string;
}

/** A validation problem found in a record, with where it is. */
export interface RecordIssue {
  /** Dot path of the field, `''` for the record itself. */
  path: string;
  /** The same path as keys and indexes, when the kind knows them (a key may hold a dot). */
  segments?: readonly (string | number)[] | undefined;
  message: string;
  /**
   * What a person should do, naming the field by its label, in every locale
   * (`客户性质：请从给定的选项中选择`), when the kind can say it (`dossierKinds` can); else
   * messages show `path: message`.
   */
  messages?: Readonly<Record<Locale, string>> | undefined;
}

/** The outcome of decoding a record: the value, or what is wrong with it. */
export type DecodeOutcome<T> = { ok: true; value: T } | { ok: false; issues: RecordIssue[] };

/**
 * How one kind of record is validated, decoded, encoded, migrated and indexed. Stores are
 * handed a table of these, so the contract does not depend on the schemas themselves: core's
 * zod schemas and codecs plug in here (see `kindFromSchema`).
 */
export interface KindDefinition<T extends { id: string } = { id: string }> {
  /** The schema version written with every revision; older stored JSON is migrated on read. */
  readonly version: number;
  /** Validates JSON of the current version and decodes it to the value the store returns. */
  decode(json: JsonObject): DecodeOutcome<T>;
  /** Encodes a value to the plain JSON the store keeps. Must be the inverse of `decode`. */
  encode(value: T): JsonObject;
  /** Brings JSON written at `fromVersion` (< `version`) up to `version`. */
  migrate?(json: JsonObject, fromVersion: number): JsonObject;
  /** Extracts what queries filter and sort on; defaults to `defaultIndex`. */
  index?(json: JsonObject): RecordIndex;
  /**
   * Fills the fields the store manages (core's `schemaVersion`, `createdAt`, `updatedAt`) in
   * the encoded JSON of every put and imported line, before it is validated. `previous` is the
   * JSON of the record's current revision, if any.
   */
  stamp?(json: JsonObject, context: StampContext): JsonObject;
  /**
   * Whether `decode` and `encode` accept a sealed value (core's `SealedValue`) in place of any
   * field, as the store underneath `withPrivacy` must: plain JSON kinds do, typed kinds do once
   * wrapped by `sealableKinds`.
   */
  readonly sealable?: boolean | undefined;
  /**
   * A quick check for paths that only validate, many records at once (an import checks every
   * line before its first chunk): true only when `decode` would accept the JSON; false means
   * "ask `decode`", which then decides and names what is wrong. Without it, `decode` decides.
   */
  accepts?(json: JsonObject): boolean;
  /**
   * A field's label in a locale (`金额`, `Amount paid`), for the store's own messages about a
   * record of this kind (an import line's checks); without it they name the field by its path.
   */
  fieldLabel?(path: string, locale: Locale): string;
}

/** What `KindDefinition.stamp` is told about the write. */
export interface StampContext {
  /** ISO timestamp of the revision. */
  at: string;
  by: string;
  previous: JsonObject | undefined;
}

/** Type-only key through which TypeScript infers a store's record types from its kind table. */
declare const recordTypes: unique symbol;

/**
 * One definition per kind. It also names its record types (a type-only property, never
 * present at run time), so that `createMemoryStore({ kinds: dossierKinds() })` infers
 * `Store<DossierRecords>` without a type argument.
 */
export type KindTable<R extends RecordMap = JsonRecords> = { [K in StoreKind]: KindDefinition<R[K]> } & {
  readonly [recordTypes]?: R | undefined;
};

function text(value: JsonValue | undefined): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function member(value: JsonValue | undefined, key: string): JsonValue | undefined {
  return isJsonObject(value) ? value[key] : undefined;
}

/**
 * Field names the default index reads names from, in this order (a name may be `{ zh, en }`).
 *
 * @example
 * nameFields[0] // 'name'
 */
export const nameFields = ['name', 'shortName', 'legalName', 'englishName', 'title', 'competitor'] as const;

function namesOf(json: JsonObject): string[] {
  const names: string[] = [];
  for (const field of nameFields) {
    const value = json[field];
    for (const candidate of isJsonObject(value) ? [value['zh'], value['en']] : [value]) {
      const name = text(candidate);
      if (name !== undefined && !names.includes(name)) names.push(name);
    }
  }
  return names;
}

/**
 * The index the contract extracts when a kind gives none. It reads both core's record shapes
 * and flat JSON: grade from `grade.current` or `grade`; stage from `relationship.stage`,
 * `stage` or `status`; owner from `salespersonId`, `owner` or `ownerId`; region from
 * `territory` or `region`; `nature`; `customerId`; names from `nameFields` (strings or
 * `{ zh, en }`), and their pinyin initials from `initialsOf` (core's `pinyinInitials`) or a
 * stored `pinyinInitials` field; the sort key from `sortKeyOf` of the first name (core's
 * `pinyinSortKey` gives Chinese order), else the first name itself.
 *
 * @example
 * defaultIndex({ id: 'c1', name: { zh: '杭州科技' }, grade: { current: 'A' } }, { initialsOf: () => 'hzkj' })
 * // { grade: 'A', search: '杭州科技\nhzkj', sortName: '杭州科技', … }
 */
export function defaultIndex(json: JsonObject, options: { initialsOf?: (name: string) => string; sortKeyOf?: (name: string) => string } = {}): RecordIndex {
  const names = namesOf(json);
  const parts = [...names];
  for (const name of names) {
    const initials = options.initialsOf?.(name);
    if (initials) parts.push(initials);
  }
  const stored = text(json['pinyinInitials']);
  if (stored) parts.push(stored);
  const search = [...new Set(parts.map(normalizeSearchText))].join('\n');
  return {
    grade: text(member(json['grade'], 'current')) ?? text(json['grade']),
    stage: text(member(json['relationship'], 'stage')) ?? text(json['stage']) ?? text(json['status']),
    owner: text(json['salespersonId']) ?? text(json['owner']) ?? text(json['ownerId']),
    region: text(json['territory']) ?? text(json['region']),
    nature: text(json['nature']),
    customerId: text(json['customerId']),
    search,
    sortName: names[0] === undefined ? '' : (options.sortKeyOf?.(names[0]) ?? names[0]),
  };
}

/**
 * Lower-cases text for search and removes the `\n` separator, so that a query can never match
 * across two names. Adapters apply it to the query text too.
 *
 * @example
 * normalizeSearchText(' HZ\nKJ ') // 'hz kj'
 */
export function normalizeSearchText(value: string): string {
  return value.replace(/\n/g, ' ').trim().toLowerCase();
}

/**
 * A kind that keeps plain JSON with a non-empty string `id`: what a store uses for a kind it was
 * given no schema for.
 *
 * @example
 * const kind = jsonKind();
 * kind.decode({ id: 'c1', name: '王芳' }) // { ok: true, value: { id: 'c1', name: '王芳' } }
 */
export function jsonKind(options: { version?: number; initialsOf?: (name: string) => string } = {}): KindDefinition<JsonRecord> {
  const { initialsOf } = options;
  return {
    version: options.version ?? 1,
    decode(json) {
      if (!isJsonObject(json)) return { ok: false, issues: [{ path: '', message: 'not a JSON object' }] };
      if (typeof json['id'] !== 'string' || json['id'] === '') {
        return { ok: false, issues: [{ path: 'id', message: 'id must be a non-empty string' }] };
      }
      return { ok: true, value: cloneJson(json) as JsonRecord };
    },
    // What decode checks, without the copy it returns.
    accepts: (json) => isJsonObject(json) && typeof json['id'] === 'string' && json['id'] !== '',
    encode: (value) => cloneJson(value),
    index: (json) => defaultIndex(json, initialsOf ? { initialsOf } : {}),
    sealable: true,
  };
}

/**
 * A full kind table with `jsonKind` for every kind, overridden by `overrides`.
 *
 * @example
 * const kinds = resolveKinds({ customer: kindFromSchema(customerSchema, { version: 2 }) });
 */
export function resolveKinds<R extends RecordMap = JsonRecords>(
  overrides: Partial<KindTable<R>> = {},
  options: { initialsOf?: (name: string) => string } = {},
): KindTable<R> {
  const table = {} as Record<StoreKind, KindDefinition<{ id: string }>>;
  for (const kind of storeKinds) {
    table[kind] = (overrides[kind] as KindDefinition<{ id: string }> | undefined) ?? (jsonKind(options) as unknown as KindDefinition<{ id: string }>);
  }
  return table as unknown as KindTable<R>;
}

/**
 * The index of a record's JSON under its kind.
 *
 * @example
 * indexOf(kinds.customer, json).grade // 'A'
 */
export function indexOf<T extends { id: string }>(kind: KindDefinition<T>, json: JsonObject): RecordIndex {
  return kind.index ? kind.index(json) : defaultIndex(json);
}

/**
 * Whether a string is a record kind (for the HTTP handler's routes).
 *
 * @example
 * isStoreKind('customer') // true
 */
export function isStoreKind(value: string): value is StoreKind {
  return (storeKinds as readonly string[]).includes(value);
}
