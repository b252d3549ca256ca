import { sameJson } from '@dossier/core';
import { leafChanges } from './changes.js';
// The value at a path of segments, `undefined` where the path leads nowhere: the form's helper.
import { getAt as getPath } from '../customer-form/json.js';

type Segment = string | number;

/** Sets (or, with `undefined`, deletes) the value at a path, creating objects and lists on the way. */
function setPath(target: Record<string, unknown>, segments: readonly Segment[], value: unknown): void {
  let node = target as Record<Segment, unknown>;
  for (let i = 0; i < segments.length - 1; i++) {
    const key = segments[i]!;
    if (node[key] === null || typeof node[key] !== 'object') node[key] = typeof segments[i + 1] === 'number' ? [] : {};
    node = node[key] as Record<Segment, unknown>;
  }
  const last = segments[segments.length - 1]!;
  if (value === undefined && !Array.isArray(node)) delete node[last];
  else node[last] = value;
}

/** Fields a restore never writes: the record's identity and the store's bookkeeping. */
const bookkeeping = new Set(['id', 'kind', 'schemaVersion', 'createdAt', 'updatedAt']);

/** A history path (`['addresses', '0', 'city']`) with list positions as numbers, as core's paths take them. */
export function pathSegments(path: readonly string[]): Segment[] {
  return path.map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}


/**
 * The leaf fields in which `target` differs from `current` that `allowed` lets the viewer
 * restore (it may read and write them), bookkeeping left out. Fields it may not read are never
 * compared to the viewer's knowledge: they are simply not restored.
 *
 * @example
 * restorablePaths({ territory: '华南' }, { territory: '华东' }, () => true) // [['territory']]
 */
export function restorablePaths(current: unknown, target: unknown, allowed: (path: string) => boolean): string[][] {
  return leafChanges([{ path: [], before: current as never, after: target as never }])
    .map((c) => c.path)
    .filter((path) => path.length > 0 && !bookkeeping.has(path[0]!) && allowed(path.join('.')));
}

/**
 * The record to write to restore `paths` to their values in `target`: a copy of `current` with
 * those fields set (or cleared). Every other field keeps its current value, including what the
 * viewer may not read (a privacy store keeps the stored value of a redacted field).
 *
 * @example
 * restoredRecord({ territory: '华南', phone: '1' }, { territory: '华东', phone: '2' }, [['territory']]) // { territory: '华东', phone: '1' }
 */
export function restoredRecord(current: unknown, target: unknown, paths: readonly (readonly string[])[]): Record<string, unknown> {
  const next = structuredClone(current) as Record<string, unknown>;
  for (const path of paths) {
    const segments = pathSegments(path);
    const value = getPath(target, segments);
    if (value === undefined && getPath(next, segments.slice(0, -1)) === undefined) continue;
    setPath(next, segments, value === undefined ? undefined : structuredClone(value));
  }
  return next;
}

/**
 * The earlier revision whose value of a field a change went back to: for the change at `path` in
 * revision `index` (of `values`, oldest first), the latest revision before the previous one that
 * held the same value, if any — how history shows "back to the value of revision N".
 *
 * @example
 * backTo([{ rev: 1, value: { t: 'a' } }, { rev: 2, value: { t: 'b' } }, { rev: 3, value: { t: 'a' } }], 2, ['t']) // 1
 */
export function backTo(values: readonly { rev: number; value: unknown }[], index: number, path: readonly string[]): number | undefined {
  const segments = pathSegments(path);
  const now = getPath(values[index]?.value, segments);
  if (now === undefined) return undefined;
  for (let k = index - 2; k >= 0; k--) {
    if (sameJson(getPath(values[k]!.value, segments), now)) return values[k]!.rev;
  }
  return undefined;
}

/** Whether a field holds the same value in two records. */
export function sameAt(a: unknown, b: unknown, path: readonly string[]): boolean {
  const segments = pathSegments(path);
  return sameJson(getPath(a, segments), getPath(b, segments));
}
