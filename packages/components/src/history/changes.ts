import type { FieldChange } from '@dossier/storage-adapters';

type Json = unknown;

const isPlainObject = (value: Json): value is Record<string, Json> =>
  value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date);

/** Whether a value is a list of groups (addresses, bank accounts): compared group by group. */
const isGroupList = (value: Json): value is Json[] => Array.isArray(value) && value.length > 0 && value.every(isPlainObject);

/**
 * Splits changes whose value is a whole object (a group added or removed at once, as in the
 * first revision) into one change per leaf field, so that each leaf is labelled and cleared for
 * the viewer on its own. A group set from or to null counts as added or removed; lists of
 * groups (addresses) are split element by element (`addresses.0.city`); lists of values stay
 * whole: they change as a whole.
 *
 * @example
 * leafChanges([{ path: ['relationship'], after: { stage: 'new', setByHand: false } }])
 * // [{ path: ['relationship', 'setByHand'], after: false }, { path: ['relationship', 'stage'], after: 'new' }]
 */
export function leafChanges(changes: readonly FieldChange[]): FieldChange[] {
  const out: FieldChange[] = [];
  const walk = (path: string[], rawBefore: Json, rawAfter: Json) => {
    const before = rawBefore === null ? undefined : rawBefore;
    const after = rawAfter === null ? undefined : rawAfter;
    if ((isGroupList(before) || before === undefined) && (isGroupList(after) || after === undefined) && (before !== undefined || after !== undefined)) {
      const b = (before ?? []) as Json[];
      const a = (after ?? []) as Json[];
      for (let i = 0; i < Math.max(a.length, b.length); i++) {
        if (JSON.stringify(b[i]) !== JSON.stringify(a[i])) walk([...path, String(i)], b[i], a[i]);
      }
      return;
    }
    if (isPlainObject(before) || isPlainObject(after)) {
      const b = isPlainObject(before) ? before : {};
      const a = isPlainObject(after) ? after : {};
      // A scalar replaced by an object (or the reverse) is still a leaf change.
      if ((before !== undefined && !isPlainObject(before)) || (after !== undefined && !isPlainObject(after))) {
        out.push(change(path, rawBefore, rawAfter));
        return;
      }
      for (const key of [...new Set([...Object.keys(b), ...Object.keys(a)])].sort()) {
        if (JSON.stringify(b[key]) !== JSON.stringify(a[key])) walk([...path, key], b[key], a[key]);
      }
      return;
    }
    out.push(change(path, rawBefore, rawAfter));
  };
  for (const c of changes) walk([...c.path], c.before, c.after);
  return out;
}

function change(path: string[], before: Json, after: Json): FieldChange {
  return {
    path,
    ...(before === undefined ? {} : { before: before as FieldChange['before'] }),
    ...(after === undefined ? {} : { after: after as FieldChange['after'] }),
  };
}
