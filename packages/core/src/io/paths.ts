import { catalogPath, type FieldEntry } from '../schema/field-catalog.js';

/**
 * Concrete field paths as the importer and exporter use them: `addresses[0].street`.
 */

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
 * Flattens a stored record into its leaf cells by the field catalogue: every catalogue leaf
 * (`name.zh`, `tags`, `profiles`) is one cell, arrays of objects are spread by index
 * (`addresses[1].street`). Values outside the catalogue are kept as leaves too, so nothing is lost.
 *
 * @example
 * flattenRecord({ name: { zh: '华为' }, addresses: [{ province: '广东省' }] }, customerFields)
 * // Map { 'name.zh' => '华为', 'addresses[0].province' => '广东省' }
 */
export function flattenRecord(record: unknown, catalog: ReadonlyMap<string, FieldEntry>): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const walk = (value: unknown, segments: (string | number)[], path: string) => {
    if (value === undefined) return;
    if (segments.length > 0 && catalog.has(catalogPath(segments))) {
      out.set(path, value);
      return;
    }
    // An empty list or group outside the catalogue's leaves is kept as JSON, so that it comes back.
    const empty = Array.isArray(value) ? value.length === 0 : value !== null && typeof value === 'object' && !(value instanceof Date) && Object.keys(value).length === 0;
    if (empty && segments.length > 0) out.set(path, value);
    else if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...segments, i], `${path}[${i}]`));
    else if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
      for (const [key, child] of Object.entries(value)) walk(child, [...segments, key], path ? `${path}.${key}` : key);
    } else if (segments.length > 0) out.set(path, value);
  };
  walk(record, [], '');
  return out;
}

/**
 * The catalogue as a map by catalogue path.
 *
 * @example
 * catalogIndex(customerFields).get('addresses[].street')?.kind // 'address'
 */
export function catalogIndex(catalog: readonly FieldEntry[]): Map<string, FieldEntry> {
  return new Map(catalog.map((entry) => [entry.path, entry]));
}

/**
 * The catalogue entry of a concrete path, by exact catalogue path.
 *
 * @example
 * entryOf(index, 'addresses[2].street')?.label.en // 'Street address'
 */
export function entryOf(index: ReadonlyMap<string, FieldEntry>, path: string): FieldEntry | undefined {
  return index.get(path.replace(/\[\d+\]/g, '[]'));
}
