import type * as z from 'zod/mini';
import type { InformationLevel, SensitivityLevel } from '../enums/vocabularies.js';
import type { FieldEntry } from './field-catalog.js';
import { fieldRegistry, type FieldKind, type FieldMeta, type LocalizedText } from './field-meta.js';

// Reading a schema's field catalogue walks the zod schema and its registry (fields.ts keeps the
// catalogues of the archive's schemas; profile templates read theirs the same way). Apart from
// field-catalog.ts, whose look-ups need no zod.

interface Inherited {
  sensitivity: SensitivityLevel;
  level: InformationLevel;
  label?: LocalizedText;
}

type Def = { type: string } & Record<string, unknown>;
const defOf = (schema: z.core.$ZodType): Def => schema._zod.def as unknown as Def;

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional']);

/**
 * Lists every leaf field of a schema with its sensitivity, information level, labels and kind,
 * read from the field registry. A field without its own sensitivity or level inherits its
 * group's (the default is internal, level 1). Later modules use the catalogue for masking,
 * clearance, forms and exports.
 *
 * @example
 * fieldCatalog(contactSchema).find((f) => f.path === 'profile.interests.topicsNeverToRaise')
 * // { sensitivity: 'secret', level: 3, label: { en: 'Topics never to raise', 'zh-CN': '特别机密且不宜谈论之事' }, kind: 'tags', … }
 */
export function fieldCatalog(schema: z.core.$ZodType): FieldEntry[] {
  const out: FieldEntry[] = [];
  walk(schema, '', { sensitivity: 'internal', level: 1 }, out);
  return out;
}

function walk(schema: z.core.$ZodType, path: string, inherited: Inherited, out: FieldEntry[]): void {
  // Collect metadata and optionality through wrappers: `field(x.optional(), meta)` and
  // `field(x, meta).optional()` are both common.
  let meta: FieldMeta | undefined;
  let optional = false;
  let current = schema;
  for (;;) {
    meta ??= fieldRegistry.get(current);
    const def = defOf(current);
    if (WRAPPERS.has(def.type)) {
      if (def.type === 'optional' || def.type === 'default' || def.type === 'prefault') optional = true;
      current = def.innerType as z.core.$ZodType;
    } else if (def.type === 'lazy') {
      current = (def.getter as () => z.core.$ZodType)();
    } else if (def.type === 'pipe') {
      // A codec: the decoded side describes the field (a Date for instants).
      const inner = def.out as z.core.$ZodType;
      if (defOf(inner).type === 'date') break;
      current = inner;
    } else break;
  }
  const here: Inherited = {
    sensitivity: meta?.sensitivity ?? inherited.sensitivity,
    level: meta?.level ?? inherited.level,
    label: meta?.label ?? inherited.label,
  };
  const def = defOf(current);
  if (def.type === 'object') {
    const shape = def.shape as Record<string, z.core.$ZodType>;
    for (const [key, child] of Object.entries(shape)) walk(child, path ? `${path}.${key}` : key, { ...here, label: undefined }, out);
    return;
  }
  if (def.type === 'union' && typeof def.discriminator === 'string') {
    walkVariants(def.options as z.core.$ZodType[], def.discriminator, path, here, out);
    return;
  }
  if (def.type === 'array') {
    const element = def.element as z.core.$ZodType;
    if (isStructured(element)) {
      walk(element, `${path}[]`, here, out);
      return;
    }
    out.push(entry(path, here, meta, leafKind(element), optional, true));
    return;
  }
  out.push(entry(path, here, meta, leafKind(schema), optional, false));
}

function walkVariants(options: z.core.$ZodType[], discriminator: string, path: string, here: Inherited, out: FieldEntry[]): void {
  const byPath = new Map<string, { entry: FieldEntry; variants: string[] }>();
  for (const option of options) {
    const variant = String((defOf(option).shape as Record<string, z.core.$ZodType>)[discriminator]?._zod.values?.values().next().value);
    const entries: FieldEntry[] = [];
    walk(option, path, here, entries);
    for (const e of entries) {
      const seen = byPath.get(e.path);
      if (seen) {
        seen.variants.push(variant);
        seen.entry = stricter(seen.entry, e);
      }
      else byPath.set(e.path, { entry: e, variants: [variant] });
    }
  }
  for (const { entry: e, variants } of byPath.values()) out.push(variants.length === options.length ? e : { ...e, variants });
}

const SENSITIVITY_RANK = { public: 0, internal: 1, confidential: 2, secret: 3 } as const;

// When variants disagree (a person's name is confidential, a company's public), the union's
// catalogue keeps the stricter reading, so masking by the union catalogue never leaks.
function stricter(a: FieldEntry, b: FieldEntry): FieldEntry {
  const sensitivity = SENSITIVITY_RANK[b.sensitivity] > SENSITIVITY_RANK[a.sensitivity] ? b.sensitivity : a.sensitivity;
  const level = Math.max(a.level, b.level) as InformationLevel;
  return { ...a, sensitivity, level };
}

function isStructured(schema: z.core.$ZodType): boolean {
  let current = schema;
  while (WRAPPERS.has(defOf(current).type)) current = defOf(current).innerType as z.core.$ZodType;
  return defOf(current).type === 'object' || defOf(current).type === 'union';
}

function leafKind(schema: z.core.$ZodType): FieldKind {
  const own = fieldRegistry.get(schema)?.kind;
  if (own) return own;
  let current = schema;
  for (;;) {
    const def = defOf(current);
    if (WRAPPERS.has(def.type)) current = def.innerType as z.core.$ZodType;
    else if (def.type === 'pipe') current = def.out as z.core.$ZodType;
    else break;
  }
  switch (defOf(current).type) {
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'enum':
    case 'literal':
      return 'enum';
    case 'date':
      return 'instant';
    case 'string':
      return 'text';
    default:
      return 'json';
  }
}

function entry(
  path: string,
  here: Inherited,
  meta: FieldMeta | undefined,
  kind: FieldKind,
  optional: boolean,
  list: boolean,
): FieldEntry {
  const result: FieldEntry = {
    path,
    sensitivity: here.sensitivity,
    level: here.level,
    label: here.label ?? { en: path, 'zh-CN': path },
    kind: meta?.kind ?? (list && kind === 'text' ? 'tags' : kind),
    optional,
    list,
  };
  if (meta?.vocabulary) result.vocabulary = meta.vocabulary;
  if (meta?.choices) result.choices = meta.choices;
  return result;
}

/** The label on a schema or on the schema it wraps (`z.optional(field(z.object(…), meta))`). */
function labelOf(schema: z.core.$ZodType | undefined): LocalizedText | undefined {
  for (let at = schema; at; ) {
    const label = fieldRegistry.get(at)?.label;
    if (label) return label;
    const def = defOf(at);
    at = WRAPPERS.has(def.type) ? (def.innerType as z.core.$ZodType) : undefined;
  }
  return undefined;
}

function unwrapped(schema: z.core.$ZodType): z.core.$ZodType {
  let current = schema;
  while (WRAPPERS.has(defOf(current).type)) current = defOf(current).innerType as z.core.$ZodType;
  return current;
}

/**
 * The label of every group of an object schema's fields (an object, or a list of objects, that
 * holds fields of its own), at any depth, by its catalogue path: what a form heads a group with.
 *
 * @example
 * fieldGroupLabels(contactSchema)['profile.family.children'] // { en: 'Children', 'zh-CN': '子女' }
 */
export function fieldGroupLabels(schema: z.core.$ZodType, prefix = ''): Record<string, LocalizedText> {
  const out: Record<string, LocalizedText> = {};
  const def = defOf(unwrapped(schema));
  if (def.type !== 'object') return out;
  for (const [key, child] of Object.entries(def.shape as Record<string, z.core.$ZodType>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    const inner = defOf(unwrapped(child));
    const element = inner.type === 'array' ? unwrapped(inner.element as z.core.$ZodType) : undefined;
    const group = inner.type === 'object' ? child : element && defOf(element).type === 'object' ? element : undefined;
    if (!group) continue;
    const label = labelOf(child);
    if (label) out[path] = label;
    Object.assign(out, fieldGroupLabels(group, element ? `${path}[]` : path));
  }
  return out;
}
