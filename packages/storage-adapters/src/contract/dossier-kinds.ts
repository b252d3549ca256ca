import {
  currentSchemaVersions,
  draftJson,
  migrateRecord,
  pinyinInitials,
  pinyinSortKey,
  recordCodecs,
  recordSchemas,
  recordKinds,
  schemaMessages,
  translate,
  validateRecord,
} from '@dossier/core';
import type { GradingRun, Locale, RecordKind as CoreRecordKind, RecordTypes, TemplateRegistry, ValidateOptions, ValidationIssue } from '@dossier/core';
import type { JsonObject, JsonValue } from './json.js';
import { cloneJson, isJsonObject } from './json.js';
import type { KindDefinition, KindTable, RecordIndex, RecordIssue } from './kinds.js';
import { defaultIndex } from './kinds.js';
import { fieldLabel } from '../privacy/sealable-kinds.js';
import { RecordIssuesError } from './record-issues.js';
import { acceptsTransactionJson } from './transaction-check.js';

/** The record types of a Dossier archive: core's records (`RecordTypes`) plus grading runs. */
export interface DossierRecords extends RecordTypes {
  'grading-run': GradingRun;
}

/** Options of `dossierKinds`. */
export interface DossierKindsOptions {
  /** Industry profile templates to check `customer.profiles` against. */
  templates?: TemplateRegistry | undefined;
}

// Names sort in Chinese order (pinyin, then Latin) in every adapter: the stored key is core's pinyinSortKey.
const index = (json: JsonObject): RecordIndex => defaultIndex(json, { initialsOf: pinyinInitials, sortKeyOf: pinyinSortKey });

function coreKind<K extends CoreRecordKind>(kind: K, options: DossierKindsOptions): KindDefinition<RecordTypes[K]> {
  const codec = recordCodecs[kind];
  const schema = recordSchemas[kind] as unknown as { safeParse(input: unknown): { success: true; data: RecordTypes[K] } | { success: false } };
  const validateOptions = options.templates ? { templates: options.templates } : {};
  return {
    version: currentSchemaVersions[kind],
    decode(json) {
      // The schema alone on the hot path (imports decode every line); core's validateRecord,
      // with its field labels and profile templates, when there is something to explain.
      // Fact notes are keyed by field path, which only the full check knows: with any, it runs.
      const facts = json['facts'];
      const hasFacts = isJsonObject(facts) && Object.keys(facts).length > 0;
      if ((!options.templates || kind !== 'customer') && !hasFacts) {
        const fast = schema.safeParse(json);
        if (fast.success) return { ok: true, value: fast.data };
      }
      const result = validateRecord(kind, json, validateOptions);
      if (result.ok) return { ok: true, value: result.value };
      return { ok: false, issues: translatedIssues(kind, json, result.issues, validateOptions) };
    },
    encode(value) {
      try {
        return codec.encode(value) as unknown as JsonObject;
      } catch (error) {
        return encodeDraft(kind, value, error, validateOptions);
      }
    },
    // Transactions are imported by the hundred thousand: a hand-written check first.
    ...(kind === 'transaction' ? { accepts: acceptsTransactionJson } : {}),
    // the store's own messages (an import line's checks) name fields by core's labels
    fieldLabel: (path: string, locale: Locale) => fieldLabel(kind, path, locale),
    migrate: (json) => migrateRecord(kind, json) as JsonObject,
    // The store owns the bookkeeping fields: the current schema version, the time of the
    // revision as `updatedAt`, and `createdAt` kept from the first revision (or the caller's).
    stamp(json, { at, previous }) {
      const createdAt: JsonValue = json['createdAt'] ?? previous?.['createdAt'] ?? at;
      // Copied key by key, not spread: spreading objects of many shapes (an import's lines differ
      // in which optional fields they have) took ~4 µs a line and left objects in V8's slow
      // dictionary mode, which made indexing and validating them several times slower too.
      // The same keys in the same order as `{ ...json, schemaVersion, createdAt, updatedAt }`.
      const stamped: JsonObject = {};
      for (const key of Object.keys(json)) stamped[key] = json[key]!;
      stamped['schemaVersion'] = currentSchemaVersions[kind];
      stamped['createdAt'] = createdAt;
      stamped['updatedAt'] = at;
      return stamped;
    },
    index,
  };
}

// A stand-in instant for the bookkeeping fields a draft leaves to the store's stamp.
const pending = '1970-01-01T00:00:00.000Z';

/**
 * What a person writes (core's `RecordDraft`: no bookkeeping, lists left out, ISO strings for
 * instants, a name as one string) encoded as the full record would be. `createdAt` and
 * `updatedAt` stay out when the draft has none: the store's stamp fills them. Throws the
 * schema's error, naming every field, when the draft is not a record even so.
 */
function encodeDraft<K extends CoreRecordKind>(kind: K, value: unknown, strictError: unknown, options: ValidateOptions): JsonObject {
  if (typeof value !== 'object' || value === null) throw strictError;
  const json = draftJson(kind, value);
  const full = { ...json, createdAt: json['createdAt'] ?? pending, updatedAt: json['updatedAt'] ?? pending };
  let decoded: RecordTypes[K];
  try {
    decoded = recordCodecs[kind].decode(full) as RecordTypes[K];
  } catch (error) {
    // Not a record even as a draft: core's validation names each field in every locale.
    const result = validateRecord(kind, full, options);
    if (result.ok) throw error;
    throw new RecordIssuesError(translatedIssues(kind, full, result.issues, options), { cause: error });
  }
  const encoded = recordCodecs[kind].encode(decoded) as unknown as JsonObject;
  if (json['createdAt'] === undefined) delete encoded['createdAt'];
  if (json['updatedAt'] === undefined) delete encoded['updatedAt'];
  return encoded;
}

/**
 * Core's issues (in English) with each one's sentence in every locale, naming the field by its
 * label. The zh-CN sentences need core to validate again in zh-CN (the issues pair up): that is
 * done when `messages` is first read, so a decode that fails only to be retried (the HTTP wire's
 * lenient decode of a masked record) costs what it did.
 */
function translatedIssues(kind: CoreRecordKind, json: unknown, english: readonly ValidationIssue[], options: ValidateOptions): RecordIssue[] {
  let chinese: readonly ValidationIssue[] | undefined;
  const inChinese = (): readonly ValidationIssue[] => {
    if (chinese === undefined) {
      const result = validateRecord(kind, json, { ...options, locale: 'zh-CN' });
      chinese = result.ok ? [] : result.issues;
    }
    return chinese;
  };
  return english.map((issue, i) => ({
    path: issue.path,
    segments: issue.segments.filter((segment): segment is string | number => typeof segment !== 'symbol'),
    message: issue.message,
    get messages() {
      const other = inChinese()[i];
      return { en: sentence(issue, 'en'), 'zh-CN': other?.path === issue.path ? sentence(other, 'zh-CN') : sentence(issue, 'en') };
    },
  }));
}

/**
 * An issue's message, led by the field's label unless it starts with it; a field without a
 * label by its path, unless core named it anyway (the customer name group).
 */
function sentence(issue: ValidationIssue, locale: Locale): string {
  const name = issue.field ?? (issue.message.startsWith(translate(schemaMessages, locale, 'customerName')) ? '' : issue.path);
  if (name === '' || issue.message.startsWith(name)) return issue.message;
  return locale === 'zh-CN' ? `${name}：${issue.message}` : `${name}: ${issue.message}`;
}

const gradingRunKind: KindDefinition<GradingRun> = {
  version: 1,
  decode(json) {
    const issues = [];
    if (typeof json['id'] !== 'string' || json['id'] === '') issues.push({ path: 'id', message: 'id must be a non-empty string' });
    if (typeof json['asOf'] !== 'string') issues.push({ path: 'asOf', message: 'asOf must be an ISO date' });
    if (!Array.isArray(json['customers'])) issues.push({ path: 'customers', message: 'customers must be a list' });
    if (issues.length > 0) return { ok: false, issues };
    return { ok: true, value: cloneJson(json) as unknown as GradingRun };
  },
  encode: (value) => {
    const json = JSON.parse(JSON.stringify(value)) as unknown;
    return isJsonObject(json) ? json : {};
  },
  index: (json) => ({ search: String(json['id'] ?? '').toLowerCase(), sortName: String(json['asOf'] ?? '') }),
};

/**
 * The kind table of a real Dossier archive: core's schemas validate and decode (instants
 * become `Date`s), core's codecs encode, core's `migrateRecord` upgrades older records on read,
 * core's `pinyinInitials` feeds the text search, and the store stamps `schemaVersion`,
 * `createdAt` and `updatedAt`. Grading runs are kept as plain JSON.
 *
 * A write may leave out what the store keeps (core's `RecordDraft`): `schemaVersion`,
 * `createdAt`, `updatedAt` and the lists and groups that start empty are filled in, instants
 * may be ISO strings and a name one string.
 *
 * @example
 * const store = createMemoryStore({ kinds: dossierKinds(), actor: 'rep-7' });
 * await store.put('customer', { id: 'C-1', kind: 'organisation', name: '杭州科技', nature: 'manufacturer', salespersonId: 'rep-7', territory: '华东' });
 */
export function dossierKinds(options: DossierKindsOptions = {}): KindTable<DossierRecords> {
  const table = {} as Record<string, KindDefinition<{ id: string }>>;
  for (const kind of recordKinds) table[kind] = coreKind(kind, options) as unknown as KindDefinition<{ id: string }>;
  table['grading-run'] = gradingRunKind as unknown as KindDefinition<{ id: string }>;
  return table as unknown as KindTable<DossierRecords>;
}
