/** A JSON value: what crosses every storage boundary (IndexedDB, SQL, HTTP). */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** A JSON object: the encoded form of one record. */
export type JsonObject = { [key: string]: JsonValue };

/**
 * Whether a value is a plain JSON object (not an array, not null, not a class instance).
 *
 * @example
 * isJsonObject({ id: 'c1' }) // true
 * isJsonObject([1]) // false
 */
export function isJsonObject(value: unknown): value is JsonObject {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/**
 * Deep copy of a JSON value, so that a caller mutating what it got back can never change what
 * the store holds (and the other way round).
 *
 * @example
 * const copy = cloneJson({ tags: ['a'] });
 */
export function cloneJson<T extends JsonValue>(value: T): T {
  // A plain recursive copy: several times faster than a JSON round trip on small records,
  // which matters on the import path (one call per line). `undefined` members are dropped,
  // as JSON would.
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map((item) => cloneJson(item ?? null)) as T;
  const out: { [key: string]: JsonValue } = {};
  for (const key in value) {
    const member = (value as { [key: string]: JsonValue | undefined })[key];
    if (member !== undefined) out[key] = cloneJson(member);
  }
  return out as T;
}

// Structural equality of two JSON values (key order ignored): core's one JSON module.
export { jsonEqual } from '@dossier/core';
