import { catalogPath, type FieldEntry } from '../schema/field-catalog.js';

export { getPath, pathSegments, setPath } from '../json/index.js';

/**
 * Concrete field paths as the importer and exporter use them: `addresses[0].street`.
 */

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
