// JSON values as every package compares and walks them: one module (paths, canonical text, equality).

/**
 * The segments of a concrete path.
 *
 * @example
 * pathSegments('addresses[1].street') // ['addresses', 1, 'street']
 */
export function pathSegments(path: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const part of path.split('.')) {
    const match = /^([^[]*)((?:\[\d+\])*)$/.exec(part);
    if (!match) {
      out.push(part);
      continue;
    }
    if (match[1]) out.push(match[1]);
    for (const index of match[2]!.matchAll(/\[(\d+)\]/g)) out.push(Number(index[1]));
  }
  return out;
}

/**
 * Reads the value at a concrete path.
 *
 * @example
 * getPath({ addresses: [{ city: '杭州市' }] }, 'addresses[0].city') // '杭州市'
 */
export function getPath(target: unknown, path: string | readonly (string | number)[]): unknown {
  let node = target;
  for (const segment of typeof path === 'string' ? pathSegments(path) : path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}

/**
 * Sets the value at a concrete path, creating the objects and arrays on the way.
 *
 * @example
 * setPath(record, 'addresses[0].city', '杭州市')
 * setPath(record, ['addresses', 0, 'city'], '杭州市') // segments, when setting the same path many times
 */
export function setPath(target: Record<string, unknown>, path: string | readonly (string | number)[], value: unknown): void {
  const segments = typeof path === 'string' ? pathSegments(path) : path;
  let node: Record<string | number, unknown> = target;
  for (let i = 0; i < segments.length - 1; i++) {
    const key = segments[i]!;
    let next = node[key];
    if (next === null || typeof next !== 'object') {
      next = typeof segments[i + 1] === 'number' ? [] : {};
      node[key] = next;
    }
    node = next as Record<string | number, unknown>;
  }
  node[segments[segments.length - 1]!] = value;
}

/**
 * JSON text with object keys sorted (code-unit order), so equal values give equal text whatever
 * their key order; `undefined` members are left out and dates written as ISO text, as `JSON.stringify` does.
 *
 * @example
 * canonicalJson({ b: 1, a: [2] }) // '{"a":[2],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

/**
 * Whether two values are the same JSON (their `canonicalJson` is equal: key order and `undefined`
 * members do not count).
 *
 * @example
 * sameJson({ a: 1, b: undefined }, { a: 1 }) // true
 */
export function sameJson(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

/**
 * Structural equality of two JSON values, key order ignored; an `undefined` member counts as a
 * member (`{ a: undefined }` differs from `{}`), as stored JSON documents are compared.
 *
 * @example
 * jsonEqual({ a: 1, b: [2] }, { b: [2], a: 1 }) // true
 */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || a === null || b === null) return false;
  if (typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => jsonEqual(item, b[i]));
  }
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  const keys = Object.keys(ao);
  if (keys.length !== Object.keys(bo).length) return false;
  return keys.every((key) => Object.hasOwn(bo, key) && jsonEqual(ao[key], bo[key]));
}
