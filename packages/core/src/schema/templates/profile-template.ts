import type * as z from 'zod/mini';
import type { CustomerKind, InformationLevel, SensitivityLevel } from '../../enums/vocabularies.js';
import type { FieldEntry } from '../field-catalog.js';
import { fieldCatalog } from '../schema-fields.js';
import { field, type LocalizedText } from '../field-meta.js';

/**
 * An industry profile template: extra fields an embedder adds to customer archives of its trade
 * (a beauty salon's skin analysis, a hotel's guest history). Its schema's fields carry field
 * metadata like built-in ones (use `field()` and the builders); the template's sensitivity and
 * level apply to fields that set none. Values must be plain JSON (no `Date`s: use calendar dates).
 * The schema may be a `zod/mini` schema (as the built-in templates) or a classic `zod` one.
 */
export interface ProfileTemplate<S extends z.ZodMiniType = z.ZodMiniType> {
  /** Key under `customer.profiles`, e.g. `beauty-salon`. */
  id: string;
  label: LocalizedText;
  description?: LocalizedText;
  sensitivity: SensitivityLevel;
  level: InformationLevel;
  /** The customer kinds the template fits; every kind when absent. */
  appliesTo?: readonly CustomerKind[];
  schema: S;
}

/** The profile value of a template. */
export type ProfileOf<T extends ProfileTemplate> = z.infer<T['schema']>;

/**
 * Defines a profile template: attaches the template's label, sensitivity and level to its
 * schema as group metadata, so the field catalogue of the template inherits them.
 *
 * @example
 * const wine = defineProfileTemplate({ id: 'wine-club', label: localizedText('Wine club', '品酒会'), sensitivity: 'internal', level: 2,
 *   schema: z.object({ favourite: optionalText('Favourite wine', '最爱的酒') }) });
 */
export function defineProfileTemplate<S extends z.ZodMiniType>(template: ProfileTemplate<S>): ProfileTemplate<S> {
  const schema = field(template.schema, { label: template.label, sensitivity: template.sensitivity, level: template.level });
  return { ...template, schema };
}

/**
 * The field catalogue of a template, with paths as they sit in a customer record
 * (`profiles.beauty-salon.skinType`).
 *
 * @example
 * profileTemplateFields(beautySalonTemplate).find((f) => f.path === 'profiles.beauty-salon.skinType')?.label['zh-CN'] // '皮肤类型'
 */
export function profileTemplateFields(template: ProfileTemplate): FieldEntry[] {
  return fieldCatalog(template.schema).map((entry) => ({ ...entry, path: `profiles.${template.id}.${entry.path}` }));
}
