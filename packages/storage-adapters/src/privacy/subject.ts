// Subject rights: a customer's export (everything held about it) and erasure (its personal values
// gone from every revision, transactions kept with their amounts).
import { anonymiseRecord, getPath, identifyingValues, sameJson, scrubPersonalText, type FieldRule, type RecordKind, type SubjectExport } from '@dossier/core';
import { StoreError } from '../contract/index.js';
import type { BatchOp, RecordMap, RecordRevision, StoredRecord, StoreKind } from '../contract/index.js';
import type { PrivacyContext } from './context.js';
import { presentPaths, rulesOf, setAt, type Plain } from './record-paths.js';

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
      const value = getPath(copy, segments);
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

/**
 * `exportSubject` and `eraseSubject` of one privacy store (documented on `PrivacyStore`);
 * `historyOf` is the privacy store's own (trusted) history.
 */
export function subjectRights<R extends RecordMap>(ctx: PrivacyContext<R>, historyOf: (kind: StoreKind, id: string) => Promise<RecordRevision<unknown, StoreKind>[]>) {
  const { inner, audit, now, open, seal, listAll, listStored } = ctx;

  const exportSubject = async (customerId: string, { by }: { by: string }): Promise<SubjectExport> => {
    const records: SubjectExport['records'] = {};
    const history: SubjectExport['history'] = [];
    const customer = await inner.get('customer', customerId);
    if (customer) {
      records.customer = [await open('customer', customer.value)];
      history.push({ kind: 'customer', id: customerId, revisions: await historyOf('customer', customerId) });
    }
    for (const kind of ['contact', 'transaction', 'interaction', 'opportunity', 'competitor-note', 'task', 'service-case', 'contract', 'satisfaction'] as const) {
      const values = await listAll(kind, customerId);
      if (values.length === 0) continue;
      records[kind] = values;
      if (kind === 'contact') for (const value of values) history.push({ kind, id: value.id, revisions: await historyOf(kind, value.id) });
    }
    // A list view's entry names the other customers it showed too: the export keeps only this one.
    const entries = (await audit.query({ customerId })).map((entry) => (entry.customerIds ? { ...entry, customerIds: [customerId] } : entry));
    await audit.append({ at: now(), userId: by, action: 'export', kind: 'customer', recordId: customerId, customerId });
    return { customerId, exportedAt: now(), records, history, audit: entries };
  };

  const eraseSubject = async (customerId: string, { by, reason, name }: { by: string; reason: string; name?: string }): Promise<{ records: number; purged: number }> => {
    const replacement = name ?? `erased-${customerId}`;
    // Everything held about the person, live or removed, and every value it ever had.
    const targets: { kind: RecordKind; stored: StoredRecord<R[StoreKind], StoreKind> }[] = [];
    const customer = await inner.get('customer', customerId, { includeDeleted: true });
    if (customer) targets.push({ kind: 'customer', stored: customer });
    for (const kind of ['contact', 'interaction', 'opportunity', 'competitor-note', 'task', 'service-case', 'contract', 'satisfaction'] as const) {
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
  };

  return { exportSubject, eraseSubject };
}
