import type { RecordKind } from '../schema/stored-record.js';

/**
 * Merging two archives of the same customer (duplicates found on import or on demand), field
 * by field. The survivor keeps its id; for each field that differs the caller picks a side (the
 * survivor's by default). Nothing is lost: the absorbed record is removed (a tombstone, its
 * revisions stay in the store's history), the survivor's previous values stay in its history,
 * and the values that were not kept are listed in the merge's `discarded`. Transactions, contacts,
 * interactions and opportunities of the absorbed record are re-pointed to the survivor. The plan
 * comes with its exact undo.
 */

/** A write of a merge or of its undo, shaped like a store batch operation. */
export type MergeOp =
  | { op: 'put'; kind: RecordKind; value: Record<string, unknown> & { id: string } }
  | { op: 'remove'; kind: RecordKind; id: string }
  | { op: 'restore'; kind: RecordKind; id: string };

/** A field whose two values differed, and which one the merge kept. */
export interface MergeDecision {
  readonly path: string;
  readonly survivor: unknown;
  readonly absorbed: unknown;
  readonly kept: 'survivor' | 'absorbed';
}

/** What a merge does: the merged record, every decision, the writes, and the writes that undo them. */
export interface MergePlan {
  readonly merged: Record<string, unknown> & { id: string };
  readonly decisions: MergeDecision[];
  /** The values of both records that the merged record does not hold (kept here and in history). */
  readonly discarded: { path: string; value: unknown; from: string }[];
  readonly ops: MergeOp[];
  readonly undo: MergeOp[];
}

/** Records that point at a customer, by kind. */
export type RelatedRecords = Partial<Record<'contact' | 'transaction' | 'interaction' | 'opportunity' | 'competitor-note', readonly (Record<string, unknown> & { id: string; customerId?: unknown })[]>>;

const bookkeeping = new Set(['id', 'schemaVersion', 'createdAt', 'updatedAt']);

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function isGroup(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Plans the merge of `absorbed` into `survivor`. `choose` names the fields (dotted paths, as in
 * `decisions`) whose absorbed value wins; a field only one side has is taken from that side;
 * lists of tags are united. `now` stamps the merged record.
 *
 * @example
 * const plan = planMerge(a, b, { choose: ['mobile'], related: { transaction: bTransactions }, now });
 * await store.batch(plan.ops); // later: await store.batch(plan.undo)
 */
export function planMerge(
  survivor: Record<string, unknown> & { id: string },
  absorbed: Record<string, unknown> & { id: string },
  options: { now: string; choose?: readonly string[]; related?: RelatedRecords },
): MergePlan {
  const choose = new Set(options.choose ?? []);
  const decisions: MergeDecision[] = [];
  const discarded: MergePlan['discarded'] = [];
  const mergeValue = (a: unknown, b: unknown, path: string): unknown => {
    if (b === undefined) return a;
    if (a === undefined) return b;
    if (same(a, b)) return a;
    if (isGroup(a) && isGroup(b)) {
      const out: Record<string, unknown> = {};
      for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
        const value = mergeValue(a[key], b[key], path ? `${path}.${key}` : key);
        if (value !== undefined) out[key] = value;
      }
      return out;
    }
    // Lists of plain values (tags, product lines) are united; nothing to decide.
    if (Array.isArray(a) && Array.isArray(b) && [...a, ...b].every((v) => typeof v === 'string')) return [...new Set([...a, ...b])];
    const kept = choose.has(path) ? 'absorbed' : 'survivor';
    decisions.push({ path, survivor: a, absorbed: b, kept });
    discarded.push(kept === 'survivor' ? { path, value: b, from: absorbed.id } : { path, value: a, from: survivor.id });
    return kept === 'survivor' ? a : b;
  };
  const merged: Record<string, unknown> & { id: string } = { ...survivor };
  for (const key of new Set([...Object.keys(survivor), ...Object.keys(absorbed)])) {
    if (bookkeeping.has(key)) continue;
    const value = mergeValue(survivor[key], absorbed[key], key);
    if (value !== undefined) merged[key] = value;
  }
  merged.updatedAt = options.now;
  const ops: MergeOp[] = [{ op: 'put', kind: 'customer', value: merged }];
  const undo: MergeOp[] = [{ op: 'put', kind: 'customer', value: survivor }];
  for (const [kind, records] of Object.entries(options.related ?? {}) as [keyof RelatedRecords, RelatedRecords[keyof RelatedRecords]][]) {
    for (const record of records ?? []) {
      if (record.customerId !== absorbed.id) continue;
      ops.push({ op: 'put', kind, value: { ...record, customerId: survivor.id, updatedAt: options.now } });
      undo.push({ op: 'put', kind, value: record });
    }
  }
  ops.push({ op: 'remove', kind: 'customer', id: absorbed.id });
  undo.push({ op: 'restore', kind: 'customer', id: absorbed.id });
  return { merged, decisions, discarded, ops, undo };
}
