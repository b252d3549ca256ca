import * as z from 'zod/mini';
import type { VocabularyName } from '../enums/labels.js';
import type { InformationLevel, SensitivityLevel } from '../enums/vocabularies.js';
import type { Locale } from '../i18n/locale.js';

/** A text in every locale Dossier speaks. */
export type LocalizedText = Record<Locale, string>;

/** What a field holds, for masking, form controls and export formats. */
export type FieldKind =
  | 'id'
  | 'reference'
  | 'name'
  | 'text'
  | 'mobile'
  | 'phone'
  | 'email'
  | 'url'
  | 'id-number'
  | 'uscc'
  | 'address'
  | 'date'
  | 'instant'
  | 'money'
  | 'number'
  | 'boolean'
  | 'enum'
  | 'tags'
  | 'json';

/**
 * Metadata of a field of an archive schema. `sensitivity` and `level` are inherited by the
 * fields of a group that does not set its own (a whole personal profile is level 3, secret).
 */
export interface FieldMeta {
  label: LocalizedText;
  sensitivity?: SensitivityLevel;
  level?: InformationLevel;
  kind?: FieldKind;
  /** For enum fields, the vocabulary whose labels display the values. */
  vocabulary?: VocabularyName;
  /** For enum fields outside Dossier's vocabularies (profile templates), the label of each value. */
  choices?: Record<string, LocalizedText>;
}

/**
 * The registry that holds field metadata of Dossier's schemas (and of registered profile
 * templates). It is keyed by schema instance, so registering never changes a schema's parsing.
 *
 * @example
 * fieldRegistry.get(someFieldSchema)?.sensitivity // 'confidential'
 */
export const fieldRegistry = z.registry<FieldMeta>();

/**
 * Attaches field metadata to a schema and returns it. Every call gets its own schema instance
 * (a clone), so one shared schema, say a mobile number, can carry different labels in different
 * places. Any zod 4 schema works, `zod/mini` (as Dossier's own) or classic `zod`.
 *
 * @example
 * const mobile = field(z.optional(mobileSchema), { label: { en: 'Mobile', 'zh-CN': '手机' }, sensitivity: 'confidential', kind: 'mobile' });
 */
export function field<T extends z.core.$ZodType>(schema: T, meta: FieldMeta): T {
  const own = z.clone(schema);
  fieldRegistry.add(own, meta);
  return own;
}

/**
 * Shorthand for a label in both locales.
 *
 * @example
 * localizedText('Territory', '销售区域') // { en: 'Territory', 'zh-CN': '销售区域' }
 */
export function localizedText(en: string, zhCN: string): LocalizedText {
  return { en, 'zh-CN': zhCN };
}

/** How a gender value reads (a person never sees `female`/`male`). */
export const genderChoices: Record<string, LocalizedText> = {
  female: localizedText('Female', '女'),
  male: localizedText('Male', '男'),
};
