import * as z from 'zod/mini';
import { field, localizedText, type LocalizedText } from '../field-meta.js';
import type { FieldOptions } from '../field-builders.js';

/**
 * An optional one-of-a-list field of a profile template, with the label of every value.
 *
 * @example
 * const elasticity = optionalChoice({ poor: localizedText('Poor', '差'), good: localizedText('Good', '良好') }, 'Elasticity', '皮肤弹性');
 */
export function optionalChoice<V extends string>(choices: Record<V, LocalizedText>, en: string, zhCN: string, options: FieldOptions = {}) {
  const values = Object.keys(choices) as [V, ...V[]];
  return field(z.optional(z.enum(values)), { label: localizedText(en, zhCN), kind: 'enum', choices, ...options });
}

/**
 * An optional many-of-a-list field of a profile template (ticked boxes on a paper form), with labels.
 *
 * @example
 * const problems = choiceList({ acne: localizedText('Acne', '痤疮'), spots: localizedText('Spots', '色斑') }, 'Skin problems', '皮肤问题');
 */
export function choiceList<V extends string>(choices: Record<V, LocalizedText>, en: string, zhCN: string, options: FieldOptions = {}) {
  const values = Object.keys(choices) as [V, ...V[]];
  return field(z.optional(z.array(z.enum(values))), { label: localizedText(en, zhCN), kind: 'enum', choices, ...options });
}
