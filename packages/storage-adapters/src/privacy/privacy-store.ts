import {
  canRead,
  canWrite,
  computeCustomerFigures,
  defaultRoles,
  identifyingValues,
  isSealed,
  recordFieldRules,
  recordKinds,
  redact,
  revealField,
  scrubPersonalText,
  sealSecretFields,
  unsealSecretFields,
  type AuditAction,
  type AuditEntry,
  type AuditQuery,
  type CustomerFigures,
  type TransactionColumns,
  anonymiseRecord,
  type SubjectExport,
  type FieldRule,
  type Locale,
  type RecordKind,
  type RolePolicy,
  type Viewer,
} from '@dossier/core';
import { encodeForWrite, prepareImport, StoreError, storeError } from '../contract/index.js';
import type {
  BatchOp,
  BatchOptions,
  BatchResult,
  CustomerFiguresQuery,
  FieldChange,
  ImportTransactionsOptions,
  ImportTransactionsResult,
  JsonRecords,
  ListPage,
  ReadColumnsOptions,
  RecordMap,
  RecordRevision,
  Store,
  StoreKind,
  StoredRecord,
  StoreViewer,
  WriteResult,
} from '../contract/index.js';
import type { AuditLog } from './audit-log.js';
import { sealedPaths } from './sealable-kinds.js';
import { queryReadsOnlyVisible, viewerList, visiblePart } from './viewer-list.js';
import { readsAllMoney, redactGradingRun } from './grading-run-redaction.js';
import { privacyStoreError } from './audit-log-messages.js';
import { redactTransactionColumns } from './redact-columns.js';

/** Options of {@link withPrivacy}. */
export interface PrivacyStoreOptions {
  /** The embedder's AES-GCM key for secret fields (`importEncryptionKey`); never stored with the data. */
  key: CryptoKey;
  /** Where reads of confidential data, reveals and every change are logged. */
  audit: AuditLog;
  /** Role policies by id, for viewers that carry only a role id (default: `defaultRoles`). */
  roles?: Readonly<Record<string, RolePolicy>>;
  /** Clock for audit entries (ISO instants). */
  now?: () => string;
  /** The user written to the audit log for writes without `by`. */
  actor?: string;
  locale?: Locale;
}

/** A store with confidentiality enforced, plus reveal-with-reason and the audit log. */
export interface PrivacyStore<R extends RecordMap = JsonRecords> extends Store<R> {
  /** The plain value of one field the viewer may reveal, audited with the reason. */
  reveal(kind: StoreKind, id: string, path: string, reason: string, viewer: StoreViewer): Promise<unknown>;
  /**
   * The server's own handle on the audit log (trusted code only: it answers anyone). Viewers read
   * the log through {@link PrivacyStore.readAudit}.
   */
  readonly audit: AuditLog;
  /**
   * The audit log entries matching `query`, for a viewer whose role may read the log
   * (`RolePolicy.readAudit`: managers and auditors by default); any other viewer, or one without
   * a known role, gets `forbidden`. The rule lives here, so every page and server reading the log
   * for a person applies it.
   */
  readAudit(query: AuditQuery, viewer: StoreViewer): Promise<AuditEntry[]>;
  /** Subject access: everything held about a customer (records, revisions, audit entries) as JSON; audited as an export. */
  exportSubject(customerId: string, options: { by: string }): Promise<SubjectExport>;
  /**
   * Erasure (PIPL art. 47 / GDPR art. 17): removes a customer's personal data from every
   * revision the store holds.
   *
   * 1. Anonymises, in ONE batch, the customer and every contact, interaction, opportunity and
   *    competitor note of it — live AND removed ones (a removed record is anonymised and removed
   *    again, so it stays a tombstone): core's `anonymiseRecord` drops every confidential and
   *    secret field and replaces the name; source and fact notes are dropped; and every free-text
   *    field still holding one of the person's values (taken from EVERY revision: names, mobiles,
   *    e-mails, ID numbers, addresses, contacts' names …) has that value replaced by `***`.
   * 2. Transactions stay with their amounts, dates and products, so totals are unchanged; only
   *    their notes and free text holding a personal value are cleaned (a transaction is rewritten
   *    only when something had to go).
   * 3. `purgeHistory` on every record it rewrote: earlier revisions and field changes, which still
   *    hold the plain values, are deleted.
   * 4. Appends an `erase` entry to the audit log (who, which records, why).
   *
   * Afterwards a scan of the raw storage finds none of the person's values. Running it again is
   * harmless (a crash between 1 and 3 is finished by a re-run). The storage engine may keep
   * deleted bytes until it compacts (PostgreSQL: run `VACUUM` after an erasure). Records of the
   * audit log hold field paths, never values.
   *
   * @example
   * await store.eraseSubject('C-1', { by: 'dpo-1', reason: '客户要求删除个人信息', name: '已注销客户' });
   */
  eraseSubject(customerId: string, options: { by: string; reason: string; name?: string }): Promise<{ records: number; purged: number }>;
  /** The store underneath (holds sealed values). */
  readonly inner: Store<R>;
}

const isRecordKind = (kind: StoreKind): kind is RecordKind => (recordKinds as readonly string[]).includes(kind);

function rulesOf(kind: StoreKind, value: unknown): FieldRule[] {
  return isRecordKind(kind) ? recordFieldRules(kind, value) : [];
}

function presentPaths(value: unknown, segments: readonly string[], at: string[] = []): string[] {
  if (segments.length === 0) return value === undefined || value === null ? [] : [at.join('.')];
  if (value === null || typeof value !== 'object') return [];
  const [head, ...rest] = segments as [string, ...string[]];
  const keys = head === '*' ? Object.keys(value) : [head];
  return keys.flatMap((key) => presentPaths((value as Record<string, unknown>)[key], rest, [...at, key]));
}

function changedFields(before: unknown, after: unknown): string[] {
  const a = (before ?? {}) as Record<string, unknown>;
  const b = (after ?? {}) as Record<string, unknown>;
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((key) => JSON.stringify(a[key]) !== JSON.stringify(b[key])).sort();
}

// JSON text with object keys sorted: equal values compare equal whatever their key order.
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

// A value a form sends for a field it did not get: nothing, or an empty text, list or object
// (a typed record fills required containers with empty ones).
const leftOut = (value: unknown): boolean =>
  value === undefined || value === null || value === '' || (typeof value === 'object' && !(value instanceof Date) && Object.keys(value).length === 0);

function sameJson(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

function setAt(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node: Record<string, unknown> = target;
  for (const [i, segment] of path.entries()) {
    if (i === path.length - 1) {
      node[segment] = value;
      return;
    }
    let next = node[segment];
    if (next === null || typeof next !== 'object') {
      next = /^\d+$/.test(path[i + 1]!) ? [] : {};
      node[segment] = next;
    }
    node = next as Record<string, unknown>;
  }
}

// The rules of the same path, once (a record's rules before and after a write overlap).
function uniqueRules(rules: readonly FieldRule[]): FieldRule[] {
  const seen = new Map<string, FieldRule>();
  for (const rule of rules) if (!seen.has(rule.path)) seen.set(rule.path, rule);
  return [...seen.values()];
}

// Masks of free text: fields that may name a person whatever their sensitivity.
const freeTextMasks = new Set(['text', 'name', 'address']);

/**
 * A copy of a record in which every free-text field no longer holds any of `traces` (replaced by
 * `***`), and without source or fact notes. The record's structure stays valid.
 */
function scrubFreeText<T extends Record<string, unknown>>(record: T, rules: readonly FieldRule[], traces: readonly string[]): T {
  const copy = structuredClone(record) as Record<string, unknown>;
  const source = copy['source'];
  if (source !== null && typeof source === 'object') delete (source as Record<string, unknown>)['note'];
  const facts = copy['facts'];
  if (facts !== null && typeof facts === 'object') for (const fact of Object.values(facts)) if (fact !== null && typeof fact === 'object') delete (fact as Record<string, unknown>)['note'];
  const clean = (text: string) => scrubPersonalText(text, traces, { patterns: false });
  for (const rule of rules) {
    if (!rule.mask || !freeTextMasks.has(rule.mask)) continue;
    for (const path of presentPaths(copy, rule.path.split('.'))) {
      const segments = path.split('.');
      const value = getAt(copy, segments);
      if (typeof value === 'string') setAt(copy, segments, clean(value));
      else if (Array.isArray(value)) setAt(copy, segments, value.map((item) => (typeof item === 'string' ? clean(item) : item)));
    }
  }
  return copy as T;
}

// Fields that identify a record or are kept by the store: never rewritten by erasure.
const keptByErasure = new Set(['id', 'customerId', 'schemaVersion', 'createdAt', 'updatedAt']);

/**
 * A copy of a record in which no text value anywhere (an order id such as `SO-13812341234`
 * included) holds any of `traces`, except the fields that identify it.
 */
function scrubEveryText<T extends Record<string, unknown>>(record: T, traces: readonly string[]): T {
  const clean = (value: unknown, key: string | undefined, top: boolean): unknown => {
    if (typeof value === 'string') return top && key !== undefined && keptByErasure.has(key) ? value : scrubPersonalText(value, traces, { patterns: false });
    if (Array.isArray(value)) return value.map((item) => clean(item, undefined, false));
    if (value !== null && typeof value === 'object' && !(value instanceof Date)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, clean(v, k, false)]));
    return value;
  };
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, clean(v, k, true)])) as T;
}

// Whether a book's columns hold a transaction field (the lines of a book hold no free text).
function columnHolds(columns: TransactionColumns, path: string): boolean {
  const held: Record<string, boolean> = {
    customerId: true,
    date: true,
    amount: true,
    cost: columns.cost !== undefined,
    paid: columns.paid !== undefined,
    quantity: columns.quantity !== undefined,
    orderId: columns.order !== undefined,
    productId: columns.product !== undefined,
    category: columns.category !== undefined,
  };
  return held[path] ?? false;
}

// The transaction fields that make up its columns.
const columnFields = ['customerId', 'date', 'amount', 'cost', 'paid', 'quantity', 'orderId', 'productId', 'category'] as const;
type ColumnAccess = Record<(typeof columnFields)[number], boolean>;

function columnAccess(viewer: Viewer, own: boolean): ColumnAccess {
  const rules = recordFieldRules('transaction');
  const context = own ? { ownerId: viewer.userId } : {};
  const access = {} as ColumnAccess;
  for (const field of columnFields) {
    const rule = rules.find((r) => r.path === field);
    access[field] = rule === undefined || canRead(viewer, rule, context);
  }
  return access;
}

const readsAll = (access: ColumnAccess) => columnFields.every((field) => access[field]);

// Fields that decide who may read a record: its kind of customer, its salesperson, its customer.
const accessFields = ['kind', 'salespersonId', 'customerId'] as const;

function forbiddenError(kind: StoreKind, id: string, viewer: Viewer, fields: readonly string[]): StoreError {
  return storeError('forbidden', 'forbidden', { kind, id, path: fields[0], params: { fields: [...new Set(fields)].join(', '), role: viewer.role.id } });
}

// Fills the store-managed timestamps for checking a value only: nothing is written with it, and
// the privacy store's clock (`now`) stays for the audit log.
const validationStamp = { at: '1970-01-01T00:00:00.000Z', by: '', previous: undefined };

/**
 * Wraps any store (memory, IndexedDB, PostgreSQL, PGlite, http client) so that:
 * - secret fields (by the schema's field catalogue) are sealed with AES-GCM before they reach the
 *   store, in every revision, and opened on the way out — a raw dump holds no plaintext of them;
 * - every read that names a `viewer` (get, list, history, including the values inside history's
 *   field changes) is redacted for that viewer (masked or removed), the one rule of core's `redact`;
 * - a viewer's `list` filters, searches, sorts and pages the records AS THE VIEWER SEES THEM: a
 *   hidden name never decides a match, an order, a page size or whether a cursor comes back, and
 *   the cursor holds only the shown sort key and the id (see `viewerList`; a query that reads
 *   only fields the viewer reads on every record goes to the store underneath unchanged);
 * - a viewer without a role the store knows (`roles` own entries only: `__proto__` is none) is
 *   refused everything with `forbidden`;
 * - grading runs are redacted by the figures rule below (revenue, cost, paid and what is
 *   computed from revenue, for customers whose amounts the viewer may not read);
 * - reads of confidential or secret data, reveals and every change are appended to the audit log,
 *   which can be read per customer and per user;
 * - `readTransactionColumns` and `customerFigures` with a viewer follow the transaction field
 *   rules: a line whose customer or date the viewer may not read is left out; a column the
 *   viewer may not read on a line is NaN (numbers) or missing (-1, for order, product and
 *   category). With core's rules a sales rep thus gets every line of the book, but amount, cost
 *   and paid (confidential) only on lines of its own customers; a manager gets everything. In
 *   figures, revenue, cost and paid of such customers are NaN (counts and days stay);
 * - a write (`put`, `batch`) that names a `viewer` is checked field by field against the stored
 *   record with core's `canWrite` (a rep writes confidential fields only of its own customers):
 *   a forbidden change throws `forbidden` naming the field paths and writes nothing (nothing of a
 *   batch), and appends a `refuse` entry (paths, never values) to the audit log. A field the viewer
 *   may not read that a write sends other than as the viewer saw it is refused whatever the stored
 *   value, before any conflict check: a right guess and a wrong one get the same answer. Fields
 *   the viewer cannot read keep their stored value when the write sends them back as the viewer
 *   saw them (masked, like `138****1234`, or left out), so saving a redacted form
 *   never wipes them; what the store returns is redacted for the viewer too. Changing a field that
 *   decides access (`kind`, `salespersonId`, `customerId`) takes the right to read and write the
 *   whole stored record, and so does `purgeHistory`; `remove` and `restore` take the right to
 *   write every field the viewer may read. The check holds for
 *   the revision it read: a write landing in between makes the viewer's write a conflict;
 * - `eraseSubject` erases a person from every revision (see there).
 * Reads and writes without a viewer are trusted server-side calls and get the whole record.
 *
 * @example
 * const store = withPrivacy(await createIndexedDbStore({ name: 'crm' }), { key, audit: createMemoryAuditLog() });
 * const page = await store.list('customer', { viewer: { userId: 'rep-2', role: { id: 'sales-rep' } } });
 */
export function withPrivacy<R extends RecordMap = JsonRecords>(inner: Store<R>, options: PrivacyStoreOptions): PrivacyStore<R> {
  const { key, audit } = options;
  const roles = options.roles ?? (defaultRoles as Readonly<Record<string, RolePolicy>>);
  const now = options.now ?? (() => new Date().toISOString());
  const locale = options.locale ?? 'en';

  // A viewer without a role, or with a role id that names no policy (`__proto__`, `constructor`
  // included: only the table's own entries count), may do nothing: forbidden, translated.
  const viewerOf = (viewer: StoreViewer | undefined): Viewer | undefined => {
    if (viewer === undefined) return undefined;
    const role = viewer.role as (RolePolicy & { id: string }) | { id: string } | undefined;
    if (role && 'read' in role && Array.isArray(role.read)) return { userId: viewer.userId, role: role as RolePolicy };
    const id = role?.id;
    if (typeof id === 'string' && Object.hasOwn(roles, id)) return { userId: viewer.userId, role: roles[id]! };
    throw privacyStoreError('forbidden', 'noRole', { role: typeof id === 'string' ? id : '' });
  };

  // The store underneath sees secret fields only sealed, so it cannot check them: the plain
  // value is validated here first (with the store's own kinds), then sealed.
  // (A record kind the store has no table for cannot reach it, sealed or not.)
  const unsealable = recordKinds.filter((kind) => (inner.kinds as Record<string, { sealable?: boolean } | undefined>)[kind] !== undefined && (inner.kinds as Record<string, { sealable?: boolean }>)[kind]!.sealable !== true);
  if (unsealable.length > 0) {
    throw new TypeError(
      `withPrivacy: the store's kinds ${unsealable.join(', ')} do not accept sealed values; create the store with sealableKinds(kinds), e.g. createIndexedDbStore({ kinds: sealableKinds(dossierKinds()) })`,
    );
  }
  const seal = async (kind: StoreKind, value: R[StoreKind]): Promise<R[StoreKind]> => {
    // Only this store seals: an envelope from a caller would skip validation and may not open.
    const smuggled = sealedPaths(value)[0];
    if (smuggled !== undefined) {
      throw storeError('invalid', 'invalidRecord', { kind, id: value.id, path: smuggled, params: { issues: `${smuggled}: a sealed value cannot be written, send the plain value` } });
    }
    encodeForWrite(inner.kinds, kind, value, validationStamp);
    return sealSecretFields(value, rulesOf(kind, value), key, value.id);
  };
  const open = async <T extends { id: string }>(kind: StoreKind, value: T): Promise<T> => unsealSecretFields(value, rulesOf(kind, value), key, value.id, locale);

  const customerIdOf = (kind: StoreKind, value: unknown): string | undefined => {
    if (kind === 'customer') return (value as { id?: string }).id;
    const id = (value as { customerId?: unknown } | undefined)?.customerId;
    return typeof id === 'string' ? id : undefined;
  };

  // The owner decides what a sales rep may see: a customer's salesperson, or the salesperson of
  // the customer a contact or transaction belongs to.
  const ownerOf = async (kind: StoreKind, value: unknown, cache: Map<string, string | undefined>): Promise<string | undefined> => {
    if (kind === 'customer') return (value as { salespersonId?: string }).salespersonId;
    const customerId = customerIdOf(kind, value);
    if (customerId === undefined) return undefined;
    if (!cache.has(customerId)) {
      const customer = await inner.get('customer', customerId);
      cache.set(customerId, (customer?.value as { salespersonId?: string } | undefined)?.salespersonId);
    }
    return cache.get(customerId);
  };

  const log = async (action: AuditAction, kind: StoreKind, value: { id: string } | undefined, id: string, userId: string, extra: Partial<AuditEntry> = {}) => {
    const customerId = value ? customerIdOf(kind, value) : undefined;
    await audit.append({ at: now(), userId, action, kind, recordId: id, ...(customerId ? { customerId } : {}), ...extra });
  };

  // What one viewer gets of one record; logs the confidential fields it received in plain.
  // `shows` decides on the redacted record whether the viewer gets it at all (undefined: not, and
  // nothing is logged).
  const presentIf = async <T extends { id: string }>(
    kind: StoreKind,
    value: T,
    viewer: Viewer | undefined,
    cache: Map<string, string | undefined>,
    action: AuditAction | null,
    shows: (record: T) => boolean,
  ): Promise<T | undefined> => {
    const plain = await open(kind, value);
    if (viewer === undefined) return plain;
    if (kind === 'grading-run') return redactRun(plain, viewer);
    const rules = rulesOf(kind, plain);
    const ownerId = await ownerOf(kind, plain, cache);
    const { record } = redact(plain, rules, viewer, { ownerId });
    if (!shows(record)) return undefined;
    if (action !== null) {
      const fields = confidentialRead(rules, plain, viewer, ownerId);
      if (fields.length > 0) await log(action, kind, plain, plain.id, viewer.userId, { roleId: viewer.role.id, fields });
    }
    return record;
  };

  // A grading run as the viewer may see it: the figures and columns rule (see redactGradingRun).
  const redactRun = async <T>(run: T, viewer: Viewer): Promise<T> => {
    const own = columnAccess(viewer, true);
    const other = columnAccess(viewer, false);
    if (readsAllMoney(other) && readsAllMoney(own)) return run;
    const owned = (await ownedCustomers(viewer)) ?? new Set<string>();
    return redactGradingRun(run, (customerId) => (owned.has(customerId) ? own : other));
  };

  // Refuses a viewer's write: the audit log gets a `refuse` entry naming the field paths (never
  // the values sent), and the error names them too. Paths are sorted, so the refusal is the
  // same whichever way it was found.
  const refuse = async (kind: StoreKind, id: string, viewer: Viewer, fields: readonly string[], value: unknown): Promise<StoreError> => {
    const paths = [...new Set(fields)].sort();
    await log('refuse', kind, value as { id: string } | undefined, id, viewer.userId, { roleId: viewer.role.id, fields: paths });
    return forbiddenError(kind, id, viewer, paths);
  };

  // The confidential and secret fields of a record that a viewer receives in plain.
  const confidentialRead = (rules: readonly FieldRule[], plain: unknown, viewer: Viewer, ownerId: string | undefined): string[] =>
    rules
      .filter((rule) => (rule.sensitivity === 'confidential' || rule.sensitivity === 'secret') && canRead(viewer, rule, { ownerId }))
      .flatMap((rule) => presentPaths(plain, rule.path.split('.')));

  const present = async <T extends { id: string }>(kind: StoreKind, value: T, viewer: Viewer | undefined, cache: Map<string, string | undefined>, action: AuditAction | null = 'read'): Promise<T> =>
    (await presentIf(kind, value, viewer, cache, action, () => true))!;

  // A revision's field changes for a viewer. The store diffed sealed values, so a change of a
  // secret field shows as changes inside its ciphertext: those collapse into one change of the
  // field, with the opened values of the two revisions when the viewer may read them.
  const presentChanges = (
    kind: StoreKind,
    stored: { before: unknown; after: unknown },
    plain: { before: unknown; after: unknown },
    changes: FieldChange[],
    viewer: Viewer | undefined,
    ownerId: string | undefined,
  ): FieldChange[] => {
    // A change of kind (person → organisation) is judged by the rules of both revisions.
    const rules = [...(plain.before === undefined ? [] : rulesOf(kind, plain.before)), ...rulesOf(kind, plain.after)];
    const out: FieldChange[] = [];
    const seen = new Set<string>();
    for (const change of changes) {
      let path = change.path;
      for (let n = 1; n <= change.path.length; n++) {
        const prefix = change.path.slice(0, n);
        if (isSealed(getAt(stored.before, prefix)) || isSealed(getAt(stored.after, prefix))) {
          path = prefix;
          break;
        }
      }
      const text = path.join('.');
      if (seen.has(text)) continue;
      seen.add(text);
      const governing = rules.filter((rule) => {
        const r = rule.path.split('.');
        const n = Math.min(r.length, path.length);
        return r.slice(0, n).every((segment, i) => segment === '*' || segment === path[i]);
      });
      const readable = viewer === undefined || governing.every((rule) => canRead(viewer, rule, { ownerId }));
      const copy: FieldChange = { path };
      if (readable) {
        const before = path === change.path ? change.before : getAt(plain.before, path);
        const after = path === change.path ? change.after : getAt(plain.after, path);
        const opened = (v: unknown) => (v !== null && typeof v === 'object' && JSON.stringify(v).includes('"$sealed"') ? undefined : v);
        // Inside a group that holds sealed values, take the opened revisions' values instead.
        const b = opened(before) === undefined && before !== undefined ? getAt(plain.before, path) : before;
        const a = opened(after) === undefined && after !== undefined ? getAt(plain.after, path) : after;
        if (b !== undefined) copy.before = b as FieldChange['before'];
        if (a !== undefined) copy.after = a as FieldChange['after'];
      }
      out.push(copy);
    }
    return out;
  };

  type Plain = Record<string, unknown> & { id: string };
  const listAll = async (kind: StoreKind, customerId: string, includeDeleted = false): Promise<Plain[]> => {
    const out: Plain[] = [];
    for (const item of await listStored(kind, customerId, includeDeleted)) out.push((await open(kind, item.value)) as unknown as Plain);
    return out;
  };
  const listStored = async (kind: StoreKind, customerId: string, includeDeleted: boolean) => {
    const out: StoredRecord<R[StoreKind], StoreKind>[] = [];
    let cursor: string | undefined;
    do {
      const page = await inner.list(kind, { customerId, limit: 1000, includeDeleted, ...(cursor ? { cursor } : {}) });
      out.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return out;
  };

  // A value the store returns to a writer: opened, and redacted when the write named a viewer
  // (the stored values kept for fields it cannot read must not come back to it).
  const returned = async <T extends { id: string }>(kind: StoreKind, value: T, viewer: Viewer | undefined): Promise<T> =>
    viewer ? present(kind, value, viewer, new Map(), null) : open(kind, value);

  const conflictOpened = async <K extends StoreKind>(kind: K, result: WriteResult<R[K], K>, viewer?: Viewer): Promise<WriteResult<R[K], K>> => {
    if (result.ok) return result;
    const current = result.conflict.current;
    const attempted = result.conflict.attempted;
    return {
      ok: false,
      conflict: {
        ...result.conflict,
        current: current && { ...current, value: await returned(kind, current.value, viewer) },
        attempted: attempted.value === undefined ? attempted : { ...attempted, value: await returned(kind, attempted.value, viewer) },
      },
    };
  };

  /**
   * What a viewer's write of `value` stores, given the stored plain value `before`: fields the
   * viewer cannot read keep their stored value when the write sent them back as the viewer saw
   * them (masked or left out); then every changed field must be writable by the viewer, or the
   * write is `forbidden`. Ownership is the stored record's (a new record's own).
   */
  const guardWrite = async <T extends { id: string }>(kind: StoreKind, value: T, viewer: Viewer, before: Plain | undefined, cache: Map<string, string | undefined>): Promise<T> => {
    if (!isRecordKind(kind)) return value;
    const ownerId = await ownerOf(kind, before ?? value, cache);
    const context = { ownerId };
    const merged = structuredClone(value) as unknown as Plain;
    const rulesBefore = before ? rulesOf(kind, before) : [];
    const forbidden: string[] = [];
    if (before) {
      const { record: shown } = redact(before, rulesBefore, viewer, context);
      for (const rule of rulesBefore) {
        if (canRead(viewer, rule, context)) continue;
        const segments = rule.path.split('.');
        for (const path of new Set([...presentPaths(before, segments), ...presentPaths(merged, segments)])) {
          const at = path.split('.');
          const sent = getAt(merged, at);
          // Sent back as the viewer saw it (masked, or left out): the stored value stays. Anything
          // else is refused whatever the stored value: a right guess of a hidden value is refused
          // exactly like a wrong one (before any conflict check), so a write cannot test a guess.
          const stored = getAt(before, at);
          if (!leftOut(sent) && !sameJson(sent, getAt(shown, at))) forbidden.push(path);
          else if (stored !== undefined) setAt(merged, at, structuredClone(stored));
        }
      }
    }
    for (const rule of uniqueRules([...rulesBefore, ...rulesOf(kind, merged)])) {
      const segments = rule.path.split('.');
      const paths = new Set([...(before ? presentPaths(before, segments) : []), ...presentPaths(merged, segments)]);
      for (const path of paths) {
        if (forbidden.includes(path)) continue;
        const at = path.split('.');
        if (!sameJson(before === undefined ? undefined : getAt(before, at), getAt(merged, at)) && !canWrite(viewer, rule, context)) forbidden.push(path);
      }
    }
    // Turning a person into an organisation, handing a customer to another salesperson or moving
    // a contact to another customer changes who may read every field: it takes the right to read
    // and write the whole stored record.
    if (before) {
      const moved = accessFields.filter((field) => !sameJson(before[field], merged[field]));
      if (moved.length > 0 && unwritable(kind, before, viewer, context, 'every').length > 0) forbidden.push(...moved);
    }
    if (forbidden.length > 0) throw await refuse(kind, value.id, viewer, forbidden, before ?? value);
    return merged as unknown as T;
  };

  // Removing or restoring a record (a tombstone keeps its value) takes the right to write every
  // field of it the viewer may read; purging its history takes the right to write every field.
  const guardWhole = async (kind: StoreKind, id: string, viewer: Viewer, before: Plain | undefined, cache: Map<string, string | undefined>, fields: 'readable' | 'every'): Promise<void> => {
    if (!isRecordKind(kind) || !before) return;
    const missing = unwritable(kind, before, viewer, { ownerId: await ownerOf(kind, before, cache) }, fields);
    if (missing.length > 0) throw await refuse(kind, id, viewer, missing, before);
  };

  // The present fields of a stored record the viewer may not write: of those it may read, or of all.
  const unwritable = (kind: StoreKind, before: Plain, viewer: Viewer, context: { ownerId: string | undefined }, fields: 'readable' | 'every'): string[] =>
    rulesOf(kind, before)
      .filter((rule) => !canWrite(viewer, rule, context) && (fields === 'every' || canRead(viewer, rule, context)))
      .flatMap((rule) => presentPaths(before, rule.path.split('.')));

  // The stored record, opened, and its revision (0 when there is none).
  const storedHead = async (kind: StoreKind, id: string): Promise<{ plain: Plain | undefined; rev: number; deleted: boolean }> => {
    const found = await inner.get(kind, id, { includeDeleted: true });
    return found ? { plain: (await open(kind, found.value)) as unknown as Plain, rev: found.rev, deleted: found.deleted } : { plain: undefined, rev: 0, deleted: false };
  };

  // Which customers a viewer owns, when ownership changes what it may read of transactions.
  const ownedCustomers = async (viewer: Viewer): Promise<Set<string> | undefined> =>
    sameJson(columnAccess(viewer, true), columnAccess(viewer, false)) ? undefined : customersOwnedBy(viewer.userId);

  const logImport = async (result: ImportTransactionsResult, importOptions: ImportTransactionsOptions): Promise<ImportTransactionsResult> => {
    if (result.written > 0) {
      await audit.append({ at: now(), userId: importOptions.by ?? options.actor ?? 'unknown', action: 'create', kind: 'transaction', recordId: importOptions.importId, fields: [`${result.written} lines`] });
    }
    return result;
  };

  const customersOwnedBy = async (userId: string): Promise<Set<string>> => {
    const owned = new Set<string>();
    let cursor: string | undefined;
    do {
      const page = await inner.list('customer', { owner: userId, limit: 1000, ...(cursor ? { cursor } : {}) });
      for (const item of page.items) owned.add(item.id);
      cursor = page.nextCursor;
    } while (cursor);
    return owned;
  };

  const redactColumns = async (columns: TransactionColumns, viewer: Viewer): Promise<TransactionColumns> => {
    const owned = await ownedCustomers(viewer);
    const own = columnAccess(viewer, true);
    const other = columnAccess(viewer, false);
    if (readsAll(other) && (owned === undefined || readsAll(own))) return columns;
    return redactTransactionColumns(columns, (customerId) => (owned?.has(customerId) ? own : other));
  };

  const redactFigures = async (figures: CustomerFigures, viewer: Viewer): Promise<CustomerFigures> => {
    const owned = await ownedCustomers(viewer);
    const own = columnAccess(viewer, true);
    const other = columnAccess(viewer, false);
    if (readsAll(other) && (owned === undefined || readsAll(own))) return figures;
    const kept: number[] = [];
    figures.customerIds.forEach((id, i) => {
      const access = owned?.has(id) ? own : other;
      if (access.customerId) kept.push(i);
    });
    const pick = <A extends Float64Array | Int32Array>(array: A, hide?: (i: number) => boolean): A => {
      const out = new (array.constructor as new (n: number) => A)(kept.length);
      kept.forEach((from, to) => (out[to] = hide?.(from) ? Number.NaN : array[from]!));
      return out;
    };
    const accessOf = (i: number) => (owned?.has(figures.customerIds[i]!) ? own : other);
    return {
      ...figures,
      customerIds: kept.map((i) => figures.customerIds[i]!),
      revenue: pick(figures.revenue, (i) => !accessOf(i).amount),
      cost: pick(figures.cost, (i) => !accessOf(i).cost),
      paid: pick(figures.paid, (i) => !accessOf(i).paid),
      quantity: pick(figures.quantity, (i) => !accessOf(i).quantity),
      orders: pick(figures.orders),
      lines: pick(figures.lines),
      lastPurchaseDay: pick(figures.lastPurchaseDay),
      firstPurchaseDay: pick(figures.firstPurchaseDay),
      lastPurchaseEverDay: pick(figures.lastPurchaseEverDay),
    };
  };

  const store: PrivacyStore<R> = {
    adapter: inner.adapter,
    kinds: inner.kinds,
    inner,
    audit,

    async get(kind, id, getOptions) {
      const found = await inner.get(kind, id, getOptions);
      if (!found) return undefined;
      return { ...found, value: await present(kind, found.value, viewerOf(getOptions?.viewer), new Map()) };
    },

    async list(kind, query) {
      const viewer = viewerOf(query?.viewer);
      const cache = new Map<string, string | undefined>();
      // As a viewer, a query that depends on a value the viewer may not read on some record
      // (a search or sort by a person's name, a filter by a hidden grade) runs on the records as
      // the viewer sees them, never on stored values: see `viewerList`.
      const rules = isRecordKind(kind) ? recordFieldRules(kind) : [];
      const page =
        viewer === undefined || queryReadsOnlyVisible(query ?? {}, rules, viewer)
          ? await inner.list(kind, query)
          : ((await viewerList(
              // Only names and filter fields feed the index, and none of them is sealed (secret):
              // the scan redacts the stored value as it is, without opening every envelope.
              { inner, kind, definition: inner.kinds[kind] as never, shown: async (value) => redact(value, rulesOf(kind, value), viewer, { ownerId: await ownerOf(kind, value, cache) }).record },
              query ?? {},
              visiblePart(query ?? {}, rules, viewer),
            )) as unknown as ListPage<R[typeof kind], typeof kind>);
      const items: StoredRecord<R[typeof kind], typeof kind>[] = [];
      for (const item of page.items) items.push({ ...item, value: await present(kind, item.value, viewer, cache) });
      return { ...page, items };
    },

    async history(kind, id, readOptions) {
      const revisions = await inner.history(kind, id, readOptions);
      const viewer = viewerOf(readOptions?.viewer);
      const cache = new Map<string, string | undefined>();
      const out: RecordRevision<R[typeof kind], typeof kind>[] = [];
      let previous: { stored: unknown; plain: unknown } = { stored: undefined, plain: undefined };
      // One read entry for the whole history: every confidential field received in plain, in any
      // revision (values and changes alike).
      const read = new Set<string>();
      for (const revision of revisions) {
        const value = await present(kind, revision.value, viewer, cache, null);
        const plain = await open(kind, revision.value);
        const ownerId = viewer ? await ownerOf(kind, plain, cache) : undefined;
        if (viewer) for (const field of confidentialRead(rulesOf(kind, plain), plain, viewer, ownerId)) read.add(field);
        // A run's changes hold its figures: where the viewer's run is redacted, paths only.
        const changes =
          kind === 'grading-run' && viewer && !sameJson(value, plain)
            ? revision.changes.map(({ path }) => ({ path }))
            : presentChanges(kind, { before: previous.stored, after: revision.value }, { before: previous.plain, after: plain }, revision.changes, viewer, ownerId);
        out.push({ ...revision, value, changes });
        previous = { stored: revision.value, plain };
      }
      const last = out[out.length - 1];
      if (viewer && last && read.size > 0) await log('read', kind, last.value, id, viewer.userId, { roleId: viewer.role.id, fields: [...read].sort() });
      return out;
    },

    async put(kind, value, writeOptions) {
      const viewer = viewerOf(writeOptions?.viewer);
      const head = await storedHead(kind, value.id);
      const written = viewer ? await guardWrite(kind, value, viewer, head.plain, new Map()) : value;
      // The check holds for the revision it read: when another write lands in between, this one
      // is a conflict (with both versions), never a write checked against a value now gone.
      const pinned = viewer && writeOptions?.baseRev === undefined ? { ...writeOptions, baseRev: head.rev } : writeOptions;
      const result = await inner.put(kind, (await seal(kind, written)) as typeof value, pinned);
      if (!result.ok) return conflictOpened(kind, result, viewer);
      await log(head.plain && !head.deleted ? 'update' : 'create', kind, written, value.id, writeOptions?.by ?? options.actor ?? result.record.by, { fields: changedFields(head.plain, written) });
      return { ok: true, record: { ...result.record, value: viewer ? await returned(kind, result.record.value, viewer) : written } };
    },

    async remove(kind, id, writeOptions) {
      const viewer = viewerOf(writeOptions?.viewer);
      if (viewer) await guardWhole(kind, id, viewer, (await storedHead(kind, id)).plain, new Map(), 'readable');
      const result = await inner.remove(kind, id, writeOptions);
      if (!result.ok) return conflictOpened(kind, result, viewer);
      const value = await open(kind, result.record.value);
      await log('remove', kind, value, id, writeOptions?.by ?? options.actor ?? result.record.by);
      return { ok: true, record: { ...result.record, value: viewer ? await returned(kind, result.record.value, viewer) : value } };
    },

    async restore(kind, id, writeOptions) {
      const viewer = viewerOf(writeOptions?.viewer);
      if (viewer) await guardWhole(kind, id, viewer, (await storedHead(kind, id)).plain, new Map(), 'readable');
      const result = await inner.restore(kind, id, writeOptions);
      if (!result.ok) return conflictOpened(kind, result, viewer);
      const value = await open(kind, result.record.value);
      await log('restore', kind, value, id, writeOptions?.by ?? options.actor ?? result.record.by);
      return { ok: true, record: { ...result.record, value: viewer ? await returned(kind, result.record.value, viewer) : value } };
    },

    async batch(ops, batchOptions?: BatchOptions) {
      const viewer = viewerOf(batchOptions?.viewer);
      const sealed = [];
      // Later operations see earlier ones: a record put twice is checked against the first put.
      const working = new Map<string, Plain | undefined>();
      const cache = new Map<string, string | undefined>();
      for (const op of ops) {
        const id = op.op === 'put' ? op.value.id : op.id;
        const key = `${op.kind}\u0000${id}`;
        // The first operation on a record is pinned to the revision it was checked against.
        let baseRev = op.baseRev;
        let before: Plain | undefined;
        if (viewer) {
          if (working.has(key)) before = working.get(key);
          else {
            const head = await storedHead(op.kind, id);
            before = head.plain;
            baseRev ??= head.rev;
          }
        }
        if (op.op !== 'put') {
          if (viewer) await guardWhole(op.kind, id, viewer, before, cache, 'readable');
          sealed.push(viewer ? { ...op, baseRev } : op);
          continue;
        }
        let value = op.value;
        if (viewer) {
          value = await guardWrite(op.kind, op.value, viewer, before, cache);
          working.set(key, value as unknown as Plain);
        }
        sealed.push({ ...op, value: await seal(op.kind, value), ...(viewer ? { baseRev } : {}) });
      }
      const result = (await inner.batch(sealed as typeof ops, batchOptions)) as BatchResult<R>;
      if (!result.ok) {
        const conflicts = [];
        for (const conflict of result.conflicts) {
          const opened = await conflictOpened(conflict.kind, { ok: false, conflict } as WriteResult<R[StoreKind], StoreKind>, viewer);
          if (!opened.ok) conflicts.push(opened.conflict);
        }
        return { ok: false, conflicts: conflicts as typeof result.conflicts };
      }
      const records = [];
      for (const record of result.records) {
        const value = await open(record.kind, record.value);
        const action: AuditAction = record.op === 'remove' ? 'remove' : record.op === 'restore' ? 'restore' : record.rev === 1 ? 'create' : 'update';
        await log(action, record.kind, value, record.id, batchOptions?.by ?? options.actor ?? record.by);
        records.push({ ...record, value: viewer ? await returned(record.kind, record.value, viewer) : value });
      }
      return { ok: true, records: records as typeof result.records };
    },

    async importTransactions(book, importOptions) {
      const viewer = viewerOf(importOptions.viewer);
      if (!viewer) return logImport(await inner.importTransactions(book, importOptions), importOptions);
      // Importing a customer's lines writes its amounts (confidential) and the rest: the viewer
      // needs the right to write every field the book holds, for each customer it names.
      const { columns } = prepareImport(book, importOptions);
      const owned = await customersOwnedBy(viewer.userId);
      const rules = recordFieldRules('transaction').filter((rule) => columnHolds(columns, rule.path));
      const refused = new Set<string>();
      for (const customerId of new Set(columns.customerIds)) {
        const context = { ownerId: owned.has(customerId) ? viewer.userId : undefined };
        for (const rule of rules) if (!canWrite(viewer, rule, context)) refused.add(rule.path);
      }
      if (refused.size > 0) throw await refuse('transaction', importOptions.importId, viewer, [...refused], undefined);
      return logImport(await inner.importTransactions(columns, importOptions), importOptions);
    },

    async purgeHistory(kind, id, purgeOptions = {}) {
      const viewer = viewerOf(purgeOptions.viewer);
      const head = await storedHead(kind, id);
      if (viewer) await guardWhole(kind, id, viewer, head.plain, new Map(), 'every');
      const result = await inner.purgeHistory(kind, id, purgeOptions);
      await log('erase', kind, head.plain, id, purgeOptions.by ?? viewer?.userId ?? options.actor ?? 'unknown', { ...(viewer ? { roleId: viewer.role.id } : {}), fields: [`${result.purged} revisions`] });
      return result;
    },

    async readTransactionColumns(readOptions?: ReadColumnsOptions) {
      const columns = await inner.readTransactionColumns(readOptions);
      const viewer = viewerOf(readOptions?.viewer);
      return viewer ? redactColumns(columns, viewer) : columns;
    },
    // Always offered: figures are computed on the whole book (pushed down where the store can),
    // then redacted per customer for the viewer. Computing them from redacted columns would sum
    // hidden (NaN) amounts.
    async customerFigures(query: CustomerFiguresQuery) {
      const viewer = viewerOf(query.viewer);
      const figures = inner.customerFigures
        ? await inner.customerFigures(query)
        : computeCustomerFigures(await inner.readTransactionColumns(), { asOf: query.asOf, windowDays: query.windowDays, ...(query.customerIds ? { customerIds: query.customerIds } : {}) });
      return viewer ? redactFigures(figures, viewer) : figures;
    },
    subscribe: (listener, subscribeOptions) => inner.subscribe(listener, subscribeOptions),
    close: () => inner.close(),

    async exportSubject(customerId, { by }) {
      const records: SubjectExport['records'] = {};
      const history: SubjectExport['history'] = [];
      const customer = await inner.get('customer', customerId);
      if (customer) {
        records.customer = [await open('customer', customer.value)];
        history.push({ kind: 'customer', id: customerId, revisions: await store.history('customer', customerId) });
      }
      for (const kind of ['contact', 'transaction', 'interaction', 'opportunity', 'competitor-note', 'task', 'service-case', 'contract'] as const) {
        const values = await listAll(kind, customerId);
        if (values.length === 0) continue;
        records[kind] = values;
        if (kind === 'contact') for (const value of values) history.push({ kind, id: value.id, revisions: await store.history(kind, value.id) });
      }
      const entries = await audit.query({ customerId });
      await audit.append({ at: now(), userId: by, action: 'export', kind: 'customer', recordId: customerId, customerId });
      return { customerId, exportedAt: now(), records, history, audit: entries };
    },

    async eraseSubject(customerId, { by, reason, name }) {
      const replacement = name ?? `erased-${customerId}`;
      // Everything held about the person, live or removed, and every value it ever had.
      const targets: { kind: RecordKind; stored: StoredRecord<R[StoreKind], StoreKind> }[] = [];
      const customer = await inner.get('customer', customerId, { includeDeleted: true });
      if (customer) targets.push({ kind: 'customer', stored: customer });
      for (const kind of ['contact', 'interaction', 'opportunity', 'competitor-note', 'task', 'service-case', 'contract'] as const) {
        for (const stored of await listStored(kind, customerId, true)) targets.push({ kind, stored });
      }
      const traces = new Set<string>();
      for (const { kind, stored } of targets) {
        for (const revision of await inner.history(kind, stored.id)) {
          for (const value of identifyingValues(kind, (await open(kind, revision.value)) as unknown as Plain)) traces.add(value);
        }
      }
      // Names shorter than two characters are left to the rules (a one-character trace would eat text).
      const traceList = [...traces].filter((trace) => trace.length >= 2 && trace !== replacement);
      const ops: BatchOp<R>[] = [];
      for (const { kind, stored } of targets) {
        const plain = (await open(kind, stored.value)) as unknown as Plain;
        const anonymised = scrubFreeText(anonymiseRecord(kind, plain, { name: replacement }), rulesOf(kind, plain), traceList);
        ops.push({ op: 'put', kind, value: (await seal(kind, anonymised as never)) as never });
        // A removed record is anonymised and removed again: it stays a tombstone.
        if (stored.deleted) ops.push({ op: 'remove', kind, id: stored.id });
      }
      // Transactions keep their amounts; only notes and personal values in free text go — from
      // the current revision (rewritten) and from earlier ones (purged).
      const transactions = await listStored('transaction', customerId, true);
      const holdsTrace = (value: unknown) => {
        const text = JSON.stringify(value);
        return traceList.some((trace) => text.includes(trace));
      };
      for (const stored of transactions) {
        const plain = (await open('transaction', stored.value)) as unknown as Plain;
        const cleaned = scrubEveryText(scrubFreeText(plain, rulesOf('transaction', plain), traceList), traceList);
        if (!sameJson(cleaned, plain)) {
          targets.push({ kind: 'transaction', stored });
          ops.push({ op: 'put', kind: 'transaction', value: (await seal('transaction', cleaned as never)) as never });
          if (stored.deleted) ops.push({ op: 'remove', kind: 'transaction', id: stored.id });
        } else if (stored.rev > 1) {
          const revisions = await inner.history('transaction', stored.id);
          let earlier = false;
          for (const revision of revisions.slice(0, -1)) earlier ||= holdsTrace(await open('transaction', revision.value)) || holdsTrace(revision.changes);
          if (earlier) targets.push({ kind: 'transaction', stored });
        }
      }
      if (ops.length > 0) {
        const result = await inner.batch(ops, { by });
        if (!result.ok) throw StoreError.fromConflict(result.conflicts[0]!);
      }
      let purged = 0;
      for (const { kind, stored } of targets) purged += (await inner.purgeHistory(kind, stored.id, { by })).purged;
      await audit.append({ at: now(), userId: by, action: 'erase', kind: 'customer', recordId: customerId, customerId, reason: scrubPersonalText(reason, traceList), fields: targets.map(({ kind, stored }) => `${kind}:${stored.id}`) });
      return { records: targets.length, purged };
    },

    async readAudit(query, storeViewer) {
      const viewer = viewerOf(storeViewer);
      if (!viewer || viewer.role.readAudit !== true) throw privacyStoreError('forbidden', 'auditNotAllowed', { role: viewer?.role.id ?? '' });
      return audit.query(query);
    },

    async reveal(kind, id, path, reason, storeViewer) {
      const viewer = viewerOf(storeViewer)!;
      const found = await inner.get(kind, id);
      if (!found) return undefined;
      const plain = await open(kind, found.value);
      const ownerId = await ownerOf(kind, plain, new Map());
      const customerId = customerIdOf(kind, plain);
      const { value, entry } = revealField(plain, rulesOf(kind, plain), viewer, path, reason, {
        kind,
        recordId: id,
        ownerId,
        now: now(),
        locale,
        ...(customerId ? { customerId } : {}),
      });
      // The reason is kept for years: the person's own values never go into it.
      const traces = identifyingValues(kind as RecordKind, plain as Plain);
      if (kind !== 'customer' && customerId !== undefined) {
        const customer = await inner.get('customer', customerId, { includeDeleted: true });
        if (customer) traces.push(...identifyingValues('customer', (await open('customer', customer.value)) as unknown as Plain));
      }
      await audit.append({ ...entry, ...(entry.reason === undefined ? {} : { reason: scrubPersonalText(entry.reason, traces) }) });
      return value;
    },
  };
  return store;
}

function getAt(target: unknown, path: readonly (string | number)[]): unknown {
  return path.reduce<unknown>((node, segment) => (node as Record<string, unknown> | undefined)?.[segment], target);
}
