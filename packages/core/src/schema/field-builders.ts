import * as z from 'zod/mini';
import type { InformationLevel, SensitivityLevel } from '../enums/vocabularies.js';
import { field, localizedText, type FieldKind, type FieldMeta } from './field-meta.js';
import { calendarDateSchema } from './temporal.js';
import { atLeast, matches, trim, wholeNumber } from './formats.js';

/** Sensitivity, level and kind overrides for the builders below. */
export type FieldOptions = Partial<Pick<FieldMeta, 'sensitivity' | 'level' | 'kind' | 'vocabulary'>>;

function meta(en: string, zhCN: string, kind: FieldKind, options: FieldOptions): FieldMeta {
  return { label: localizedText(en, zhCN), kind, ...options };
}

/**
 * A required text, trimmed, of 1 to `max` characters (after trimming).
 *
 * @example
 * const competitor = trimmedText(200); // z.string().check(z.trim(), z.minLength(1), z.maxLength(200))
 */
export function trimmedText(max: number) {
  return z.string().check(trim, z.minLength(1), z.maxLength(max));
}

/**
 * An optional free-text field (trimmed length ≥ 1 when present).
 *
 * @example
 * const culture = optionalText('Culture', '企业文化', { level: 1 });
 */
export function optionalText(en: string, zhCN: string, options: FieldOptions = {}) {
  return field(z.optional(trimmedText(10_000)), meta(en, zhCN, 'text', options));
}

/**
 * An optional landline or office phone field, as written (`+`, digits, spaces, `()` and `-`).
 *
 * @example
 * const landline = optionalPhone('Landline', '座机', { sensitivity: 'internal', level: 1 });
 */
export function optionalPhone(en: string, zhCN: string, options: FieldOptions = {}) {
  return field(z.optional(z.string().check(trim, matches(/^[+\d][\d\s()-]{4,30}$/))), meta(en, zhCN, 'phone', options));
}

/**
 * An optional calendar date field (`YYYY-MM-DD`).
 *
 * @example
 * const foundedOn = optionalDate('Founded on', '创业时间');
 */
export function optionalDate(en: string, zhCN: string, options: FieldOptions = {}) {
  return field(z.optional(calendarDateSchema), meta(en, zhCN, 'date', options));
}

/**
 * An optional amount of money in yuan (may be negative only where said: returns).
 *
 * @example
 * const budget = optionalMoney('Budget', '预算', { level: 2 });
 */
export function optionalMoney(en: string, zhCN: string, options: FieldOptions = {}) {
  return field(z.optional(z.number().check(atLeast(0))), meta(en, zhCN, 'money', options));
}

/**
 * An optional non-negative whole number (employees, days).
 *
 * @example
 * const employees = optionalCount('Employees', '员工人数');
 */
export function optionalCount(en: string, zhCN: string, options: FieldOptions = {}) {
  return field(z.optional(wholeNumber.check(atLeast(0))), meta(en, zhCN, 'number', options));
}

/**
 * A list of short texts (tags, product lines), empty by default in the domain, required to be
 * present in stored records so that projections need no `?? []`.
 *
 * @example
 * const productLines = textList('Product lines', '产品线');
 */
export function textList(en: string, zhCN: string, options: FieldOptions = {}) {
  return field(z.array(trimmedText(200)), meta(en, zhCN, 'tags', options));
}

/**
 * An optional enum field from a closed vocabulary.
 *
 * @example
 * const stage = optionalEnum(relationshipStageSchema, 'Stage', '客户阶段', 'relationshipStages');
 */
export function optionalEnum<T extends z.core.$ZodType>(
  schema: T,
  en: string,
  zhCN: string,
  vocabulary: FieldMeta['vocabulary'],
  options: FieldOptions = {},
) {
  return field(z.optional(schema), meta(en, zhCN, 'enum', { vocabulary, ...options }));
}

/**
 * Group metadata: a label plus the sensitivity and level its fields inherit.
 *
 * @example
 * field(z.object({ … }), fieldGroup('Credit', '信用', 'confidential', 1))
 */
export function fieldGroup(en: string, zhCN: string, sensitivity: SensitivityLevel, level: InformationLevel): FieldMeta {
  return { label: localizedText(en, zhCN), sensitivity, level };
}

/**
 * An optional list of short texts (for profile templates, where an untouched form is valid).
 *
 * @example
 * const dishes = optionalTextList('Favourite dishes', '喜爱的菜品');
 */
export function optionalTextList(en: string, zhCN: string, options: FieldOptions = {}) {
  return field(z.optional(z.array(trimmedText(200))), meta(en, zhCN, 'tags', options));
}
