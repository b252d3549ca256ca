import {
  canRead,
  defaultRoles,
  isSealed,
  recordFieldRules,
  recordKinds,
  redact,
  revealField,
  sealSecretFields,
  unsealSecretFields,
  type AuditAction,
  type AuditEntry,
  anonymiseRecord,
  type SubjectExport,
  type FieldRule,
  type Locale,
  type RecordKind,
  type RolePolicy,
  type Viewer,
} from '@dossier/core';
import type { BatchOp, FieldChange, JsonRecords, RecordMap, RecordRevision, Store, StoreKind, StoredRecord, StoreViewer, WriteResult, BatchResult } from '../contract/index.js';
import type { AuditLog } from './audit-log.js';

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
  readonly audit: AuditLog;
  /** Subject access: everything held about a customer (records, revisions, audit entries) as JSON; audited as an export. */
  exportSubject(customerId: string, options: { by: string }): Promise<SubjectExport>;
  /**
   * Erasure: anonymises the customer, its contacts and interactions (personal fields removed, name
   * replaced) in one batch and logs it; transactions stay, so totals are unchanged. Earlier
   * revisions stay in the store underneath (the contract has no purge): their secret fields are
   * ciphertext, their other fields are not — see the report of issue 7.
   */
  eraseSubject(customerId: string, options: { by: string; reason: string; name?: string }): Promise<{ records: number }>;
  /** The store underneath (holds sealed values). */
  readonly inner: Store<R>;
}

// A role nobody granted: reads public information only.
const noRole: RolePolicy = { id: 'none', label: { en: 'No role', 'zh-CN': '无角色' }, read: ['public'], write: [], informationLevels: [1] };

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

/**
 * Wraps any store (memory, IndexedDB, PostgreSQL, PGlite, http client) so that:
 * - secret fields (by the schema's field catalogue) are sealed with AES-GCM before they reach the
 *   store, in every revision, and opened on the way out — a raw dump holds no plaintext of them;
 * - every read that names a `viewer` (get, list, history, including the values inside history's
 *   field changes) is redacted for that viewer (masked or removed), the one rule of core's `redact`;
 * - reads of confidential or secret data, reveals and every change are appended to the audit log,
 *   which can be read per customer and per user.
 * Reads without a viewer are trusted server-side reads and get the whole record.
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

  const viewerOf = (viewer: StoreViewer | undefined): Viewer | undefined => {
    if (viewer === undefined) return undefined;
    const role = viewer.role as (RolePolicy & { id: string }) | { id: string } | undefined;
    const policy = role && 'read' in role && Array.isArray(role.read) ? (role as RolePolicy) : ((role && roles[role.id]) ?? noRole);
    return { userId: viewer.userId, role: policy };
  };

  const seal = async (kind: StoreKind, value: R[StoreKind]): Promise<R[StoreKind]> => sealSecretFields(value, rulesOf(kind, value), key, value.id);
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
  const present = async <T extends { id: string }>(kind: StoreKind, value: T, viewer: Viewer | undefined, cache: Map<string, string | undefined>, action: AuditAction | undefined = 'read'): Promise<T> => {
    const plain = await open(kind, value);
    if (viewer === undefined) return plain;
    const rules = rulesOf(kind, plain);
    const ownerId = await ownerOf(kind, plain, cache);
    const { record } = redact(plain, rules, viewer, { ownerId });
    if (action !== undefined) {
      const fields = rules
        .filter((rule) => (rule.sensitivity === 'confidential' || rule.sensitivity === 'secret') && canRead(viewer, rule, { ownerId }))
        .flatMap((rule) => presentPaths(plain, rule.path.split('.')));
      if (fields.length > 0) await log(action, kind, plain, plain.id, viewer.userId, { roleId: viewer.role.id, fields });
    }
    return record;
  };

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
    const rules = rulesOf(kind, plain.after);
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

  const listAll = async (kind: StoreKind, customerId: string): Promise<(Record<string, unknown> & { id: string })[]> => {
    const out: (Record<string, unknown> & { id: string })[] = [];
    let cursor: string | undefined;
    do {
      const page = await inner.list(kind, { customerId, limit: 1000, ...(cursor ? { cursor } : {}) });
      for (const item of page.items) out.push((await open(kind, item.value)) as unknown as Record<string, unknown> & { id: string });
      cursor = page.nextCursor;
    } while (cursor);
    return out;
  };

  const conflictOpened = async <K extends StoreKind>(kind: K, result: WriteResult<R[K], K>): Promise<WriteResult<R[K], K>> => {
    if (result.ok) return result;
    const current = result.conflict.current;
    return { ok: false, conflict: { ...result.conflict, current: current && { ...current, value: await open(kind, current.value) } } };
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
      const page = await inner.list(kind, query);
      const viewer = viewerOf(query?.viewer);
      const cache = new Map<string, string | undefined>();
      const items: StoredRecord<(typeof page.items)[number]['value'], typeof kind>[] = [];
      for (const item of page.items) items.push({ ...item, value: await present(kind, item.value, viewer, cache) });
      return { ...page, items };
    },

    async history(kind, id, readOptions) {
      const revisions = await inner.history(kind, id, readOptions);
      const viewer = viewerOf(readOptions?.viewer);
      const cache = new Map<string, string | undefined>();
      const out: RecordRevision<R[typeof kind], typeof kind>[] = [];
      let previous: { stored: unknown; plain: unknown } = { stored: undefined, plain: undefined };
      for (const [i, revision] of revisions.entries()) {
        const value = await present(kind, revision.value, viewer, cache, i === 0 ? 'read' : undefined);
        const plain = await open(kind, revision.value);
        const ownerId = viewer ? await ownerOf(kind, plain, cache) : undefined;
        const changes = presentChanges(kind, { before: previous.stored, after: revision.value }, { before: previous.plain, after: plain }, revision.changes, viewer, ownerId);
        out.push({ ...revision, value, changes });
        previous = { stored: revision.value, plain };
      }
      return out;
    },

    async put(kind, value, writeOptions) {
      const before = await inner.get(kind, value.id);
      const result = await inner.put(kind, (await seal(kind, value)) as typeof value, writeOptions);
      if (!result.ok) return conflictOpened(kind, result);
      const plainBefore = before ? await open(kind, before.value) : undefined;
      await log(before ? 'update' : 'create', kind, value, value.id, writeOptions?.by ?? options.actor ?? result.record.by, { fields: changedFields(plainBefore, value) });
      return { ok: true, record: { ...result.record, value } };
    },

    async remove(kind, id, writeOptions) {
      const result = await inner.remove(kind, id, writeOptions);
      if (!result.ok) return conflictOpened(kind, result);
      const value = await open(kind, result.record.value);
      await log('remove', kind, value, id, writeOptions?.by ?? options.actor ?? result.record.by);
      return { ok: true, record: { ...result.record, value } };
    },

    async restore(kind, id, writeOptions) {
      const result = await inner.restore(kind, id, writeOptions);
      if (!result.ok) return conflictOpened(kind, result);
      const value = await open(kind, result.record.value);
      await log('restore', kind, value, id, writeOptions?.by ?? options.actor ?? result.record.by);
      return { ok: true, record: { ...result.record, value } };
    },

    async batch(ops, batchOptions) {
      const sealed = [];
      for (const op of ops) sealed.push(op.op === 'put' ? { ...op, value: await seal(op.kind, op.value) } : op);
      const result = (await inner.batch(sealed as typeof ops, batchOptions)) as BatchResult<R>;
      if (!result.ok) {
        const conflicts = [];
        for (const conflict of result.conflicts) conflicts.push({ ...conflict, current: conflict.current && { ...conflict.current, value: await open(conflict.kind, conflict.current.value) } });
        return { ok: false, conflicts: conflicts as typeof result.conflicts };
      }
      const records = [];
      for (const record of result.records) {
        const value = await open(record.kind, record.value);
        const action: AuditAction = record.op === 'remove' ? 'remove' : record.op === 'restore' ? 'restore' : record.rev === 1 ? 'create' : 'update';
        await log(action, record.kind, value, record.id, batchOptions?.by ?? options.actor ?? record.by);
        records.push({ ...record, value });
      }
      return { ok: true, records: records as typeof result.records };
    },

    async importTransactions(book, importOptions) {
      const result = await inner.importTransactions(book, importOptions);
      if (result.written > 0) await audit.append({ at: now(), userId: importOptions.by ?? options.actor ?? 'unknown', action: 'create', kind: 'transaction', recordId: importOptions.importId, fields: [`${result.written} lines`] });
      return result;
    },

    readTransactionColumns: (readOptions) => inner.readTransactionColumns(readOptions),
    ...(inner.customerFigures ? { customerFigures: (query: Parameters<NonNullable<Store<R>['customerFigures']>>[0]) => inner.customerFigures!(query) } : {}),
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
      for (const kind of ['contact', 'transaction', 'interaction', 'opportunity', 'competitor-note'] as const) {
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
      const ops: BatchOp<R>[] = [];
      const customer = await inner.get('customer', customerId);
      if (customer) ops.push({ op: 'put', kind: 'customer', value: (await seal('customer', anonymiseRecord('customer', await open('customer', customer.value), { name: replacement }) as never)) as never });
      for (const kind of ['contact', 'interaction', 'opportunity'] as const) {
        for (const value of await listAll(kind, customerId)) ops.push({ op: 'put', kind, value: (await seal(kind, anonymiseRecord(kind, value, { name: replacement }) as never)) as never });
      }
      const result = await inner.batch(ops, { by });
      if (!result.ok) throw new Error(result.conflicts[0]?.message ?? 'conflict');
      await audit.append({ at: now(), userId: by, action: 'erase', kind: 'customer', recordId: customerId, customerId, reason, fields: ops.map((op) => `${op.kind}:${op.op === 'put' ? op.value.id : op.id}`) });
      return { records: ops.length };
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
      await audit.append(entry);
      return value;
    },
  };
  return store;
}

function getAt(target: unknown, path: readonly (string | number)[]): unknown {
  return path.reduce<unknown>((node, segment) => (node as Record<string, unknown> | undefined)?.[segment], target);
}
