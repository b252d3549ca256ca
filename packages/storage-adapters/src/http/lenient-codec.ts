import { thrownIssues } from '../contract/index.js';
import type { DecodeOutcome, JsonObject, KindDefinition } from '../contract/index.js';

// Records cross the wire in both directions as a viewer has them: a privacy store masks what the
// viewer may not read (`138****1234`) or leaves it out, which the kind's schema rejects, and the
// viewer's form sends the masks back. So the wire decodes and encodes leniently — a value the
// kind rejects travels as it is, a field the viewer did not get stays absent — and validation
// stays where it belongs: in the store a write reaches, after the privacy store has put the
// stored values back in place of the masks.

type Segment = string | number;
type Attempt<O> = { ok: true; out: O } | { ok: false; paths: Segment[][] };

/** `addresses[0].street` or `addresses.0.street` → ['addresses', 0, 'street']. */
function segmentsOf(path: string): Segment[] {
  return path
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter((segment) => segment !== '')
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

// Keys that would reach an object's prototype instead of a field of it.
const unsafeKeys = new Set<Segment>(['__proto__', 'constructor', 'prototype']);

// The object holding the last segment of `path`, walking own properties only: an issue path
// never leads outside the record (a key `__proto__.x` must not reach Object.prototype).
function holderOf(root: unknown, path: readonly Segment[]): Record<Segment, unknown> | undefined {
  if (path.some((segment) => unsafeKeys.has(segment))) return undefined;
  let node = root;
  for (const segment of path.slice(0, -1)) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, segment)) return undefined;
    node = (node as Record<Segment, unknown>)[segment];
  }
  return node !== null && typeof node === 'object' ? (node as Record<Segment, unknown>) : undefined;
}

// Values a required field may take while the kind runs, tried in turn; removed from the result.
const standIns: readonly unknown[] = ['*', 0, false, [], {}, '2000-01-01', new Date(0)];
const rounds = standIns.length + 3;

/**
 * Runs `attempt` until it succeeds: each value it rejects is set aside (and put back into the
 * result), each required field it misses gets a stand-in (taken out of the result again).
 * Undefined when that does not help: the record itself, not a field of it, is wrong.
 */
function leniently<I, O>(input: I, attempt: (value: I) => Attempt<O>, asJson: boolean): O | undefined {
  let current = input;
  let copied = false;
  const kept: { path: Segment[]; value: unknown }[] = [];
  const missing = new Map<string, { path: Segment[]; tried: number }>();
  for (let round = 0; round < rounds; round++) {
    const result = attempt(current);
    if (result.ok) {
      const out = result.out;
      for (const { path } of missing.values()) delete holderOf(out, path)?.[path[path.length - 1]!];
      for (const { path, value } of kept) {
        const holder = holderOf(out, path);
        if (holder) holder[path[path.length - 1]!] = asJson ? JSON.parse(JSON.stringify(value ?? null)) : value;
      }
      return out;
    }
    if (!copied) {
      current = structuredClone(current);
      copied = true;
    }
    for (const path of result.paths) {
      const holder = holderOf(current, path);
      const last = path[path.length - 1];
      if (!holder || last === undefined) return undefined;
      const key = JSON.stringify(path);
      const standIn = missing.get(key);
      if (standIn) {
        if (standIn.tried >= standIns.length) return undefined;
        holder[last] = structuredClone(standIns[standIn.tried++]);
      } else if (Object.hasOwn(holder, last)) {
        kept.push({ path, value: holder[last] });
        delete holder[last];
      } else {
        missing.set(key, { path, tried: 1 });
        holder[last] = structuredClone(standIns[0]);
      }
    }
    if (result.paths.length === 0) return undefined;
  }
  return undefined;
}

/**
 * Decodes a record from the wire: as the kind decodes it, except that values it rejects (a
 * viewer's masks) are kept as they came and fields left out for the viewer stay out. Fails, with
 * the kind's own issues, only when the record cannot be decoded that way either.
 *
 * @example
 * decodeLeniently(kinds.customer, { ...json, mobile: '138****1234' }) // { ok: true, value: { …, mobile: '138****1234' } }
 */
export function decodeLeniently<T extends { id: string }>(definition: KindDefinition<T>, json: JsonObject): DecodeOutcome<T> {
  const strict = definition.decode(json);
  if (strict.ok) return strict;
  const value = leniently<JsonObject, T>(
    json,
    (current) => {
      const outcome = definition.decode(current);
      return outcome.ok ? { ok: true, out: outcome.value } : { ok: false, paths: outcome.issues.map((issue) => (issue.segments ? [...issue.segments] : segmentsOf(issue.path))) };
    },
    false,
  );
  return value === undefined ? strict : { ok: true, value };
}

/**
 * Encodes a record for the wire: as the kind encodes it, except that values it rejects (a
 * viewer's masks) travel as they are and fields the viewer did not get stay out; the receiving
 * store validates what it writes.
 *
 * @example
 * encodeLeniently(kinds.customer, { ...customer, mobile: '138****1234' }).mobile // '138****1234'
 */
export function encodeLeniently<T extends { id: string }>(definition: KindDefinition<T>, value: T): JsonObject {
  try {
    return withoutInvented(definition.encode(value), value);
  } catch (error) {
    const json = leniently<T, JsonObject>(
      value,
      (current) => {
        try {
          return { ok: true, out: definition.encode(current) };
        } catch (again) {
          // zod's issues (a path of keys) or a RecordIssuesError's (a dot path and its segments)
          const issues = thrownIssues(again);
          if (issues === undefined) return { ok: false, paths: [[]] };
          return { ok: false, paths: issues.map((issue) => (issue.segments ? [...issue.segments] : segmentsOf(issue.path))) };
        }
      },
      true,
    );
    if (json === undefined) throw error;
    return withoutInvented(json, value);
  }
}

/**
 * The encoded record without the top-level fields the value did not have: an encoder that fills
 * defaults (empty lists) must not put a field the viewer never got on the wire, where it would
 * read as "set to empty".
 */
function withoutInvented(json: JsonObject, value: object): JsonObject {
  const out: JsonObject = {};
  for (const [key, item] of Object.entries(json)) if (Object.hasOwn(value, key)) out[key] = item;
  return out;
}
