import type { CustomerKind } from '../enums/vocabularies.js';
import { contactSchema } from './contact.js';
import { organisationSchema, personSchema } from './customer.js';
import type { LocalizedText } from './field-meta.js';
import { fieldGroupLabels } from './schema-fields.js';

// Apart from fields.ts, so that only the elements that head groups (the import mapping, the
// card's key-person profile) carry the walk.

/**
 * The label of each group of a customer's fields by kind of customer, at any depth (`owner` →
 * 所有者, `credit` → 信用; a person's `name` is 姓名, a company's 名称): how the form heads a group,
 * and how a label several fields share is told apart (`所有者 · 姓名`).
 *
 * @example
 * customerGroupLabelsByKind.organisation.owner?.['zh-CN'] // '所有者'
 */
export const customerGroupLabelsByKind: { readonly [K in CustomerKind]: Readonly<Record<string, LocalizedText>> } = {
  organisation: fieldGroupLabels(organisationSchema),
  person: fieldGroupLabels(personSchema),
};
/**
 * The label of each group of a contact's fields, at any depth (`profile.basics` → 基本情况,
 * `profile.family.children` → 子女).
 *
 * @example
 * contactGroupLabels['profile.interests']?.['zh-CN'] // '特殊兴趣'
 */
export const contactGroupLabels: Readonly<Record<string, LocalizedText>> = fieldGroupLabels(contactSchema);
