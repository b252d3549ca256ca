import { getAt, jsonEqual, leaves, pathText, setAt, type Json, type JsonObject, type Segment } from './json.js';

/** Which version of a field to keep. */
export type MergeChoice = 'mine' | 'theirs';

/** One field on which my version and theirs differ. */
export interface MergeRow {
  /** The path as text (`credit.limit`, `addresses`): the key of the choice. */
  readonly key: string;
  readonly segments: readonly Segment[];
  readonly base: Json | undefined;
  readonly mine: Json | undefined;
  readonly theirs: Json | undefined;
  /** Both sides changed the field since the base (a real conflict, not just one side's edit). */
  readonly both: boolean;
  /** The proposed choice: the side that changed it (mine when both did). */
  readonly proposed: MergeChoice;
}

/** Fields the store owns: never offered as a choice, always taken from the latest revision. */
const bookkeeping = new Set(['id', 'schemaVersion', 'createdAt', 'updatedAt']);

/**
 * Compares three versions of a record (the revision I started from, my edit, and the latest
 * revision) field by field. Lists are one field each, as in the store's history. Every field
 * where my version and theirs differ becomes a row; the proposal keeps each side's own edits,
 * so accepting every proposal loses neither user's work.
 *
 * @example
 * mergeRows({ a: 1, b: 1 }, { a: 2, b: 1 }, { a: 1, b: 3 })
 * // [{ key: 'a', mine: 2, theirs: 1, proposed: 'mine', both: false }, { key: 'b', mine: 1, theirs: 3, proposed: 'theirs', both: false }]
 */
export function mergeRows(base: JsonObject | undefined, mine: JsonObject, theirs: JsonObject | undefined): MergeRow[] {
  const seen = new Map<string, readonly Segment[]>();
  for (const leaf of [...leaves(mine), ...leaves(theirs), ...leaves(base)]) {
    const key = pathText(leaf.segments);
    if (!seen.has(key) && !bookkeeping.has(String(leaf.segments[0]))) seen.set(key, leaf.segments);
  }
  const rows: MergeRow[] = [];
  for (const [key, segments] of seen) {
    const b = getAt(base, segments);
    const m = getAt(mine, segments);
    const t = getAt(theirs, segments);
    if (jsonEqual(m, t)) continue;
    const mineChanged = !jsonEqual(m, b);
    const theirsChanged = !jsonEqual(t, b);
    rows.push({ key, segments, base: b, mine: m, theirs: t, both: mineChanged && theirsChanged, proposed: mineChanged ? 'mine' : 'theirs' });
  }
  return rows;
}

/**
 * The merged record: the latest revision with every field chosen as `mine` replaced by my value.
 *
 * @example
 * applyChoices({ a: 1, b: 3 }, rows, new Map([['a', 'mine']])) // { a: 2, b: 3 }
 */
export function applyChoices(theirs: JsonObject, rows: readonly MergeRow[], choices: ReadonlyMap<string, MergeChoice>): JsonObject {
  let out = theirs;
  for (const row of rows) {
    if ((choices.get(row.key) ?? row.proposed) === 'mine') out = setAt(out, row.segments, row.mine);
  }
  return out;
}
