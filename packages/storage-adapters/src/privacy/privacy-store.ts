import { canWrite, computeCustomerFigures, identifyingValues, recordFieldRules, redact, revealField, sameJson, scrubPersonalText, type AuditAction, type AuditEntry, type AuditQuery, type RecordKind, type SubjectExport, type Viewer } from '@dossier/core';
import { countByPaging, countQuery, prepareImport } from '../contract/index.js';
import type {
  BatchOptions,
  BatchResult,
  CustomerFiguresQuery,
  JsonRecords,
  ListPage,
  ReadColumnsOptions,
  RecordMap,
  RecordRevision,
  Store,
  StoreKind,
  StoredRecord,
  StoreViewer,
  WriteOptions,
  WriteResult,
} from '../contract/index.js';
import type { AuditLog } from './audit-log.js';
import { batchAuditEntries, type BatchWritten } from './audit-batch.js';
import type { PrivacyStoreOptions } from './options.js';
import { privacyStoreError } from './audit-log-messages.js';
import { columnHolds, columnRedaction } from './column-redaction.js';
import { createPrivacyContext } from './context.js';
import { readRedaction, type ListedReads } from './read-redaction.js';
import { changedFields, isRecordKind, rulesOf, type Plain } from './record-paths.js';
import { subjectRights } from './subject.js';
import { queryReadsOnlyVisible, viewerCount, viewerList, visiblePart } from './viewer-list.js';
import { writeGuards } from './write-guards.js';

export type { PrivacyStoreOptions } from './options.js';

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
  /**
   * What `list` pages through for the same query and viewer, counted (by the store underneath when
   * the query reads only what the viewer may read on every record, else over the records as the
   * viewer sees them); by paging the store underneath when it has no `count`.
   */
  count: NonNullable<Store<R>['count']>;
}

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
  // One context shared by the modules: read redaction, write guards, column redaction, subject rights.
  const ctx = createPrivacyContext(inner, options);
  const { audit, now, locale, viewerOf, seal, open, customerIdOf, ownerOf, log, logRead, logListRead, beginRead, gradingRuns, storedHead, logImport, customersOwnedBy } = ctx;
  const columns = columnRedaction(ctx);
  const { redactColumns, redactFigures } = columns;
  const { present, confidentialRead, presentChanges, returned, conflictOpened } = readRedaction(ctx, columns);
  const { refuse, guardWrite, guardWhole } = writeGuards(ctx);
  const subject = subjectRights(ctx, (kind, id) => store.history(kind, id) as Promise<RecordRevision<unknown, StoreKind>[]>);

  /**
   * A stored record as the viewer sees it, for `list` and `count` as a viewer. Only names and
   * filter fields feed the index, and none of them is sealed (secret): the value is redacted as
   * it is stored, without opening every envelope.
   */
  const shownAs =
    (kind: StoreKind, viewer: Viewer, cache = new Map<string, string | undefined>()) =>
    async <T>(value: T): Promise<T> =>
      redact(value, rulesOf(kind, value), viewer, { ownerId: await ownerOf(kind, value, cache) }).record;

  /**
   * `remove` and `restore`: a viewer must be able to write every field it may read; the action is
   * logged and the record returned as the viewer may read it.
   */
  async function removeOrRestore<K extends StoreKind>(action: 'remove' | 'restore', kind: K, id: string, writeOptions?: WriteOptions): Promise<WriteResult<R[K], K>> {
    const viewer = viewerOf(writeOptions?.viewer);
    if (viewer) await guardWhole(kind, id, viewer, (await storedHead(kind, id)).plain, new Map(), 'readable');
    const result = await inner[action](kind, id, writeOptions);
    if (!result.ok) return conflictOpened(kind, result, viewer);
    const value = await open(kind, result.record.value);
    await log(action, kind, value, id, writeOptions?.by ?? options.actor ?? result.record.by);
    return { ok: true, record: { ...result.record, value: viewer ? await returned(kind, result.record.value, viewer) : value } };
  }

  const store: PrivacyStore<R> = {
    adapter: inner.adapter,
    kinds: inner.kinds,
    inner,
    audit,

    async get(kind, id, getOptions) {
      const viewer = viewerOf(getOptions?.viewer);
      // Reads in flight let the audit log gather a card's reads into one entry (audit-log-session.ts).
      const inFlight = beginRead(viewer);
      try {
        const found = await inner.get(kind, id, getOptions);
        if (!found) return undefined;
        return { ...found, value: await present(kind, found.value, viewer, new Map(), 'read', inFlight) };
      } finally {
        inFlight?.end();
      }
    },

    async count(kind, query) {
      // The same rule as `list`: a query that depends on a value the viewer may not read on some
      // record counts the records as the viewer sees them, so the count is what the viewer pages through.
      const q = countQuery(query);
      const viewer = viewerOf(q.viewer);
      const rules = isRecordKind(kind) ? recordFieldRules(kind) : [];
      if (viewer === undefined || queryReadsOnlyVisible(q, rules, viewer)) return inner.count ? inner.count(kind, q) : countByPaging(inner, kind, q);
      return viewerCount({ inner, kind, definition: inner.kinds[kind] as never, shown: shownAs(kind, viewer) }, q, visiblePart(q, rules, viewer));
    },

    async list(kind, query) {
      const viewer = viewerOf(query?.viewer);
      const inFlight = beginRead(viewer);
      try {
        const cache = new Map<string, string | undefined>();
        // As a viewer, a query that depends on a value the viewer may not read on some record
        // (a search or sort by a person's name, a filter by a hidden grade) runs on the records as
        // the viewer sees them, never on stored values: see `viewerList`.
        const rules = isRecordKind(kind) ? recordFieldRules(kind) : [];
        const page =
          viewer === undefined || queryReadsOnlyVisible(query ?? {}, rules, viewer)
            ? await inner.list(kind, query)
            : ((await viewerList(
                { inner, kind, definition: inner.kinds[kind] as never, shown: shownAs(kind, viewer, cache) },
                query ?? {},
                visiblePart(query ?? {}, rules, viewer),
              )) as unknown as ListPage<R[typeof kind], typeof kind>);
        const items: StoredRecord<R[typeof kind], typeof kind>[] = [];
        // A list across customers is one audit entry naming the customers it showed; a list of one
        // customer's records (a card's contacts, interactions …) joins that customer's card view.
        const listed: ListedReads | undefined = viewer && query?.customerId === undefined ? [] : undefined;
        for (const item of page.items) items.push({ ...item, value: await present(kind, item.value, viewer, cache, 'read', inFlight, listed) });
        if (viewer && listed && listed.length > 0) await logListRead(kind, viewer, listed);
        return { ...page, items };
      } finally {
        inFlight?.end();
      }
    },

    async history(kind, id, readOptions) {
      const viewer = viewerOf(readOptions?.viewer);
      const inFlight = beginRead(viewer);
      try {
        const revisions = await inner.history(kind, id, readOptions);
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
        if (viewer && last && read.size > 0) await logRead(kind, last.value, id, viewer, [...read].sort(), inFlight);
        return out;
      } finally {
        inFlight?.end();
      }
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
      const by = writeOptions?.by ?? options.actor ?? result.record.by;
      const at = await log(head.plain && !head.deleted ? 'update' : 'create', kind, written, value.id, by, { fields: changedFields(head.plain, written) });
      if (kind === 'grading-run') gradingRuns.saved(by, at, written);
      return { ok: true, record: { ...result.record, value: viewer ? await returned(kind, result.record.value, viewer) : written } };
    },

    remove(kind, id, writeOptions) {
      return removeOrRestore('remove', kind, id, writeOptions);
    },

    restore(kind, id, writeOptions) {
      return removeOrRestore('restore', kind, id, writeOptions);
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
      // Bulk writes (a seed, an import) are one entry per kind and action (audit-batch.ts).
      const written = new Map<string, BatchWritten[]>();
      for (const record of result.records) {
        const value = await open(record.kind, record.value);
        const action: AuditAction = record.op === 'remove' ? 'remove' : record.op === 'restore' ? 'restore' : record.rev === 1 ? 'create' : 'update';
        const by = batchOptions?.by ?? options.actor ?? record.by;
        // The grade a grading run gave, stamped on its customers: logged once, as the run.
        const stamp = action === 'update' && record.kind === 'customer' && gradingRuns.stamps(by, now, value);
        if (!stamp) {
          const byUser = written.get(by) ?? [];
          byUser.push({ action, kind: record.kind, recordId: record.id, customerId: customerIdOf(record.kind, value) });
          written.set(by, byUser);
        }
        records.push({ ...record, value: viewer ? await returned(record.kind, record.value, viewer) : value });
      }
      const at = now();
      for (const [userId, list] of written) for (const entry of batchAuditEntries(list, { at, userId })) await audit.append(entry);
      return { ok: true, records: records as typeof result.records };
    },

    async importTransactions(book, importOptions) {
      const viewer = viewerOf(importOptions.viewer);
      // Read once (a book may be a generator): the columns go to the store and name the customers.
      const { columns } = prepareImport(book, importOptions, inner.kinds.transaction);
      if (!viewer) return logImport(await inner.importTransactions(columns, importOptions), importOptions, columns.customerIds);
      // Importing a customer's lines writes its amounts (confidential) and the rest: the viewer
      // needs the right to write every field the book holds, for each customer it names.
      const owned = await customersOwnedBy(viewer.userId);
      const rules = recordFieldRules('transaction').filter((rule) => columnHolds(columns, rule.path));
      const refused = new Set<string>();
      for (const customerId of new Set(columns.customerIds)) {
        const context = { ownerId: owned.has(customerId) ? viewer.userId : undefined };
        for (const rule of rules) if (!canWrite(viewer, rule, context)) refused.add(rule.path);
      }
      if (refused.size > 0) throw await refuse('transaction', importOptions.importId, viewer, [...refused], undefined);
      return logImport(await inner.importTransactions(columns, importOptions), importOptions, columns.customerIds);
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

    exportSubject: subject.exportSubject,
    eraseSubject: subject.eraseSubject,

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
