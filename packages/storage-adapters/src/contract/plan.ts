import type { RecordChange } from './changes.js';
import { adapterError, adapterIssue, checkInteger } from './adapter-errors.js';
import { conflictMessage } from './errors.js';
import type { JsonObject, JsonValue } from './json.js';
import { isJsonObject, jsonEqual } from './json.js';
import type { KindDefinition, KindTable, RecordMap, StampContext, StoreKind } from './kinds.js';
import { indexOf } from './kinds.js';
import { compareCodePoints } from './query.js';
import { invalidRecordError, thrownIssues } from './record-issues.js';
import type { Conflict, FieldChange, RecordRevision, RevisionMeta, RevisionRow, StoredRecord } from './records.js';
import type { BatchOp } from './store.js';

/**
 * The largest revision number (PostgreSQL's `integer`).
 *
 * @example
 * await store.get('customer', 'c1', { rev: maxRevision }); // undefined: no such revision
 */
export const maxRevision = 2_147_483_647;

/**
 * Checks a revision option at the contract boundary, for every adapter: `rev` (of `get`) an
 * integer from 1, `baseRev` (of writes) from 0, both at most `maxRevision`. Throws `invalid`
 * naming the option.
 *
 * @example
 * checkRevisionOption(-1, 'baseRev', { kind: 'customer', id: 'c1' }) // throws invalid
 */
export function checkRevisionOption(value: number | undefined, name: 'rev' | 'baseRev', where: { kind?: StoreKind; id?: string } = {}): void {
  if (value !== undefined) checkInteger(value, name, name === 'rev' ? 1 : 0, maxRevision, where);
}

/**
 * Checks the `baseRev` of every op of a batch (see `checkRevisionOption`).
 *
 * @example
 * checkBatchRevisions([{ op: 'remove', kind: 'customer', id: 'c1', baseRev: 1.5 }]) // throws invalid
 */
export function checkBatchRevisions<R extends RecordMap>(ops: readonly BatchOp<R>[]): void {
  if (!Array.isArray(ops)) return;
  for (const op of ops) {
    const id = op?.op === 'put' ? (op.value as { id?: unknown } | undefined)?.id : op?.id;
    checkRevisionOption(op?.baseRev, 'baseRev', { kind: op?.kind, id: typeof id === 'string' ? id : undefined });
  }
}

/**
 * The key adapters use for one record in maps (kind and id cannot collide).
 *
 * @example
 * rowKey('customer', 'c1') // 'customers\u0000c1'
 */
export function rowKey(kind: StoreKind, id: string): string {
  return `${kind}\u0000${id}`;
}

/**
 * The revision-compaction rule every adapter that stores revisions keeps: a revision's `changes`
 * are left unstored when they are implied — "every field added" for a put or import over nothing
 * or over a tombstone (`fresh`), and none for a remove or restore that changed nothing.
 * `impliedChanges` gives them back on read.
 *
 * @example
 * changesImplied({ op: 'put', changes: [{ path: ['name'], after: 'a' }] }, true) // true
 */
export function changesImplied(row: Pick<RevisionRow, 'op' | 'changes'>, fresh: boolean): boolean {
  const adds = row.op === 'put' || row.op === 'import';
  return (adds && fresh) || (!adds && row.changes.length === 0);
}

/**
 * The field changes of a revision stored without them (see `changesImplied`).
 *
 * @example
 * impliedChanges({ op: 'put', data: { id: 'c1' } }) // [{ path: ['id'], after: 'c1' }]
 */
export function impliedChanges(row: Pick<RevisionRow, 'op' | 'data'>): FieldChange[] {
  return row.op === 'put' || row.op === 'import' ? diffFields(undefined, row.data) : [];
}

/**
 * The fields that differ between two JSON objects, walking nested objects; arrays and scalars
 * are compared whole. Paths come out in code-point order.
 *
 * @example
 * diffFields({ name: 'a', tags: [1] }, { name: 'b', tags: [1] }) // [{ path: ['name'], before: 'a', after: 'b' }]
 */
export function diffFields(before: JsonObject | undefined, after: JsonObject | undefined): FieldChange[] {
  // A first revision adds every top-level field: the common case of imports, kept cheap.
  if (before === undefined && after !== undefined) {
    return Object.keys(after)
      .filter((key) => after[key] !== undefined)
      .sort(compareCodePoints)
      .map((key) => ({ path: [key], after: after[key]! }));
  }
  const changes: FieldChange[] = [];
  const walk = (a: JsonValue | undefined, b: JsonValue | undefined, path: string[]): void => {
    if (jsonEqual(a, b)) return;
    if (isJsonObject(a) && isJsonObject(b)) {
      const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
      for (const key of keys) walk(a[key], b[key], [...path, key]);
      return;
    }
    changes.push({ path, ...(a === undefined ? {} : { before: a }), ...(b === undefined ? {} : { after: b }) });
  };
  walk(before ?? {}, after ?? {}, []);
  return changes.sort((x, y) => compareCodePoints(x.path.join('\u0000'), y.path.join('\u0000')));
}

/**
 * Brings stored JSON up to the kind's current schema version; throws `invalid` for JSON from
 * a newer version (written by a newer Dossier) and for a failing migration.
 *
 * @example
 * migrateJson(kinds.customers, row.data, row.version, { kind: 'customer', id: row.id })
 */
export function migrateJson(
  definition: KindDefinition<{ id: string }>,
  json: JsonObject,
  fromVersion: number,
  where: { kind: StoreKind; id: string },
): JsonObject {
  if (fromVersion === definition.version) return json;
  const issue = (message: string) => adapterError('invalid', 'invalidRecord', { ...where, params: { issues: message } });
  if (fromVersion > definition.version) {
    throw issue(`written at schema version ${fromVersion}, newer than this version (${definition.version}); upgrade Dossier`);
  }
  if (!definition.migrate) return json;
  try {
    return definition.migrate(json, fromVersion);
  } catch (cause) {
    throw adapterError('invalid', 'invalidRecord', {
      ...where,
      cause,
      params: { issues: `migration from schema version ${fromVersion} failed: ${String(cause)}` },
    });
  }
}

/**
 * Decodes one stored revision to what the store returns: migrates it, validates and decodes
 * it with the kind's schema. Throws `invalid` when the stored JSON does not decode.
 *
 * @example
 * const record = decodeRow(row, store.kinds);
 */
export function decodeRow<R extends RecordMap, K extends StoreKind = StoreKind>(
  row: RevisionRow,
  kinds: KindTable<R>,
): StoredRecord<R[K], K> {
  const definition = kinds[row.kind] as KindDefinition<{ id: string }>;
  const json = migrateJson(definition, row.data, row.version, row);
  const decoded = definition.decode(json);
  if (!decoded.ok) throw invalidRecordError(row.kind, row.id, decoded.issues);
  return { ...stampOf(row), kind: row.kind as K, value: decoded.value as R[K] };
}

/**
 * What a row says about itself without its data: kind, id and the revision fields.
 *
 * @example
 * const revisionRow = { ...stampOf(head), version: head.version, data, changes, index };
 */
export function stampOf(row: RevisionMeta & { kind: StoreKind; id: string }): RevisionMeta & { kind: StoreKind; id: string } {
  return { kind: row.kind, id: row.id, rev: row.rev, at: row.at, by: row.by, deleted: row.deleted, op: row.op };
}

/**
 * A revision of a record's history, decoded, with its field changes.
 *
 * @example
 * const revisions = rows.map((row) => decodeRevision(row, kinds));
 */
export function decodeRevision<R extends RecordMap, K extends StoreKind = StoreKind>(
  row: RevisionRow,
  kinds: KindTable<R>,
): RecordRevision<R[K], K> {
  return { ...decodeRow<R, K>(row, kinds), changes: row.changes };
}

/**
 * The change feed entry of a revision.
 *
 * @example
 * hub.emit({ changes: rows.map(changeOf) });
 */
export function changeOf(row: RevisionRow): RecordChange {
  return stampOf(row);
}

/**
 * The change feed entry of `purgeHistory`: the revision left, purged by `by` at `at`.
 *
 * @example
 * hub.emit({ changes: [purgeChangeOf(head, options.by ?? actor, now())] });
 */
export function purgeChangeOf(head: Pick<RevisionRow, 'kind' | 'id' | 'rev' | 'deleted'>, by: string, at: string): RecordChange {
  return { kind: head.kind, id: head.id, rev: head.rev, op: 'purge', deleted: head.deleted, at, by };
}

/**
 * Validates and encodes a value for storage: encode with the kind's codec, then decode the
 * JSON again so that what is stored is known to read back. Throws `invalid` with the issues.
 *
 * @example
 * const json = encodeForWrite(kinds, 'customer', { id: 'c1', name: '王芳' });
 */
export function encodeForWrite<R extends RecordMap, K extends StoreKind>(
  kinds: KindTable<R>,
  kind: K,
  value: R[K],
  stamp?: StampContext,
): JsonObject {
  const definition = kinds[kind] as KindDefinition<{ id: string }>;
  const id = typeof (value as { id?: unknown } | undefined)?.id === 'string' ? (value as { id: string }).id : undefined;
  if (id === undefined || id === '') throw invalidRecordError(kind, id, [adapterIssue('id', 'issueIdEmpty')]);
  let json: JsonObject;
  try {
    json = definition.encode(value);
    if (stamp && definition.stamp && isJsonObject(json)) json = definition.stamp(json, stamp);
  } catch (cause) {
    // A schema codec refuses a bad value while encoding it: name the fields as decoding would.
    throw invalidRecordError(kind, id, thrownIssues(cause) ?? [{ path: '', message: cause instanceof Error ? cause.message : String(cause) }], { cause });
  }
  if (!isJsonObject(json)) throw invalidRecordError(kind, id, [adapterIssue('', 'issueNotObject')]);
  // The kind's quick check, when it has one and is sure; else decode, which names what is wrong.
  if (!definition.accepts?.(json)) {
    const decoded = definition.decode(json);
    if (!decoded.ok) throw invalidRecordError(kind, id, decoded.issues);
  }
  if (json['id'] !== id) throw invalidRecordError(kind, id, [adapterIssue('id', 'issueIdChanged')]);
  return json;
}

/** What a batch plan produced: the revisions to write, or the conflicts (write nothing). */
export type BatchPlan<R extends RecordMap> =
  | { ok: true; rows: RevisionRow[] }
  | { ok: false; conflicts: { [K in StoreKind]: Conflict<R[K], K> }[StoreKind][] };

/** What a batch plan needs besides the operations. */
export interface PlanContext<R extends RecordMap> {
  kinds: KindTable<R>;
  /** The current revision (head) of every record the operations touch; undefined when absent. */
  heads: ReadonlyMap<string, RevisionRow | undefined>;
  by: string;
  at: string;
}

/**
 * Plans a batch: the single definition of what put, remove and restore do, shared by every
 * adapter. Given the current heads of the touched records (read inside the adapter's
 * transaction), it returns the revision rows to append — or the conflicts, in which case the
 * adapter writes nothing. Operations apply in order, so a later one sees an earlier one.
 * Throws `invalid` (bad record, restore of a live record) or `not-found` (remove/restore of a
 * missing record); the adapter then writes nothing either.
 *
 * The keys the plan needs are `rowKey(op.kind, op.id ?? op.value.id)` for every op
 * (see `batchKeys`).
 *
 * @example
 * const heads = new Map(keys.map((key) => [key, readHead(key)]));
 * const plan = planBatch(ops, { kinds, heads, by: 'u1', at: now() });
 * if (plan.ok) writeAll(plan.rows);
 */
export function planBatch<R extends RecordMap>(ops: readonly BatchOp<R>[], context: PlanContext<R>): BatchPlan<R> {
  const { kinds, by, at } = context;
  const working = new Map(context.heads);
  const rows: RevisionRow[] = [];
  const conflicts: Conflict<unknown>[] = [];

  for (const op of ops) {
    const kind = op.kind;
    const definition = kinds[kind] as KindDefinition<{ id: string }>;
    const rawId = op.op === 'put' ? (op.value as { id?: unknown } | undefined)?.id : op.id;
    const id = typeof rawId === 'string' ? rawId : '';
    const key = rowKey(kind, id);
    if (id !== '' && !working.has(key)) {
      throw new Error(`planBatch: the head of ${kind} "${id}" was not loaded (use batchKeys)`);
    }
    const head = working.get(key);
    const currentRev = head?.rev ?? 0;
    const headData = head ? migrateJson(definition, head.data, head.version, head) : undefined;
    const json =
      op.op === 'put' ? encodeForWrite(kinds, kind, op.value as R[typeof kind], { at, by, previous: headData }) : undefined;

    if (op.op !== 'put') {
      if (!head || (op.op === 'remove' && head.deleted)) throw adapterError('not-found', 'notFound', { kind, id });
      if (op.op === 'restore' && !head.deleted) throw adapterError('invalid', 'notDeleted', { kind, id });
    }
    if (op.baseRev !== undefined && op.baseRev !== currentRev) {
      const current = head ? decodeRow(head, kinds) : undefined;
      conflicts.push({
        code: 'conflict',
        kind,
        id,
        baseRev: op.baseRev,
        current,
        attempted: { op: op.op, value: op.op === 'put' ? op.value : current?.value },
        message: '',
      });
      continue;
    }
    const data = json ?? headData!;
    const row: RevisionRow = {
      kind,
      id,
      rev: currentRev + 1,
      at,
      by,
      deleted: op.op === 'remove',
      op: op.op,
      version: definition.version,
      data,
      changes: op.op === 'put' ? diffFields(head && !head.deleted ? headData : undefined, data) : [],
      index: indexOf(definition, data),
    };
    working.set(key, row);
    rows.push(row);
  }
  if (conflicts.length > 0) {
    for (const conflict of conflicts) conflict.message = conflictMessage(conflict, 'en');
    return { ok: false, conflicts: conflicts as BatchPlan<R> extends { ok: false; conflicts: infer C } ? C : never };
  }
  return { ok: true, rows };
}

/**
 * The record keys a batch touches, for loading their heads before `planBatch`.
 *
 * @example
 * const keys = batchKeys(ops); // ['customers\u0000c1', …]
 */
export function batchKeys<R extends RecordMap>(ops: readonly BatchOp<R>[]): { kind: StoreKind; id: string; key: string }[] {
  const seen = new Map<string, { kind: StoreKind; id: string; key: string }>();
  for (const op of ops) {
    const id = op.op === 'put' ? (op.value as { id?: unknown } | undefined)?.id : op.id;
    if (typeof id !== 'string' || id === '') continue; // planBatch reports it as invalid
    const key = rowKey(op.kind, id);
    if (!seen.has(key)) seen.set(key, { kind: op.kind, id, key });
  }
  return [...seen.values()];
}
