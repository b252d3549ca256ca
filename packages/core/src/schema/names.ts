import * as z from 'zod/mini';
import type { DossierIssueParams } from '../ids/schemas.js';
import { field, localizedText } from './field-meta.js';
import { trimmedText } from './field-builders.js';
import { rule } from './formats.js';

/**
 * A name in Chinese and/or English (at least one of them).
 *
 * @example
 * bilingualNameSchema.parse({ zh: '华为技术有限公司', en: 'Huawei Technologies Co., Ltd.' })
 */
export const bilingualNameSchema = z
  .object({
    zh: field(z.optional(trimmedText(200)), { label: localizedText('Chinese name', '中文名称'), kind: 'name' }),
    en: field(z.optional(trimmedText(200)), { label: localizedText('English name', '英文名称'), kind: 'name' }),
  })
  .check(
    rule((name: { zh?: string; en?: string }) => name.zh !== undefined || name.en !== undefined, {
      error: 'A name is required, in Chinese or in English',
      path: ['zh'],
      params: { messageKey: 'nameRequired' } satisfies DossierIssueParams,
    }),
  );

/** A name in Chinese and/or English. */
export type BilingualName = z.infer<typeof bilingualNameSchema>;
