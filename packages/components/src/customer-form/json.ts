/**
 * Small immutable helpers over plain JSON records: the form keeps its draft as the stored JSON
 * of a customer (instants as ISO strings), reads and writes fields by path segments, and diffs
 * records leaf by leaf for the conflict view.
 */

/** A JSON value. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
/** A JSON object (one record). */
export type JsonObject = { [key: string]: Json };
/** A step of a path: an object key or an array index. */
export type Segment = string | number;

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The stored (JSON) form of a record: `Date`s become ISO strings, `undefined` members vanish.
 *
 * @example
 * toJson({ at: new Date(0), x: undefined }) // { at: '1970-01-01T00:00:00.000Z' }
 */
export function toJson<T = JsonObject>(value: unknown): T {
  return JSON.parse(JSON.stringify(value ?? null)) as T;
}

/**
 * The value at a path, or undefined.
 *
 * @example
 * getAt({ addresses: [{ city: '杭州市' }] }, ['addresses', 0, 'city']) // '杭州市'
 */
export function getAt(value: unknown, segments: readonly Segment[]): Json | undefined {
  let at: unknown = value;
  for (const segment of segments) {
    if (typeof at !== 'object' || at === null) return undefined;
    at = (at as Record<Segment, unknown>)[segment];
  }
  return at as Json | undefined;
}

/**
 * A copy of `root` with the value at a path replaced (objects created on the way); `undefined`
 * removes the member. Only the objects along the path are copied.
 *
 * @example
 * setAt({ credit: {} }, ['credit', 'limit'], 5000) // { credit: { limit: 5000 } }
 */
export function setAt<T extends Json>(root: T, segments: readonly Segment[], value: Json | undefined): T {
  const [head, ...rest] = segments;
  if (head === undefined) return (value ?? null) as T;
  if (typeof head === 'number') {
    const list = Array.isArray(root) ? [...root] : [];
    const next = rest.length === 0 ? value : setAt((list[head] ?? (typeof rest[0] === 'number' ? [] : {})) as Json, rest, value);
    if (next === undefined) list.splice(head, 1);
    else list[head] = next;
    return list as T;
  }
  const object: JsonObject = isObject(root) ? { ...root } : {};
  const next = rest.length === 0 ? value : setAt((object[head] ?? (typeof rest[0] === 'number' ? [] : {})) as Json, rest, value);
  if (next === undefined) delete object[head];
  else object[head] = next;
  return object as T;
}

/**
 * Structural equality of two JSON values (key order ignored; `undefined` members equal absent ones).
 *
 * @example
 * jsonEqual({ a: 1, b: undefined }, { a: 1 }) // true
 */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => jsonEqual(item, b[i]));
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(ao), ...Object.keys(bo)]);
  for (const key of keys) if (!jsonEqual(ao[key], bo[key])) return false;
  return true;
}

/** One leaf of a record: a scalar or a whole list (a list changes as one field, as in the store's history). */
export interface Leaf {
  segments: Segment[];
  value: Json;
}

/**
 * Every leaf of a record.
 *
 * @example
 * leaves({ name: { zh: '王芳' }, tags: ['a'] }) // [{ segments: ['name', 'zh'], value: '王芳' }, { segments: ['tags'], value: ['a'] }]
 */
export function leaves(value: Json | undefined, prefix: Segment[] = []): Leaf[] {
  if (!isObject(value)) return value === undefined ? [] : [{ segments: prefix, value }];
  return Object.entries(value).flatMap(([key, member]) => leaves(member, [...prefix, key]));
}

/**
 * A path as text, `addresses[0].street`: the form of core's validation issue paths.
 *
 * @example
 * pathText(['addresses', 0, 'street']) // 'addresses[0].street'
 */
export function pathText(segments: readonly Segment[]): string {
  let path = '';
  for (const segment of segments) path += typeof segment === 'number' ? `[${segment}]` : path ? `.${segment}` : segment;
  return path;
}

/**
 * Whether a value holds nothing a person entered: undefined, blank text, an empty list, or an
 * object of such values.
 *
 * @example
 * isBlank({ relatedParties: [], note: '' }) // true
 */
export function isBlank(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (isObject(value)) return Object.values(value).every(isBlank);
  return false;
}

export { isObject as isJsonObject };
