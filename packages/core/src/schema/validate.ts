import type * as z from 'zod/mini';
import { idMessages, type IdMessageKey } from '../ids/messages.js';
import type { Locale } from '../i18n/locale.js';
import { translate, type Catalog } from '../i18n/translate.js';
import { findField, type FieldEntry } from './field-catalog.js';
import { recordFields } from './fields.js';
import { schemaMessages, type SchemaMessageKey } from './messages.js';
import { recordSchemas, type RecordTypes } from './record-schemas.js';
import type { RecordKind } from './stored-record.js';
import { profileIssues, type TemplateRegistry } from './templates/template-registry.js';

/** One thing wrong with a record: where (field path and label) and what, in the caller's locale. */
export interface ValidationIssue {
  /** zod's issue code (`invalid_type`, `too_small` …) or Dossier's (`invalidUscc`, `formerNeedsStop` …). */
  code: string;
  /** The concrete path, `addresses[0].street`; empty for the record itself. */
  path: string;
  segments: PropertyKey[];
  /** The field's label in the locale, when the field is in the catalogue. */
  field?: string;
  message: string;
  /** The id of the record, when the input had one. */
  recordId?: string;
}

/** The outcome of validating a record: the parsed value, or every issue found. */
export type ValidationResult<T> = { ok: true; value: T } | { ok: false; issues: ValidationIssue[] };

/** Options of the validate functions. */
export interface ValidateOptions {
  /** Locale of the messages; `en` by default. */
  locale?: Locale;
  /** Profile templates to check `customer.profiles` against; without it profiles are not checked. */
  templates?: TemplateRegistry;
}

type MessageKey = IdMessageKey | SchemaMessageKey;
const messages = {
  en: { ...idMessages.en, ...schemaMessages.en },
  'zh-CN': { ...idMessages['zh-CN'], ...schemaMessages['zh-CN'] },
} as Catalog<MessageKey>;

/**
 * Validates any kind of record (stored JSON or decoded) and returns the decoded record or every
 * issue, each naming the field path and what is wrong, in the requested locale.
 *
 * @example
 * const result = validateRecord('transaction', json, { locale: 'zh-CN' });
 * if (!result.ok) result.issues[0] // { path: 'date', field: '日期', message: '不是有效日期：…', code: 'invalidCalendarDate' }
 */
export function validateRecord<K extends RecordKind>(kind: K, input: unknown, options: ValidateOptions = {}): ValidationResult<RecordTypes[K]> {
  const locale = options.locale ?? 'en';
  const schema = recordSchemas[kind] as unknown as z.ZodMiniType<RecordTypes[K]>;
  // No zod locale: every issue is worded from the catalogue below (whatToDo), so zod's English or
  // Chinese sentences (about 6 KB minified in every page with a store) are never shown.
  const result = schema.safeParse(input);
  const raw: z.core.$ZodIssue[] = result.success ? [] : [...result.error.issues];
  let catalog: readonly FieldEntry[] = recordFields[kind];
  const profiles: { [id: string]: unknown } = {};
  if (kind === 'customer' && options.templates && isCustomerLike(input)) {
    catalog = [...catalog, ...options.templates.fields()];
    for (const issue of profileIssues(options.templates, input)) raw.push(issue as z.core.$ZodIssue);
    for (const [id, value] of Object.entries(input.profiles)) {
      const parsed = options.templates.get(id)?.schema.safeParse(value);
      if (parsed?.success) profiles[id] = parsed.data;
    }
  }
  raw.push(...unknownFactPaths(input, catalog));
  if (result.success && raw.length === 0) {
    const value = kind === 'customer' && options.templates ? { ...result.data, profiles: { ...(result.data as RecordTypes['customer']).profiles, ...profiles } } : result.data;
    return { ok: true, value: value as RecordTypes[K] };
  }
  const recordId = typeof (input as { id?: unknown } | null)?.id === 'string' ? (input as { id: string }).id : undefined;
  return { ok: false, issues: raw.map((issue) => toValidationIssue(issue, locale, catalog, recordId, input)) };
}

// `facts` is keyed by field path: a key that names no field is a typo that would hide a source.
function unknownFactPaths(input: unknown, catalog: readonly FieldEntry[]): z.core.$ZodIssue[] {
  const facts = (input as { facts?: unknown } | null)?.facts;
  if (typeof facts !== 'object' || facts === null || Array.isArray(facts)) return [];
  return Object.keys(facts)
    .filter((path) => path === 'facts' || path.startsWith('facts.') || findField(catalog, path) === undefined)
    .map((path) => ({
      code: 'custom',
      path: ['facts', path],
      input: path,
      message: translate(messages, 'en', 'unknownFactPath', { path }),
      params: { messageKey: 'unknownFactPath', values: { path } },
    }));
}

function isCustomerLike(input: unknown): input is { kind: 'organisation' | 'person'; profiles: Record<string, unknown> } {
  if (typeof input !== 'object' || input === null) return false;
  const { kind, profiles } = input as { kind?: unknown; profiles?: unknown };
  return (kind === 'organisation' || kind === 'person') && typeof profiles === 'object' && profiles !== null && !Array.isArray(profiles);
}

/**
 * What a person should do about one of zod's own issues, in words of the field (its label, or
 * "客户名称" for the name group): "客户名称为空，请填写", never "期望 object，实际接收 undefined".
 * Every code has a sentence; a custom check's own message (a template's refinement) is kept.
 */
function whatToDo(issue: z.core.$ZodIssue, locale: Locale, entry: FieldEntry | undefined, input: unknown): string {
  const field = entry?.label[locale] ?? (issue.path.length === 1 && issue.path[0] === 'name' ? translate(messages, locale, 'customerName') : translate(messages, locale, 'thisField'));
  let value: unknown = input;
  for (const segment of issue.path) value = typeof value === 'object' && value !== null ? (value as Record<PropertyKey, unknown>)[segment] : undefined;
  const empty = value === undefined || value === null || value === '';
  if ((issue.code === 'invalid_type' || issue.code === 'too_small') && empty) return translate(messages, locale, 'fieldEmpty', { field });
  if (issue.code === 'invalid_value') return translate(messages, locale, 'fieldChoose', { field });
  if (issue.code === 'too_big') return translate(messages, locale, 'fieldTooLong', { field });
  if (issue.code === 'too_small') return translate(messages, locale, 'fieldTooSmall', { field });
  if (issue.code === 'unrecognized_keys') return translate(messages, locale, 'fieldUnknownKeys', { field, keys: issue.keys.join(', ') });
  // A custom check without a catalogue key says what it says, unless zod filled in its default.
  if (issue.code === 'custom' && issue.message !== '' && issue.message !== 'Invalid input') return issue.message;
  return translate(messages, locale, 'fieldFormat', { field });
}

function toValidationIssue(issue: z.core.$ZodIssue, locale: Locale, catalog: readonly FieldEntry[], recordId: string | undefined, input: unknown): ValidationIssue {
  let params = (issue as { params?: { messageKey?: string; values?: Record<string, string> } }).params;
  // zod's locales have no words for an unknown discriminator (a customer `kind`): say which values are allowed.
  if (issue.code === 'invalid_union' && Array.isArray((issue as { options?: unknown }).options)) {
    params = { messageKey: 'invalidOption', values: { options: (issue as unknown as { options: string[] }).options.join(' | ') } };
  }
  const key = params?.messageKey as MessageKey | undefined;
  const segments = [...issue.path];
  const entry = segments.length > 0 ? findField(catalog, segments) : undefined;
  const message = key && key in messages.en ? translate(messages, locale, key, params?.values) : whatToDo(issue, locale, entry, input);
  const out: ValidationIssue = { code: key ?? issue.code, path: formatPath(segments), segments, message };
  if (entry) out.field = entry.label[locale];
  if (recordId !== undefined) out.recordId = recordId;
  return out;
}

/**
 * A concrete path as text: `['addresses', 0, 'street']` → `addresses[0].street`.
 *
 * @example
 * formatPath(['addresses', 0, 'street']) // 'addresses[0].street'
 */
export function formatPath(segments: readonly PropertyKey[]): string {
  let path = '';
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`;
    else path += path ? `.${String(segment)}` : String(segment);
  }
  return path;
}

/** @example validateCustomer(json, { locale: 'zh-CN', templates }) */
export const validateCustomer = (input: unknown, options?: ValidateOptions) => validateRecord('customer', input, options);
/** @example validateContact(json, { locale: 'zh-CN' }) */
export const validateContact = (input: unknown, options?: ValidateOptions) => validateRecord('contact', input, options);
/** @example validateTransaction(json) */
export const validateTransaction = (input: unknown, options?: ValidateOptions) => validateRecord('transaction', input, options);
/** @example validateInteraction(json) */
export const validateInteraction = (input: unknown, options?: ValidateOptions) => validateRecord('interaction', input, options);
/** @example validateOpportunity(json) */
export const validateOpportunity = (input: unknown, options?: ValidateOptions) => validateRecord('opportunity', input, options);
/** @example validateCompetitorNote(json) */
export const validateCompetitorNote = (input: unknown, options?: ValidateOptions) => validateRecord('competitor-note', input, options);
/** @example validateTask(json) */
export const validateTask = (input: unknown, options?: ValidateOptions) => validateRecord('task', input, options);
/** @example validateServiceCase(json) */
export const validateServiceCase = (input: unknown, options?: ValidateOptions) => validateRecord('service-case', input, options);
/** @example validateContract(json) */
export const validateContract = (input: unknown, options?: ValidateOptions) => validateRecord('contract', input, options);

/** @example validateSatisfaction(json) */
export const validateSatisfaction = (input: unknown, options?: ValidateOptions) => validateRecord('satisfaction', input, options);
