import type * as z from 'zod/mini';
import {
  contactFields,
  contactSchema,
  customerFieldsByKind,
  fieldRegistry,
  organisationSchema,
  personSchema,
  vocabularyLabel,
  type CustomerKind,
  type FieldEntry,
  type InformationLevel,
  type Locale,
  type LocalizedText,
  type TemplateRegistry,
} from '@dossier/core';

/** The control a field is edited with. */
export type ControlKind = 'text' | 'person' | 'textarea' | 'email' | 'tel' | 'url' | 'date' | 'number' | 'checkbox' | 'select' | 'checkboxes' | 'tags';

/** One field of the form, derived from core's field catalogue (never listed by hand). */
export interface FormField {
  /** The catalogue entry: path (`addresses[].city`), sensitivity, level, labels, kind. */
  readonly entry: FieldEntry;
  /** Path segments; `[]` stays a marker (`'[]'`) to be replaced by the element's index. */
  readonly segments: readonly string[];
  /** The group the field sits in: `''` for top-level fields, else the first segment(s) (`credit`, `profiles.hotel-guest`). */
  readonly group: string;
  /** Label of the group. */
  readonly groupLabel?: LocalizedText | undefined;
  readonly control: ControlKind;
  /** Whether the record is invalid without the field (shown as `aria-required`). */
  readonly required: boolean;
  /** Values of an enum field, in schema order. */
  readonly values?: readonly string[] | undefined;
}

/** Fields the form never renders: bookkeeping the store stamps, grading results, provenance. Kept untouched in the record. */
const customerSkip = [/^id$/, /^schemaVersion$/, /^createdAt$/, /^updatedAt$/, /^kind$/, /^source\./, /^facts$/, /^profiles$/, /^grade\./, /^relationship\.setByHand$/];
const contactSkip = [/^id$/, /^schemaVersion$/, /^createdAt$/, /^updatedAt$/, /^customerId$/, /^source\./, /^facts$/, /^profile\./];

/** Long free texts get a text area; every other text is a one-line input. */
const longTexts = new Set(['notes', 'history', 'technologyAndStrength', 'organisationChart', 'currentProjects']);
/** Fields that hold a person's id: a picker of names when the page gives a people directory. */
const personFields = new Set(['salespersonId']);

type Def = { type: string } & Record<string, unknown>;
const defOf = (schema: z.core.$ZodType): Def => schema._zod.def as unknown as Def;
const wrappers = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional']);

function unwrap(schema: z.core.$ZodType): z.core.$ZodType {
  let current = schema;
  for (;;) {
    const def = defOf(current);
    if (wrappers.has(def.type)) current = def.innerType as z.core.$ZodType;
    else if (def.type === 'pipe') current = def.in as z.core.$ZodType;
    else return current;
  }
}

/** The schema at a catalogue path (`[]` steps into array elements). */
function schemaAt(root: z.core.$ZodType, segments: readonly string[]): z.core.$ZodType | undefined {
  let at: z.core.$ZodType | undefined = root;
  for (const segment of segments) {
    if (!at) return undefined;
    const def = defOf(unwrap(at));
    if (segment === '[]') at = def.type === 'array' ? (def.element as z.core.$ZodType) : undefined;
    else at = def.type === 'object' ? (def.shape as Record<string, z.core.$ZodType>)[segment] : undefined;
  }
  return at;
}

function enumValues(schema: z.core.$ZodType | undefined): string[] | undefined {
  if (!schema) return undefined;
  let def = defOf(unwrap(schema));
  if (def.type === 'array') def = defOf(unwrap(def.element as z.core.$ZodType));
  if (def.type === 'enum') return Object.values(def.entries as Record<string, string>);
  return undefined;
}

function labelOf(schema: z.core.$ZodType | undefined): LocalizedText | undefined {
  let at = schema;
  while (at) {
    const label = fieldRegistry.get(at)?.label;
    if (label) return label;
    const def = defOf(at);
    at = wrappers.has(def.type) ? (def.innerType as z.core.$ZodType) : undefined;
  }
  return undefined;
}

function isOptional(schema: z.core.$ZodType | undefined): boolean {
  return schema === undefined || (schema._zod as { optin?: string }).optin === 'optional';
}

function controlOf(entry: FieldEntry): ControlKind {
  if (entry.list) return entry.vocabulary || entry.choices ? 'checkboxes' : 'tags';
  switch (entry.kind) {
    case 'enum':
      return 'select';
    case 'boolean':
      return 'checkbox';
    case 'date':
      return 'date';
    case 'money':
    case 'number':
      return 'number';
    case 'email':
      return 'email';
    case 'phone':
    case 'mobile':
      return 'tel';
    case 'url':
      return 'url';
    case 'reference':
      return personFields.has(entry.path) ? 'person' : 'text';
    case 'text':
      return longTexts.has(entry.path) ? 'textarea' : 'text';
    default:
      return 'text';
  }
}

function build(entries: readonly FieldEntry[], root: z.core.$ZodType, skip: readonly RegExp[], templates?: TemplateRegistry): FormField[] {
  const out: FormField[] = [];
  for (const entry of entries) {
    if (skip.some((re) => re.test(entry.path)) || entry.kind === 'json' || entry.kind === 'instant') continue;
    const segments = entry.path.replace(/\[\]/g, '.[]').split('.');
    const listOfRecords = segments.indexOf('[]');
    // Lists of records are edited as repeated groups; only addresses are (others are kept as they are).
    if (listOfRecords >= 0 && segments[0] !== 'addresses') continue;
    let schema: z.core.$ZodType | undefined;
    let group = '';
    let groupLabel: LocalizedText | undefined;
    let groupRequired = true;
    if (segments[0] === 'profiles') {
      const template = templates?.get(segments[1] ?? '');
      if (!template) continue;
      schema = schemaAt(template.schema, segments.slice(2));
      group = `profiles.${template.id}`;
      groupLabel = template.label;
    } else {
      schema = schemaAt(root, segments);
      if (segments.length > 1) {
        group = segments[0]!;
        const groupSchema = schemaAt(root, [group]);
        groupLabel = labelOf(groupSchema);
        groupRequired = !isOptional(groupSchema) || group === 'addresses';
      }
    }
    const control = controlOf(entry);
    out.push({
      entry,
      segments,
      group,
      groupLabel,
      control,
      required: !entry.optional && !entry.list && control !== 'checkbox' && groupRequired,
      values: entry.kind === 'enum' ? enumValues(schema) : undefined,
    });
  }
  return out;
}

const customerCache = new Map<CustomerKind, FormField[]>();
const templateCache = new WeakMap<TemplateRegistry, FormField[]>();

/**
 * The fields of the customer form for a kind of customer, from core's field catalogue
 * (`customerFieldsByKind`), plus the fields of every registered profile template.
 *
 * @example
 * customerFormFields('person', templates).find((f) => f.entry.path === 'idNumber')?.entry.sensitivity // 'secret'
 */
export function customerFormFields(kind: CustomerKind, templates?: TemplateRegistry): readonly FormField[] {
  let own = customerCache.get(kind);
  if (!own) {
    own = build(customerFieldsByKind[kind], kind === 'person' ? personSchema : organisationSchema, customerSkip);
    customerCache.set(kind, own);
  }
  if (!templates) return own;
  let profile = templateCache.get(templates);
  if (!profile) {
    profile = build(templates.fields(), organisationSchema, [], templates);
    templateCache.set(templates, profile);
  }
  return [...own, ...profile];
}

let contactCache: FormField[] | undefined;

/**
 * The fields of a contact sub-form, from core's contact catalogue (the 32-item personal profile
 * is left to its own editor).
 *
 * @example
 * contactFormFields().map((f) => f.entry.path) // ['name.zh', 'name.en', 'title', …, 'buyingRoles', 'layer', …]
 */
export function contactFormFields(): readonly FormField[] {
  contactCache ??= build(contactFields, contactSchema, contactSkip);
  return contactCache;
}

/**
 * The label of one value of an enum field in a locale: from core's vocabulary labels, the
 * template's own choices, or (gender) the form's messages.
 *
 * @example
 * optionLabel(field, 'manufacturer', 'zh-CN', fallback) // '制造商'
 */
export function optionLabel(field: Pick<FormField, 'entry'>, value: string, locale: Locale, fallback: (value: string) => string): string {
  if (field.entry.vocabulary) return vocabularyLabel(locale, field.entry.vocabulary, value as never);
  const choice = field.entry.choices?.[value];
  if (choice) return choice[locale];
  return fallback(value);
}

/**
 * The segments of a field for one element of its list (`addresses[].city` at index 2 →
 * `['addresses', 2, 'city']`).
 *
 * @example
 * concreteSegments(['addresses', '[]', 'city'], 2) // ['addresses', 2, 'city']
 */
export function concreteSegments(segments: readonly string[], index = 0): (string | number)[] {
  return segments.map((s) => (s === '[]' ? index : s));
}

/** The three information levels, in order. */
export const formLevels: readonly InformationLevel[] = [1, 2, 3];
