import type { InformationLevel, SensitivityLevel } from '../enums/vocabularies.js';
import type { FieldKind, FieldMeta, LocalizedText } from './field-meta.js';

// The shape of a field catalogue and the look-ups on it, free of zod: an element that only
// displays records reads the catalogues of fields.ts (plain data) through these.

/**
 * One field of a schema as the catalogue lists it: where it is, how sensitive, at which of the
 * three information levels, its labels, what it holds. Array elements appear as `[]` in paths
 * (`addresses[].province`).
 */
export interface FieldEntry {
  /** Dotted path, `[]` for array elements: `credit.rating`, `addresses[].street`. */
  path: string;
  sensitivity: SensitivityLevel;
  level: InformationLevel;
  label: LocalizedText;
  kind: FieldKind;
  /** For enum fields, the vocabulary that labels the values (see `vocabularyLabel`). */
  vocabulary?: FieldMeta['vocabulary'];
  /** For enum fields of profile templates, the label of each value. */
  choices?: FieldMeta['choices'];
  /** Whether the field may be left out. */
  optional: boolean;
  /** Whether the field is a list of values (tags, roles). */
  list: boolean;
  /** For discriminated unions (customer `kind`), the variants that have this field; absent when all do. */
  variants?: string[];
}

/**
 * The catalogue path of a concrete path: array indexes become `[]`
 * (`['addresses', 0, 'street']` → `addresses[].street`).
 *
 * @example
 * catalogPath(['addresses', 0, 'street']) // 'addresses[].street'
 */
export function catalogPath(segments: readonly PropertyKey[]): string {
  let path = '';
  for (const segment of segments) {
    if (typeof segment === 'number') path += '[]';
    else path += path ? `.${String(segment)}` : String(segment);
  }
  return path;
}

/**
 * The catalogue entry of a field, looked up by a concrete or catalogue path; a path inside a
 * leaf (an element of a tag list, a key of `facts`) finds the leaf.
 *
 * @example
 * findField(customerFields, ['addresses', 0, 'street'])?.label.en // 'Street address'
 */
export function findField(catalog: readonly FieldEntry[], path: string | readonly PropertyKey[]): FieldEntry | undefined {
  let key = typeof path === 'string' ? path.replace(/\[\d+\]/g, '[]') : catalogPath(path);
  for (;;) {
    const found = catalog.find((f) => f.path === key);
    if (found) return found;
    const cut = Math.max(key.lastIndexOf('.'), key.lastIndexOf('['));
    if (cut <= 0) return undefined;
    key = key.slice(0, cut);
  }
}
