import { customerFields, customerFieldsByKind, findField, planMerge, type FieldEntry, type MergeDecision, type MergePlan, type RelatedRecords, type Viewer } from '@dossier/core';
import { mayRead } from '../shared/viewer.js';

/** A stored customer as the review reads it. */
export type CustomerJson = Record<string, unknown> & { id: string };

/** The kinds whose records follow a merged customer (core's `planMerge` re-points them). */
export const relatedKinds = ['contact', 'transaction', 'interaction', 'opportunity', 'competitor-note'] as const;

/** A field the two records disagree on and the viewer may read, with its catalogue entry. */
export interface ReviewField extends MergeDecision {
  readonly entry: FieldEntry;
}

/** The catalogue of a customer's kind (an organisation's name is public, a person's confidential). */
function catalogOf(record: CustomerJson): readonly FieldEntry[] {
  return record.kind === 'organisation' || record.kind === 'person' ? customerFieldsByKind[record.kind] : customerFields;
}

/** Whether the viewer may read a field of a record (its owner: the record's sales rep). */
function readable(viewer: Viewer, entry: FieldEntry, record: CustomerJson): boolean {
  return mayRead(viewer, entry, { ownerId: typeof record.salespersonId === 'string' ? record.salespersonId : undefined });
}

/**
 * Whether the viewer may read a customer's name (an organisation's is public, a person's
 * confidential unless the viewer owns the record): a name they may not read is not shown.
 *
 * @example
 * nameReadable({ id: 'C1', kind: 'person', salespersonId: 'R1' }, rep) // false for another rep
 */
export function nameReadable(record: CustomerJson, viewer: Viewer): boolean {
  const entry = findField(catalogOf(record), 'name.zh');
  return entry !== undefined && readable(viewer, entry, record);
}

/**
 * The fields a person chooses between when merging `absorbed` into `survivor`: core's merge
 * decisions (fields whose values differ; lists of plain values are united, groups compared field
 * by field) that the viewer may read in BOTH records (core's catalogue gives each path its
 * sensitivity and level by the record's kind; the owner is each record's sales rep). A field the catalogue does not
 * know, or the viewer may not read, is never offered: it keeps the survivor's value.
 *
 * @example
 * reviewFields(a, b, viewer).map((f) => f.path) // ['mobile', 'address.street']
 */
export function reviewFields(survivor: CustomerJson, absorbed: CustomerJson, viewer: Viewer): ReviewField[] {
  const plan = planMerge(survivor, absorbed, { now: new Date(0).toISOString() });
  const fields: ReviewField[] = [];
  for (const decision of plan.decisions) {
    const entry = findField(catalogOf(survivor), decision.path);
    const other = findField(catalogOf(absorbed), decision.path);
    if (!entry || !other || !readable(viewer, entry, survivor) || !readable(viewer, other, absorbed)) continue;
    fields.push({ ...decision, entry });
  }
  return fields;
}

/**
 * The merge to write: core's plan with the absorbed values chosen on offered fields only (a
 * path not in `offered` cannot be chosen), and each customer write based on the revision read,
 * so that a change made meanwhile turns the merge into a conflict instead of overwriting it.
 *
 * @example
 * const plan = mergePlan(a, b, { choose: ['mobile'], offered, related, now, revs: { [a.id]: 3, [b.id]: 1 } });
 */
export function mergePlan(
  survivor: CustomerJson,
  absorbed: CustomerJson,
  options: { choose: Iterable<string>; offered: readonly ReviewField[]; related: RelatedRecords; now: string; revs: Readonly<Record<string, number>> },
): MergePlan {
  const offered = new Set(options.offered.map((f) => f.path));
  const choose = [...options.choose].filter((path) => offered.has(path));
  const plan = planMerge(survivor, absorbed, { now: options.now, choose, related: options.related });
  const based = plan.ops.map((op) => {
    const id = op.op === 'put' ? op.value.id : op.id;
    return op.kind === 'customer' && options.revs[id] !== undefined ? { ...op, baseRev: options.revs[id] } : op;
  });
  return { ...plan, ops: based };
}
