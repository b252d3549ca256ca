// What every module of the privacy store shares: the store underneath, the key, the audit log, the
// clock, the viewer's role, sealing and opening, owners, and the audit entries of writes.
import {
  defaultRoles,
  recordKinds,
  sealSecretFields,
  unsealSecretFields,
  type AuditAction,
  type AuditEntry,
  type RolePolicy,
  type Viewer,
} from '@dossier/core';
import { encodeForWrite, invalidRecordError, storeIssue } from '../contract/index.js';
import type { ImportTransactionsOptions, ImportTransactionsResult, RecordMap, StoredRecord, Store, StoreKind, StoreViewer } from '../contract/index.js';
import { privacyStoreError } from './audit-log-messages.js';
import type { PrivacyStoreOptions } from './options.js';
import { rulesOf, type Plain } from './record-paths.js';
import { fieldLabel, sealedPaths } from './sealable-kinds.js';
import { auditListSessions, auditReadSessions, gradingRunStamps, type AuditListRead, type ReadInFlight } from './audit-log-session.js';

// Fills the store-managed timestamps for checking a value only: nothing is written with it, and
// the privacy store's clock (`now`) stays for the audit log.
const validationStamp = { at: '1970-01-01T00:00:00.000Z', by: '', previous: undefined };

/** The privacy store's shared state and primitives (see {@link createPrivacyContext}). */
export type PrivacyContext<R extends RecordMap> = ReturnType<typeof createPrivacyContext<R>>;

/**
 * The context one `withPrivacy` store shares between its modules. Throws a `TypeError` when the
 * store's record kinds cannot hold sealed values.
 */
export function createPrivacyContext<R extends RecordMap>(inner: Store<R>, options: PrivacyStoreOptions) {
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
      throw invalidRecordError(kind, value.id, [storeIssue(smuggled, 'issueSealed', (locale) => ({ field: fieldLabel(kind, smuggled, locale) }))]);
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
    const at = now();
    await audit.append({ at, userId, action, kind, recordId: id, ...(customerId ? { customerId } : {}), ...extra });
    return at;
  };

  // Reads go through viewing sessions (one entry per card view, each field once): see
  // audit-log-session.ts for why and how exactly.
  const sessions = auditReadSessions((entry) => audit.append(entry));
  /** Marks a viewer's read as started; its `end()` is called when it returns (or logs). */
  const beginRead = (viewer: Viewer | undefined): ReadInFlight | undefined => (viewer ? sessions.begin(viewer.userId, viewer.role.id) : undefined);
  const logRead = async (kind: StoreKind, value: { id: string }, id: string, viewer: Viewer, fields: readonly string[], read?: ReadInFlight) => {
    const customerId = customerIdOf(kind, value);
    await sessions.recordRead({ at: now(), userId: viewer.userId, roleId: viewer.role.id, kind, recordId: id, customerId, fields }, read);
  };
  // A list page is one entry per view, not one per customer shown (see auditListSessions).
  const lists = auditListSessions((entry) => audit.append(entry));
  const logListRead = (kind: StoreKind, viewer: Viewer, customers: AuditListRead['customers']) =>
    lists.recordListRead({ at: now(), userId: viewer.userId, roleId: viewer.role.id, kind, customers });
  // A grading run is one entry: the grade stamps that follow it are part of it (see there).
  const gradingRuns = gradingRunStamps();

  // The stored record, opened, and its revision (0 when there is none).
  const storedHead = async (kind: StoreKind, id: string): Promise<{ plain: Plain | undefined; rev: number; deleted: boolean }> => {
    const found = await inner.get(kind, id, { includeDeleted: true });
    return found ? { plain: (await open(kind, found.value)) as unknown as Plain, rev: found.rev, deleted: found.deleted } : { plain: undefined, rev: 0, deleted: false };
  };

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

  // One import is one entry: its id, the customers its lines name (a query per customer finds it)
  // and the count of lines written.
  const logImport = async (result: ImportTransactionsResult, importOptions: ImportTransactionsOptions, customerIds: Iterable<string>): Promise<ImportTransactionsResult> => {
    if (result.written > 0) {
      const customers = [...new Set(customerIds)];
      await audit.append({ at: now(), userId: importOptions.by ?? options.actor ?? 'unknown', action: 'create', kind: 'transaction', recordId: importOptions.importId, customerIds: customers, fields: [`${result.written} lines`] });
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

  return { inner, options, audit, now, locale, viewerOf, seal, open, customerIdOf, ownerOf, log, logRead, logListRead, beginRead, gradingRuns, storedHead, listStored, listAll, logImport, customersOwnedBy };
}
