import type { Locale } from '../i18n/locale.js';
import { recordFields } from '../schema/fields.js';
import type { FieldEntry } from '../schema/field-catalog.js';
import { currentSchemaVersions, type RecordKind } from '../schema/stored-record.js';
import { validateRecord } from '../schema/validate.js';
import { duplicateCandidateOf, findDuplicates, type DuplicateCandidate, type DuplicatePair } from '../quality/duplicates.js';
import { splitAddress } from './address-text.js';
import { readCell } from './cells.js';
import type { DateOrder } from './dates.js';
import { ADDRESS_TARGET, type ColumnMapping } from './mapping.js';
import { catalogIndex, entryOf, getPath, pathSegments, setPath } from './paths.js';
import { importIssue, type ImportIssue, type SheetTable } from './table.js';

/** A stored record as JSON (instants as ISO strings). */
export type StoredJson = Record<string, unknown> & { id: string };

/** What an import does with a row's record. */
export type ImportAction = 'insert' | 'update' | 'unchanged';

/** One valid row: the stored record to write and whether it is new. */
export interface ImportedRecord {
  readonly line: number;
  readonly action: ImportAction;
  readonly record: StoredJson;
}

/** Options of {@link importRows}. */
export interface ImportRowsOptions {
  /** The import's time, for `createdAt`/`updatedAt` (core reads no clock). */
  now: Date | string;
  locale?: Locale;
  /** Records already in the store, matched by the mapping's key for upsert. */
  existing?: Iterable<StoredJson>;
  /** How dates written day or month first (`03/04/2025`) are read; refused when left out. */
  dateOrder?: DateOrder;
  /** Values for fields the sheet does not fill (deep-merged under the row). */
  defaults?: Record<string, unknown>;
  /** The id of a new record from its key text; by default a stable hash of the key, so re-runs agree. */
  newId?: (key: string, line: number) => string;
  /** Called every `progressEvery` rows (default 1000) with rows done and total. */
  onProgress?: (done: number, total: number) => void;
  progressEvery?: number;
  /**
   * Look for likely duplicates among the imported customers and `existing` (same credit code,
   * phone, email or normalised name); on by default for customer imports.
   */
  detectDuplicates?: boolean;
}

/** The outcome of an import: the records to write, every problem, and counts. */
export interface ImportResult {
  readonly kind: RecordKind;
  readonly records: ImportedRecord[];
  /** Contacts created by the `contact.*` columns of a customer import. */
  readonly contacts: ImportedRecord[];
  readonly issues: ImportIssue[];
  readonly counts: { rows: number; inserted: number; updated: number; unchanged: number; rejected: number };
  /** Likely duplicates involving an imported customer, with score and reasons (see `findDuplicates`). */
  readonly duplicates: DuplicatePair[];
}

const idPrefixes: Record<RecordKind, string> = { customer: 'C-', contact: 'P-', transaction: 'T-', interaction: 'I-', opportunity: 'O-', 'competitor-note': 'N-', task: 'K-', 'service-case': 'S-', contract: 'H-', satisfaction: 'M-' };

/** Two 32-bit FNV-1a hashes with different seeds: 64 bits, so 100k keys practically never collide. */
function stableHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 13);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

const customerDefaults: Record<string, unknown> = {
  kind: 'organisation',
  addresses: [],
  salespersonId: 'unassigned',
  territory: 'unassigned',
  nature: 'intermediary',
  productLines: [],
  tags: [],
  relationship: { stage: 'prospect', setByHand: false },
  grade: { provisional: true },
  credit: {},
  profiles: {},
};
const contactDefaults: Record<string, unknown> = { buyingRoles: [], personality: [], isKey: false };

function deepMerge(base: unknown, over: unknown): unknown {
  if (over === undefined) return base;
  // Lists of objects (addresses) merge element by element; lists of values (tags) are replaced.
  if (Array.isArray(base) && Array.isArray(over) && over.every((item) => item !== null && typeof item === 'object')) {
    const out = [...base];
    over.forEach((item, i) => (out[i] = deepMerge(out[i], item)));
    return out;
  }
  if (base === null || typeof base !== 'object' || Array.isArray(base) || over === null || typeof over !== 'object' || Array.isArray(over)) return over;
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(over)) out[key] = deepMerge(out[key], value);
  return out;
}

function stableStringify(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'undefined';
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  return `{${Object.keys(value)
    .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${stableStringify((value as Record<string, unknown>)[k])}`)
    .join(',')}}`;
}

function sameRecord(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const { updatedAt: _a, ...restA } = a;
  const { updatedAt: _b, ...restB } = b;
  return stableStringify(restA) === stableStringify(restB);
}

// A column covers an issue path when one path contains the other (`addresses[0]` covers `addresses[0].province`).
function covers(target: string, path: string): boolean {
  return target === path || path.startsWith(`${target}.`) || path.startsWith(`${target}[`) || target.startsWith(`${path}.`) || target.startsWith(`${path}[`);
}

/**
 * Turns the rows of a sheet into validated stored records by a column mapping. Each cell is read
 * by its field's kind, each record validated by the schemas; a bad row is reported (line, column,
 * header, value, reason in the locale) and never stops the good ones. Rows are matched by the
 * mapping's key against `existing` and earlier rows, so running the same import twice updates
 * instead of duplicating. With an empty key (transaction lines without an id column) every row is
 * a record of its own: identical lines are never merged by their content. Nothing is written: the caller stores `records` (all valid) in one batch.
 *
 * @example
 * const table = parseCsv(text);
 * const result = importRows(table, suggestMapping('customer', table.headers), { now: new Date(), existing: await store.list('customer') });
 * result.issues // [{ line: 7, column: 3, header: '手机', value: '1381234', code: 'invalidRecord', reason: '手机：…' }]
 */
export function importRows(table: SheetTable, mapping: ColumnMapping, options: ImportRowsOptions): ImportResult {
  const { kind } = mapping;
  const locale = options.locale ?? 'en';
  const now = typeof options.now === 'string' ? options.now : options.now.toISOString();
  const index = catalogIndex(recordFields[kind]);
  const issues: ImportIssue[] = [...table.issues];
  const records: ImportedRecord[] = [];
  const contacts: ImportedRecord[] = [];
  const counts = { rows: table.rows.length + table.issues.filter((i) => i.line > 0).length, inserted: 0, updated: 0, unchanged: 0, rejected: table.issues.length };
  const keySegments = mapping.key.map(pathSegments);
  const keyText = (record: unknown) => {
    const parts = keySegments.map((segments) => getPath(record, segments));
    const empty = (p: unknown) => p === undefined || p === null || p === '';
    // A single key must be filled; a composite key (every column of a transaction sheet) needs one part.
    if (mapping.key.length === 1 ? empty(parts[0]) : parts.every(empty)) return undefined;
    return parts.map((p) => (empty(p) ? '' : typeof p === 'string' ? p.trim() : stableStringify(p))).join('\u001f');
  };
  const existing = new Map<string, StoredJson>();
  for (const record of options.existing ?? []) {
    const key = keyText(record);
    if (key !== undefined) existing.set(key, record);
  }
  const seen = new Map<string, number>();
  const defaults = deepMerge(kind === 'customer' ? customerDefaults : kind === 'contact' ? contactDefaults : {}, options.defaults ?? {}) as Record<string, unknown>;
  const newId = options.newId ?? ((key: string) => `${idPrefixes[kind]}${stableHash(key)}`);
  const columns = table.headers.map((header, column) => {
    const target = mapping.columns[header] ?? null;
    const entry: FieldEntry | undefined = target === null || target === ADDRESS_TARGET || target.startsWith('contact.') ? undefined : entryOf(index, target);
    return { header, column: column + 1, target, entry, segments: target === null ? [] : pathSegments(target) };
  });
  const every = options.progressEvery ?? 1000;

  table.rows.forEach((row, rowIndex) => {
    if (options.onProgress && rowIndex % every === 0) options.onProgress(rowIndex, table.rows.length);
    const values: Record<string, unknown> = {};
    const contact: Record<string, unknown> = {};
    const rowIssues: ImportIssue[] = [];
    for (const { header, column, target, entry, segments } of columns) {
      if (target === null) continue;
      const raw = row.cells[column - 1] ?? '';
      if (target === ADDRESS_TARGET) {
        if (raw.trim() !== '') for (const [part, text] of Object.entries(splitAddress(raw))) setPath(values, `addresses[0].${part}`, text);
        continue;
      }
      if (target.startsWith('contact.')) {
        if (raw.trim() !== '') contact[target.slice('contact.'.length)] = raw.trim();
        continue;
      }
      const reading = readCell(entry, raw, locale, { dateOrder: options.dateOrder });
      if (!reading.ok) rowIssues.push(importIssue(locale, reading.code, { line: row.line, column, header, path: target, value: raw }, reading.params));
      else if (reading.value !== undefined) setPath(values, segments, reading.value);
    }
    if (rowIssues.length > 0) {
      issues.push(...rowIssues);
      counts.rejected++;
      return;
    }
    // No key: the row is a record of its own, never matched by content (same run, same line → same id).
    const key = mapping.key.length === 0 ? `${now}\u001f${row.line}\u001f${stableStringify(values)}` : keyText(values);
    if (key === undefined) {
      const keyColumn = columns.find((c) => c.target !== null && mapping.key.includes(c.target));
      issues.push(importIssue(locale, 'missingKey', { line: row.line, ...(keyColumn ? { column: keyColumn.column, header: keyColumn.header } : {}) }, { key: mapping.key.join(' + ') }));
      counts.rejected++;
      return;
    }
    const first = mapping.key.length === 0 ? undefined : seen.get(key);
    if (first !== undefined) {
      const keyColumn = columns.find((c) => c.target !== null && mapping.key.includes(c.target));
      issues.push(importIssue(locale, 'duplicateKey', { line: row.line, value: key.replaceAll('\u001f', ' + '), ...(keyColumn ? { column: keyColumn.column, header: keyColumn.header } : {}) }, { key: mapping.key.join(' + '), first }));
      counts.rejected++;
      return;
    }
    const before = mapping.key.length === 0 ? undefined : existing.get(key);
    let candidate: Record<string, unknown>;
    if (before) {
      // deepMerge copies every object it changes, so `before` and `defaults` are never mutated.
      candidate = deepMerge(before, values) as Record<string, unknown>;
      candidate.id = before.id;
      candidate.createdAt = before.createdAt;
    } else {
      candidate = deepMerge(defaults, values) as Record<string, unknown>;
      candidate.id ??= newId(key, row.line);
      candidate.createdAt ??= now;
    }
    candidate.schemaVersion = currentSchemaVersions[kind];
    candidate.updatedAt ??= now;
    if (before && !('updatedAt' in values)) candidate.updatedAt = now;
    const result = validateRecord(kind, candidate, { locale });
    if (!result.ok) {
      for (const problem of result.issues) {
        const column = columns.find((c) => c.target !== null && (c.target === problem.path || (c.target === ADDRESS_TARGET && problem.path.startsWith('addresses[0]')))) ?? columns.find((c) => c.target !== null && c.target !== ADDRESS_TARGET && covers(c.target, problem.path));
        const value = column ? (row.cells[column.column - 1] ?? '') : undefined;
        issues.push(
          importIssue(
            locale,
            'invalidRecord',
            { line: row.line, path: problem.path, ...(column ? { column: column.column, header: column.header, value } : {}) },
            { field: problem.field ?? problem.path, message: problem.message },
          ),
        );
      }
      counts.rejected++;
      return;
    }
    seen.set(key, row.line);
    const stored = toStored(result.value);
    let action: ImportAction = before ? 'update' : 'insert';
    if (before && sameRecord(before, stored)) {
      action = 'unchanged';
      stored.updatedAt = before.updatedAt;
    }
    counts[action === 'insert' ? 'inserted' : action === 'update' ? 'updated' : 'unchanged']++;
    records.push({ line: row.line, action, record: stored });
    if (kind === 'customer' && contact.name !== undefined) contacts.push(contactOf(stored, contact, row.line, now, locale, issues));
  });
  options.onProgress?.(table.rows.length, table.rows.length);
  const duplicates = kind === 'customer' && (options.detectDuplicates ?? true) ? likelyDuplicates(records, existing.values()) : [];
  return { kind, records, contacts: contacts.filter((c) => c.record !== undefined), issues: issues.sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0)), counts, duplicates };
}

// Pairs with at least one imported record: duplicates already in the store are not news.
function likelyDuplicates(records: readonly ImportedRecord[], existing: Iterable<StoredJson>): DuplicatePair[] {
  const imported = new Set(records.map((r) => r.record.id));
  const candidates = new Map<string, DuplicateCandidate>();
  for (const record of existing) candidates.set(record.id, duplicateCandidateOf(record));
  for (const { record } of records) candidates.set(record.id, duplicateCandidateOf(record));
  return findDuplicates([...candidates.values()]).filter((pair) => imported.has(pair.a) || imported.has(pair.b));
}

// The stored form of a decoded record: instants back to ISO strings (what the codecs' encode
// writes, `Date#toJSON` being `toISOString`), without a second pass through the schema.
function toStored(value: unknown): StoredJson {
  return storedValue(value) as StoredJson;
}

function storedValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(storedValue);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const key in value) {
    const child = (value as Record<string, unknown>)[key];
    if (child !== undefined) out[key] = storedValue(child);
  }
  return out;
}

function contactOf(customer: StoredJson, fields: Record<string, unknown>, line: number, now: string, locale: Locale, issues: ImportIssue[]): ImportedRecord {
  const candidate = {
    ...contactDefaults,
    id: `${customer.id}-P1`,
    schemaVersion: currentSchemaVersions.contact,
    createdAt: now,
    updatedAt: now,
    customerId: customer.id,
    name: { zh: fields.name },
    ...(fields.title ? { title: fields.title } : {}),
    ...(fields.mobile ? { mobile: fields.mobile } : {}),
    ...(fields.email ? { email: fields.email } : {}),
  };
  const result = validateRecord('contact', candidate, { locale });
  if (!result.ok) {
    for (const problem of result.issues) issues.push(importIssue(locale, 'invalidRecord', { line, path: `contact.${problem.path}` }, { field: problem.field ?? problem.path, message: problem.message }));
    return { line, action: 'insert', record: undefined as unknown as StoredJson };
  }
  return { line, action: 'insert', record: toStored(result.value) };
}
